package io.github.microcredentials.wallet.status;

/** The status values of the Token Status List registry (draft-ietf-oauth-status-list-14 §7.1). */
public enum TokenStatus {
    /** 0x00: valid. */
    VALID,
    /** 0x01: invalid (revoked), permanently. */
    INVALID,
    /** 0x02: suspended, temporarily. */
    SUSPENDED,
    /** 0x03 and above: application-specific. */
    APPLICATION_SPECIFIC;

    /**
     * The status of a value read from a list.
     *
     * @param value the value
     * @return the status
     */
    public static TokenStatus of(int value) {
        return switch (value) {
            case 0 -> VALID;
            case 1 -> INVALID;
            case 2 -> SUSPENDED;
            default -> APPLICATION_SPECIFIC;
        };
    }
}
