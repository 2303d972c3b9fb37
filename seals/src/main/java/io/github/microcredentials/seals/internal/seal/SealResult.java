package io.github.microcredentials.seals.internal.seal;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the verification of one seal (or counter-signature) found, as an immutable value: the facts
 * (integrity, trust, times, signer, level, content) and every finding, each naming its rule. The
 * public report applies the caller's policy to the findings; nothing here decides a severity.
 *
 * @param intact whether the signature value and every signed reference verify
 * @param chainTrusted whether the signing certificate chains to a trust anchor at the validation time
 * @param level the baseline level the seal's content reaches
 * @param signingTime the claimed signing time
 * @param timestampTime the earliest valid signature time-stamp's time
 * @param validationTime the time the certificates were checked at
 * @param signer the signing certificate
 * @param payload the enveloped content (JAdES payload bytes, exactly as signed) when intact
 * @param findings what the checks found, in order
 * @param counterSignatures the counter-signatures, each with its own result
 */
public record SealResult(boolean intact, boolean chainTrusted, Optional<Baseline> level, Optional<Instant> signingTime,
        Optional<Instant> timestampTime, Optional<Instant> validationTime, Optional<X509Certificate> signer,
        Optional<byte[]> payload, List<Finding> findings, List<SealResult> counterSignatures) {

    /**
     * Copies the lists.
     *
     * @throws NullPointerException if a member is null
     */
    public SealResult {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(signingTime, "signingTime");
        Objects.requireNonNull(timestampTime, "timestampTime");
        Objects.requireNonNull(validationTime, "validationTime");
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(payload, "payload");
        findings = List.copyOf(findings);
        counterSignatures = List.copyOf(counterSignatures);
    }

    /**
     * The result of input that is not a seal at all.
     *
     * @param finding why
     * @return a result that is not intact, with that finding only
     */
    public static SealResult rejected(Finding finding) {
        return new Builder().add(finding).build();
    }

    /**
     * The result of two signatures of one JWS: every signature must hold for the seal to; the
     * content is handed on only when both sign the same.
     *
     * @param other the other signature's result
     * @return the combined result
     */
    public SealResult and(SealResult other) {
        List<Finding> all = new ArrayList<>(findings);
        all.addAll(other.findings);
        List<SealResult> counters = new ArrayList<>(counterSignatures);
        counters.addAll(other.counterSignatures);
        boolean bothIntact = intact && other.intact;
        boolean samePayload = payload.isPresent() && other.payload.isPresent()
                && java.util.Arrays.equals(payload.get(), other.payload.get());
        Optional<Baseline> lower = other.level.isEmpty() || level.isPresent() && other.level.get().compareTo(level.get()) < 0
                ? other.level : level;
        return new SealResult(bothIntact, chainTrusted && other.chainTrusted, lower, signingTime, timestampTime, validationTime,
                signer, bothIntact && samePayload ? payload : Optional.empty(), all, counters);
    }

    /**
     * Collects a result while a verification runs. Not thread-safe; one per verification.
     */
    public static final class Builder {
        private boolean intact;
        private boolean chainTrusted;
        private Optional<Baseline> level = Optional.empty();
        private Optional<Instant> signingTime = Optional.empty();
        private Optional<Instant> timestampTime = Optional.empty();
        private Optional<Instant> validationTime = Optional.empty();
        private Optional<X509Certificate> signer = Optional.empty();
        private Optional<byte[]> payload = Optional.empty();
        private final List<Finding> findings = new ArrayList<>();
        private final List<SealResult> counterSignatures = new ArrayList<>();

        /**
         * Adds a finding.
         *
         * @param finding the finding
         * @return this builder
         */
        public Builder add(Finding finding) {
            findings.add(Objects.requireNonNull(finding, "finding"));
            return this;
        }

        /**
         * Adds a finding.
         *
         * @param rule the rule broken
         * @param location where
         * @param message why
         * @return this builder
         */
        public Builder add(Rule rule, String location, String message) {
            return add(new Finding(rule, location, message));
        }

        /**
         * Adds findings.
         *
         * @param found the findings
         * @return this builder
         */
        public Builder addAll(List<Finding> found) {
            found.forEach(this::add);
            return this;
        }

        /**
         * How many findings so far.
         *
         * @return the count
         */
        public int findingCount() {
            return findings.size();
        }

        /**
         * Sets whether the seal is intact.
         *
         * @param value whether intact
         * @return this builder
         */
        public Builder intact(boolean value) {
            intact = value;
            return this;
        }

        /**
         * Whether the seal is intact, as set so far.
         *
         * @return whether intact
         */
        public boolean intact() {
            return intact;
        }

        /**
         * Sets the level.
         *
         * @param value the level
         * @return this builder
         */
        public Builder level(Optional<Baseline> value) {
            level = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Sets the claimed signing time.
         *
         * @param value the time
         * @return this builder
         */
        public Builder signingTime(Optional<Instant> value) {
            signingTime = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Sets the signing certificate.
         *
         * @param value the certificate
         * @return this builder
         */
        public Builder signer(Optional<X509Certificate> value) {
            signer = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * The signing certificate, as set so far.
         *
         * @return the certificate
         */
        public Optional<X509Certificate> signer() {
            return signer;
        }

        /**
         * Sets the enveloped content.
         *
         * @param value the exact bytes signed
         * @return this builder
         */
        public Builder payload(Optional<byte[]> value) {
            payload = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Records the certificate checks: trust, times and their findings.
         *
         * @param chain what {@link Chains#check} found
         * @return this builder
         */
        public Builder chain(Chains.Result chain) {
            chainTrusted = chain.trusted();
            timestampTime = chain.timestampTime();
            validationTime = Optional.of(chain.validationTime());
            return addAll(chain.findings());
        }

        /**
         * Records a counter-signature with its own result. A broken one (not intact) is also a
         * finding of the counter-signed seal ({@link Rule#COUNTER_SIGNATURE_INVALID}, which the
         * policy levels); it does not change whether that seal is intact. The same for JAdES
         * {@code cSig} and XAdES {@code CounterSignature}.
         *
         * @param counter the counter-signature's result
         * @param location where it is
         * @return this builder
         */
        public Builder counterSignature(SealResult counter, String location) {
            counterSignatures.add(counter);
            if (!counter.intact()) {
                String why = counter.findings().isEmpty() ? "" : ": " + counter.findings().get(0).message();
                add(Rule.COUNTER_SIGNATURE_INVALID, location, "the counter-signature is not intact" + why);
            }
            return this;
        }

        /**
         * The result.
         *
         * @return the immutable result
         */
        public SealResult build() {
            return new SealResult(intact, chainTrusted, level, signingTime, timestampTime, validationTime, signer,
                    intact ? payload : Optional.empty(), findings, counterSignatures);
        }
    }
}
