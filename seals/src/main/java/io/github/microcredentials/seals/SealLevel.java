package io.github.microcredentials.seals;

/**
 * The ETSI baseline levels of an AdES seal (ETSI EN 319 102-1, TS 119 182-1, EN 319 132-1). Each
 * level contains the ones before it.
 */
public enum SealLevel {
    /** Basic: signed signing certificate reference and claimed signing time. */
    BASELINE_B("B"),
    /** Adds a signature time-stamp from a time-stamping authority (proof of existence). */
    BASELINE_T("T"),
    /** Adds the certificate and revocation data needed to validate it later (long term). */
    BASELINE_LT("LT"),
    /** Adds archive time-stamps over all of it (long term with archival). */
    BASELINE_LTA("LTA");

    private final String suffix;

    SealLevel(String suffix) {
        this.suffix = suffix;
    }

    /**
     * The ETSI name of the level in a format.
     *
     * @param format the format
     * @return for example {@code JAdES-BASELINE-T}
     */
    public String etsiName(SealFormat format) {
        return format.label() + "-BASELINE-" + suffix;
    }
}
