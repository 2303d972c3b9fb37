package io.github.microcredentials.seals.internal.seal;

import io.github.microcredentials.core.json.ReadLimits;
import io.github.microcredentials.signing.SignatureAlgorithm;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a seal verifier trusts and when it checks.
 *
 * @param anchors the trust anchors of seal certificates
 * @param intermediates extra, untrusted certificates for chain building
 * @param timestampAnchors the trust anchors of time-stamping authorities
 * @param at the caller's validation time, if pinned
 * @param clock the clock used when no time is pinned or time-stamped
 * @param algorithms the allowed signature algorithms
 * @param limits the limits on the input
 */
public record TrustSettings(List<X509Certificate> anchors, List<X509Certificate> intermediates,
        List<X509Certificate> timestampAnchors, Optional<Instant> at, Clock clock, Set<SignatureAlgorithm> algorithms,
        ReadLimits limits) {
}
