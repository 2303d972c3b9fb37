package io.github.microcredentials.seals;

import io.github.microcredentials.signing.SignatureAlgorithm;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The configuration both sealer builders share: the algorithm, the level, the time-stamping
 * authority and the clock, each checked as it is set, and the one cross-field rule (BASELINE-T
 * needs a time-stamping authority) checked when the sealer is built.
 *
 * <p>Package-private on purpose: {@link JadesSealer.Builder} and {@link XadesSealer.Builder} are
 * the public types, and Javadoc lists these methods as theirs. A public base would be API of its
 * own, for callers to hold and for this library to keep stable.
 *
 * @param <B> the builder, which each setter returns for chaining
 * @param <S> the sealer it builds
 */
abstract class SealerBuilder<B extends SealerBuilder<B, S>, S> {

    /** The algorithms seals are created with; the others are for verification only. */
    static final Set<SignatureAlgorithm> CREATABLE = Set.of(SignatureAlgorithm.RS256, SignatureAlgorithm.PS256, SignatureAlgorithm.ES256);

    private Optional<SignatureAlgorithm> algorithm = Optional.empty();
    private SealLevel level = SealLevel.BASELINE_B;
    private Optional<TsaClient> tsa = Optional.empty();
    private Clock clock = Clock.systemUTC();

    SealerBuilder() {
    }

    /**
     * The signature algorithm: {@link SignatureAlgorithm#RS256} (RSA PKCS#1 v1.5 with SHA-256,
     * RSA-SHA256 in XML; the default for RSA keys), {@link SignatureAlgorithm#PS256} (RSA-PSS), or
     * {@link SignatureAlgorithm#ES256} (ECDSA-SHA256; the default for P-256 keys).
     *
     * @param algorithm the algorithm
     * @return this builder
     * @throws IllegalArgumentException for a verification-only algorithm
     */
    public B algorithm(SignatureAlgorithm algorithm) {
        if (!CREATABLE.contains(Objects.requireNonNull(algorithm, "algorithm"))) {
            throw new IllegalArgumentException(algorithm + " is accepted when verifying only; seal with RS256, PS256 or ES256");
        }
        this.algorithm = Optional.of(algorithm);
        return self();
    }

    /**
     * The level: {@link SealLevel#BASELINE_B} (default) or {@link SealLevel#BASELINE_T}, which
     * needs {@link #tsa(TsaClient)}.
     *
     * @param level the level
     * @return this builder
     * @throws IllegalArgumentException for LT or LTA (extend a BASELINE-T seal with the EU DSS
     *     library or your QTSP)
     */
    public B level(SealLevel level) {
        if (Objects.requireNonNull(level, "level") != SealLevel.BASELINE_B && level != SealLevel.BASELINE_T) {
            throw new IllegalArgumentException(level + " is not created here: extend a BASELINE-T seal with the EU DSS library or your QTSP");
        }
        this.level = level;
        return self();
    }

    /**
     * The time-stamping authority for BASELINE-T.
     *
     * @param tsa the client
     * @return this builder
     */
    public B tsa(TsaClient tsa) {
        this.tsa = Optional.of(Objects.requireNonNull(tsa, "tsa"));
        return self();
    }

    /**
     * The clock of the signing time (default: the system clock, UTC).
     *
     * @param clock the clock
     * @return this builder
     */
    public B clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return self();
    }

    /**
     * Builds the sealer.
     *
     * @return the sealer
     * @throws IllegalStateException if BASELINE-T is asked for without a TSA client
     */
    public S build() {
        if (level == SealLevel.BASELINE_T && tsa.isEmpty()) {
            throw new IllegalStateException("BASELINE-T needs a time-stamping authority (tsa)");
        }
        return create(new Sealing(algorithm, level, tsa, clock));
    }

    /** This builder, typed as the subclass, so that setters chain without casts. */
    abstract B self();

    /** The format's sealer over the frozen configuration. */
    abstract S create(Sealing sealing);
}
