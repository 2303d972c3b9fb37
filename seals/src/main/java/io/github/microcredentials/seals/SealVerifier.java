package io.github.microcredentials.seals;

import io.github.microcredentials.core.json.ReadLimits;
import io.github.microcredentials.seals.internal.jades.JadesValidation;
import io.github.microcredentials.seals.internal.seal.Detached;
import io.github.microcredentials.seals.internal.seal.Finding;
import io.github.microcredentials.seals.internal.seal.Rule;
import io.github.microcredentials.seals.internal.seal.SealResult;
import io.github.microcredentials.seals.internal.seal.TrustSettings;
import io.github.microcredentials.seals.internal.xades.XadesValidation;
import io.github.microcredentials.signing.SignatureAlgorithm;
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
     * {@link SignatureAlgorithm} allowed, the {@linkplain SealPolicy#strict() strict} policy, the
     * system clock.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Verifies a seal of either format, detected from the content (&lt; for XML, else JAdES in
     * the JSON or the compact serialization).
     *
     * @param sealed the sealed document
     * @return the report
     */
    public SealReport verify(byte[] sealed) {
        return looksLikeXml(sealed) ? verifyXades(sealed) : verifyJades(sealed);
    }

    /**
     * Verifies a JAdES seal in any JWS serialization: JSON (general, with every signature checked,
     * or flattened) or compact.
     *
     * @param sealed the seal: UTF-8 JSON, or the ASCII compact serialization
     * @return the report
     */
    public SealReport verifyJades(byte[] sealed) {
        return verifyJades(sealed, List.of());
    }

    /**
     * Verifies a detached JAdES seal with the documents it signs: those its {@code sigD} names
     * (ETSI TS 119 182-1 mechanisms {@code ObjectIdByURI} and {@code ObjectIdByURIHash}), or the
     * one document of a JWS with a detached payload (RFC 7515, appendix F). Without them a
     * detached seal is reported as not intact, since its references cannot be checked.
     *
     * @param sealed the seal: UTF-8 JSON, or the ASCII compact serialization
     * @param detached the detached documents, by the names the seal gives them
     * @return the report
     */
    public SealReport verifyJades(byte[] sealed, List<DetachedContent> detached) {
        List<Detached> documents = plain(detached);
        return report(guarded(() -> JadesValidation.verify(sealed, documents, settings)), SealFormat.JADES);
    }

    /**
     * Verifies an enveloped XAdES seal.
     *
     * @param sealed the XML document
     * @return the report
     */
    public SealReport verifyXades(byte[] sealed) {
        return report(guarded(() -> XadesValidation.verify(sealed, settings)), SealFormat.XADES);
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
        List<Detached> documents = plain(detached);
        return report(guarded(() -> XadesValidation.verify(sealed, documents, settings)), SealFormat.XADES);
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
    private static SealResult guarded(java.util.function.Supplier<SealResult> verification) {
        try {
            return verification.get();
        } catch (RuntimeException e) {
            return SealResult.rejected(new Finding(Rule.MALFORMED, "", DEFECT + e));
        }
    }

    /** The detached documents as the plain data the checks take (their content is already a copy). */
    private static List<Detached> plain(List<DetachedContent> detached) {
        return detached.stream().map(d -> new Detached(d.name(), d.content())).toList();
    }

    /**
     * Whether a document is a JAdES signature in the compact serialization
     * ({@code header.payload.signature}) rather than a VC-JWT: its protected header names an X.509
     * certificate ({@code x5c}, {@code x5t#S256}, {@code x5t#o}, {@code sigX5ts}) or carries a JAdES
     * signed property ({@code sigT}, {@code sigD}, {@code sigPId}, …). A VC-JWT names its key by a
     * DID URL instead. Only the header is read, within the default read limits.
     *
     * @param document the bytes
     * @return {@code true} for a compact JAdES signature
     */
    public static boolean looksLikeCompactJades(byte[] document) {
        try {
            return JadesValidation.isCompactJades(document, ReadLimits.DEFAULT);
        } catch (RuntimeException e) {
            return false;
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

    private SealReport report(SealResult result, SealFormat format) {
        try {
            return new SealReport(result, format, policy);
        } catch (RuntimeException e) {
            return new SealReport(SealResult.rejected(new Finding(Rule.MALFORMED, "", DEFECT + e)), format);
        }
    }

    /** Configures a {@link SealVerifier}. */
    public static final class Builder {
        private final List<X509Certificate> anchors = new ArrayList<>();
        private final List<X509Certificate> intermediates = new ArrayList<>();
        private Optional<List<X509Certificate>> timestampAnchors = Optional.empty();
        private Optional<Instant> at = Optional.empty();
        private Clock clock = Clock.systemUTC();
        private Set<SignatureAlgorithm> algorithms = EnumSet.complementOf(EnumSet.of(SignatureAlgorithm.EDDSA));
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
        public Builder algorithms(Set<SignatureAlgorithm> allowed) {
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
