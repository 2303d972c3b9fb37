package io.github.microcredentials.wallet;

import io.github.microcredentials.wallet.internal.Json;
import io.github.microcredentials.wallet.status.TokenStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome of verifying an SD-JWT (VC) or a presentation of one: the indication, every problem
 * found, and, only when the indication is {@link Indication#VALID}, the claims exactly as the
 * signature and the presented disclosures cover them. Immutable.
 */
public final class SdJwtVerification {

    private final List<SdJwtProblem> problems;
    private final Indication indication;
    private final Map<String, Object> claims;
    private final Optional<TokenStatus> status;
    private final boolean keyBound;

    SdJwtVerification(List<SdJwtProblem> problems, Map<String, Object> claims, Optional<TokenStatus> status, boolean keyBound) {
        this.problems = List.copyOf(problems);
        Indication worst = Indication.VALID;
        for (SdJwtProblem p : this.problems) {
            Indication i = p.code().indication();
            if (i == Indication.INVALID) {
                worst = Indication.INVALID;
            } else if (i == Indication.INDETERMINATE && worst == Indication.VALID) {
                worst = Indication.INDETERMINATE;
            }
        }
        this.indication = worst;
        this.claims = worst == Indication.VALID && claims != null ? Frozen.map(claims) : null;
        this.status = status;
        this.keyBound = keyBound;
    }

    /**
     * The verdict.
     *
     * @return the indication
     */
    public Indication indication() {
        return indication;
    }

    /**
     * Whether every check passed.
     *
     * @return {@code true} when {@link #indication()} is {@link Indication#VALID}
     */
    public boolean isValid() {
        return indication == Indication.VALID;
    }

    /**
     * Every problem found (a problem of an informational code, {@link SdJwtCode#STATUS_OTHER}, does not
     * change the verdict).
     *
     * @return the problems
     */
    public List<SdJwtProblem> problems() {
        return problems;
    }

    /**
     * Whether a problem of a code was found.
     *
     * @param code the code
     * @return whether one was
     */
    public boolean has(SdJwtCode code) {
        return problems.stream().anyMatch(p -> p.code() == code);
    }

    /**
     * The verified claims: the issuer-signed claims with the presented disclosures in place, without
     * {@code _sd} and {@code _sd_alg}; nested maps and lists are unmodifiable.
     *
     * @return the claims, only when valid
     */
    public Optional<Map<String, Object>> claims() {
        return Optional.ofNullable(claims);
    }

    /**
     * The verified claims as JSON.
     *
     * @return compact JSON, only when valid
     */
    public Optional<String> claimsJson() {
        return claims().map(Json::writeString);
    }

    /**
     * The status read from the credential's Token Status List, when it was checked.
     *
     * @return the status
     */
    public Optional<TokenStatus> status() {
        return status;
    }

    /**
     * Whether the presentation carried a valid Key Binding JWT.
     *
     * @return whether the holder proved possession of the {@code cnf} key
     */
    public boolean isKeyBound() {
        return keyBound;
    }

    /**
     * One line: the indication and the problems' codes.
     *
     * @return the summary
     */
    public String summary() {
        List<String> codes = new ArrayList<>();
        problems.forEach(p -> codes.add(p.code().name()));
        return indication + (codes.isEmpty() ? "" : " " + codes);
    }

    @Override
    public String toString() {
        return "SdJwtVerification[" + summary() + "]";
    }

    /** Deep unmodifiable copies of JSON values. */
    static final class Frozen {
        private Frozen() {
        }

        @SuppressWarnings("unchecked")
        static Map<String, Object> map(Map<String, Object> map) {
            java.util.LinkedHashMap<String, Object> copy = new java.util.LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k, value(v)));
            return java.util.Collections.unmodifiableMap(copy);
        }

        @SuppressWarnings("unchecked")
        private static Object value(Object v) {
            if (v instanceof Map<?, ?> m) {
                return map((Map<String, Object>) m);
            }
            if (v instanceof List<?> l) {
                List<Object> copy = new ArrayList<>();
                l.forEach(e -> copy.add(value(e)));
                return java.util.Collections.unmodifiableList(copy);
            }
            return v;
        }
    }
}
