package io.github.microcredentials.seals;

/** The seal formats. */
public enum SealFormat {
    /** JAdES (ETSI TS 119 182-1): a JWS in the JSON serialization enveloping a JSON document. */
    JADES("JAdES"),
    /** XAdES (ETSI EN 319 132-1): an XML Signature enveloped in an XML document. */
    XADES("XAdES");

    private final String label;

    SealFormat(String label) {
        this.label = label;
    }

    /**
     * The usual name.
     *
     * @return {@code JAdES} or {@code XAdES}
     */
    public String label() {
        return label;
    }
}
