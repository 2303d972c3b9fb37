package io.github.microcredentials.signing.seal;

import io.github.microcredentials.core.json.ReadLimits;
import io.github.microcredentials.signing.internal.jades.JadesValidation;
import io.github.microcredentials.signing.internal.seal.Outcome;
import io.github.microcredentials.signing.internal.seal.TrustSettings;
import io.github.microcredentials.signing.internal.xades.XadesValidation;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Verifies JAdES and XAdES seals, offline, and reports (never throws) what it found:
 * <ul>
 *   <li>the structure: one signature, enveloping (JAdES) or enveloped over the whole document
 *       (XAdES), no critical header it does not understand, no wrapping tricks, no external
 *       reference;
 *   <li>the algorithm, from the verifier's allow-list only;
 *   <li>the signature over the exact payload bytes, and the signed reference to the signing
 *       certificate;
 *   <li>every time-stamp token: its imprint covers the seal, its signature verifies;
 *   <li>the certificate chain to the caller's trust anchors at the validation time: the pinned
 *       {@link Builder#validationTime(Instant) time}, else a trusted signature time-stamp's,
 *       else the clock's. Revocation is not checked (offline).
 * </ul>
 * Qualified status (EU trusted lists) is not decided here: use the EU DSS library for that.
 * Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * SealReport report = SealVerifier.builder().trustAnchors(List.of(root)).build().verify(sealed);
 * }</pre>
 */
public final class SealVerifier {

    private final TrustSettings settings;
    private final SealPolicy policy;

    private SealVerifier(TrustSettings settings, SealPolicy policy) {
        this.settings = settings;
        this.policy = policy;
    }

    /**
     * Starts a verifier: no trust anchor (so nothing is trusted until given), every algorithm of
     * {@link SealAlgorithm} allowed, the {@linkplain SealPolicy#strict() strict} policy, the
     * system clock.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Verifies a seal of either format, detected from the content (&lt; for XML, &#123; for JSON).
     *
     * @param sealed the sealed document
     * @return the report
     */
    public SealReport verify(byte[] sealed) {
        return looksLikeXml(sealed) ? verifyXades(sealed) : verifyJades(sealed);
    }

    /**
     * Verifies a JAdES seal (JWS JSON serialization).
     *
     * @param sealed the seal, UTF-8 JSON
     * @return the report
     */
    public SealReport verifyJades(byte[] sealed) {
        return report(guarded(() -> JadesValidation.verify(sealed, settings), SealFormat.JADES));
    }

    /**
     * Verifies an enveloped XAdES seal.
     *
     * @param sealed the XML document
     * @return the report
     */
    public SealReport verifyXades(byte[] sealed) {
        return report(guarded(() -> XadesValidation.verify(sealed, settings), SealFormat.XADES));
    }

    /**
     * Verifies a XAdES signature whose references name detached documents, with those documents:
     * a reference is resolved to the document of the same name (its URI as written or
     * percent-decoded), or to the only document supplied. Nothing is ever fetched. A detached
     * signature can be {@linkplain SealReport#intact() intact}, but it is not a seal of one
     * document and is reported with {@link SealProblem.Code#UNSAFE_STRUCTURE}.
     *
     * @param sealed the XML document with the signature
     * @param detached the detached documents
     * @return the report
     */
    public SealReport verifyXades(byte[] sealed, List<DetachedContent> detached) {
        List<DetachedContent> documents = List.copyOf(detached);
        return report(guarded(() -> XadesValidation.verify(sealed, documents, settings), SealFormat.XADES));
    }

    /**
     * The message of a failure that only a defect of this library can cause: no input should
     * reach it, and the fuzz tests check that none does.
     */
    static final String DEFECT = "unexpected failure (a defect of this library; please report it): ";

    /**
     * Runs a verification; a runtime exception that escaped the checks (a dependency's, on input
     * no check foresaw) becomes a failed report instead of reaching the caller.
     */
    private static Outcome guarded(java.util.function.Supplier<Outcome> verification, SealFormat format) {
        try {
            return verification.get();
        } catch (RuntimeException e) {
            Outcome outcome = new Outcome(format);
            outcome.intact = false;
            return outcome.fail(SealProblem.Code.MALFORMED, "", DEFECT + e);
        }
    }

