package io.github.microcredentials.seals.internal.seal;

import io.github.microcredentials.seals.SealFormat;
import io.github.microcredentials.seals.SealLevel;
import io.github.microcredentials.seals.SealProblem;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What a verification found, collected step by step; turned into the public report at the end. */
public final class Outcome {

    /** The format verified. */
    public final SealFormat format;
    /** Whether the signature value and every signed reference verify. */
    public boolean intact;
    /** Whether the signing certificate chains to a trust anchor at the validation time. */
    public boolean chainTrusted;
    /** The ETSI baseline level the structure reaches, if any. */
    public Optional<SealLevel> level = Optional.empty();
    /** The claimed signing time. */
    public Optional<Instant> signingTime = Optional.empty();
    /** The earliest valid signature time-stamp's time. */
    public Optional<Instant> timestampTime = Optional.empty();
    /** The time the certificates were checked at. */
    public Optional<Instant> validationTime = Optional.empty();
    /** The signing certificate. */
    public Optional<X509Certificate> signer = Optional.empty();
    /** The sealed content (JAdES payload) when the signature verified. */
    public Optional<String> payload = Optional.empty();
    /** The failures. */
    public final List<SealProblem> problems = new ArrayList<>();
    /** The remarks that do not make the seal fail. */
    public final List<SealProblem> warnings = new ArrayList<>();
    /**
     * The counter-signatures of this seal (XAdES {@code CounterSignature}, JAdES {@code cSig}), each
     * with its own outcome; a broken one is also reported on this outcome as
     * {@code COUNTER_SIGNATURE_INVALID}.
     */
    public final List<Outcome> counterSignatures = new ArrayList<>();

    /**
     * Starts an outcome.
     *
     * @param format the format
     */
    public Outcome(SealFormat format) {
        this.format = format;
    }

    /**
     * Adds a failure.
     *
     * @param code the code
     * @param location where
     * @param message why
     * @return this
     */
    public Outcome fail(SealProblem.Code code, String location, String message) {
        problems.add(new SealProblem(code, location, message));
        return this;
    }

    /**
     * Adds a warning.
     *
     * @param code the code
     * @param location where
     * @param message what
     */
    public void warn(SealProblem.Code code, String location, String message) {
        warnings.add(new SealProblem(code, location, message));
    }
}
