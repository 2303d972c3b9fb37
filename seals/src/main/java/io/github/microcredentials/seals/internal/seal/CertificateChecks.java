package io.github.microcredentials.seals.internal.seal;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * The constraints on a signing certificate at the validation time, one check object each (the same
 * for JAdES and XAdES, seals and counter-signatures): not before its validity, not after it, a key
 * usage that allows signatures, and a chain to a trust anchor.
 */
final class CertificateChecks {

    /**
     * A signing certificate at the time it is checked.
     *
     * @param certificate the certificate
     * @param at the validation time
     * @param candidates untrusted certificates for chain building
     * @param anchors the trust anchors
     */
    record AtTime(X509Certificate certificate, Instant at, Collection<X509Certificate> candidates, List<X509Certificate> anchors) {

        String subject() {
            return Certs.displayName(certificate.getSubjectX500Principal());
        }
    }

    /** {@link Rule#CERTIFICATE_NOT_YET_VALID}: the validation time is before the certificate's validity. */
    static final SealCheck<AtTime> NOT_YET_VALID = new Named<>(Rule.CERTIFICATE_NOT_YET_VALID, c ->
            Date.from(c.at()).before(c.certificate().getNotBefore())
                    ? Optional.of(c.subject() + " is valid only from " + c.certificate().getNotBefore().toInstant()) : Optional.empty());

    /** {@link Rule#CERTIFICATE_EXPIRED}: the validation time is after the certificate's validity (and not before it). */
    static final SealCheck<AtTime> EXPIRED = new Named<>(Rule.CERTIFICATE_EXPIRED, c ->
            Date.from(c.at()).after(c.certificate().getNotAfter()) && !Date.from(c.at()).before(c.certificate().getNotBefore())
                    ? Optional.of(c.subject() + " expired " + c.certificate().getNotAfter().toInstant() + ", before " + c.at())
                    : Optional.empty());

    /** {@link Rule#KEY_USAGE}: a key usage extension that allows neither signatures nor non-repudiation. */
    static final SealCheck<AtTime> KEY_USAGE = new Named<>(Rule.KEY_USAGE, c -> {
        boolean[] usage = c.certificate().getKeyUsage();
        return usage != null && !(usage.length > 1 && (usage[0] || usage[1]))
                ? Optional.of("the key usage of " + c.subject() + " allows no signatures") : Optional.empty();
    });

    /** {@link Rule#CHAIN_UNTRUSTED}: no PKIX chain to a trust anchor valid at the validation time. */
    static final SealCheck<AtTime> CHAIN = new Named<>(Rule.CHAIN_UNTRUSTED, c ->
            Chains.trust(c.certificate(), c.candidates(), c.anchors(), c.at()));

    /** Every check, in the order the findings are reported. */
    static final List<SealCheck<AtTime>> ALL = List.of(NOT_YET_VALID, EXPIRED, KEY_USAGE, CHAIN);

    private CertificateChecks() {
    }

    /** A check given by its rule and a function that says why the subject breaks it. */
    private record Named<T>(Rule rule, java.util.function.Function<T, Optional<String>> why) implements SealCheck<T> {
        @Override
        public Optional<Finding> check(T subject) {
            return why.apply(subject).map(message -> new Finding(rule, "certificate", message));
        }

        @Override
        public String toString() {
            return rule.name();
        }
    }
}