    /**
     * Whether a document looks like XML (its first non-blank character is {@code <}).
     *
     * @param document the bytes
     * @return {@code true} for XML
     */
    public static boolean looksLikeXml(byte[] document) {
        for (byte b : document) {
            if (b == '<') {
                return true;
            }
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t' && b != (byte) 0xEF && b != (byte) 0xBB && b != (byte) 0xBF) {
                return false;
            }
        }
        return false;
    }

    private SealReport report(Outcome outcome) {
        try {
            return new SealReport(outcome, policy);
        } catch (RuntimeException e) {
            Outcome failed = new Outcome(outcome.format);
            failed.intact = false;
            return new SealReport(failed.fail(SealProblem.Code.MALFORMED, "", DEFECT + e));
        }
    }

    /** Configures a {@link SealVerifier}. */
    public static final class Builder {
        private final List<X509Certificate> anchors = new ArrayList<>();
        private final List<X509Certificate> intermediates = new ArrayList<>();
        private Optional<List<X509Certificate>> timestampAnchors = Optional.empty();
        private Optional<Instant> at = Optional.empty();
        private Clock clock = Clock.systemUTC();
        private Set<SealAlgorithm> algorithms = EnumSet.allOf(SealAlgorithm.class);
        private ReadLimits limits = ReadLimits.DEFAULT;
        private SealPolicy policy = SealPolicy.strict();

        private Builder() {
        }

        /**
         * The policy for problems of an intact seal (retired algorithms, a missing signing
         * certificate reference, a broken counter-signature); by default {@link SealPolicy#strict()}.
         *
         * @param policy the policy
         * @return this builder
         */
        public Builder policy(SealPolicy policy) {
            this.policy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * Limits on the input (JSON for JAdES, XML for XAdES): size, nesting, string and number
         * length, token count; by default {@link ReadLimits#DEFAULT}. A seal over a limit fails
         * with {@link SealProblem.Code#LIMIT_EXCEEDED}.
         *
         * @param limits the limits
         * @return this builder
         */
        public Builder readLimits(ReadLimits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /**
         * Adds trust anchors: the root (or any) CA certificates whose chains are trusted.
         *
         * @param certificates the anchors
         * @return this builder
         */
        public Builder trustAnchors(Collection<X509Certificate> certificates) {
            anchors.addAll(List.copyOf(certificates));
            return this;
        }

        /**
         * Adds untrusted certificates that may complete a chain the seal does not carry in full.
         *
         * @param certificates intermediate CA certificates
         * @return this builder
         */
        public Builder intermediates(Collection<X509Certificate> certificates) {
            intermediates.addAll(List.copyOf(certificates));
            return this;
        }

        /**
         * The trust anchors of time-stamping authorities; by default the seal trust anchors.
         *
         * @param certificates the anchors
         * @return this builder
         */
        public Builder timestampTrustAnchors(Collection<X509Certificate> certificates) {
            timestampAnchors = Optional.of(List.copyOf(certificates));
            return this;
        }

        /**
         * Pins the time at which certificates are checked, for example the signing time of a seal
         * whose certificate has expired since.
         *
         * @param time the validation time
         * @return this builder
         */
        public Builder validationTime(Instant time) {
            at = Optional.of(Objects.requireNonNull(time, "time"));
            return this;
        }

        /**
         * The clock used when no time is pinned and no trusted time-stamp gives one.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Restricts the allowed signature algorithms.
         *
         * @param allowed the allow-list, not empty
         * @return this builder
         * @throws IllegalArgumentException if empty
         */
        public Builder algorithms(Set<SealAlgorithm> allowed) {
            if (allowed.isEmpty()) {
                throw new IllegalArgumentException("at least one algorithm must be allowed");
            }
            algorithms = EnumSet.copyOf(allowed);
            return this;
        }

        /**
         * Builds the verifier.
         *
         * @return the verifier
         */
        public SealVerifier build() {
            return new SealVerifier(new TrustSettings(List.copyOf(anchors), List.copyOf(intermediates),
                    timestampAnchors.orElse(List.copyOf(anchors)), at, clock, Set.copyOf(algorithms), limits), policy);
        }
    }
}
