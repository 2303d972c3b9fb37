package io.github.microcredentials.signing.seal;

import io.github.microcredentials.signing.internal.json.JsonText;
import io.github.microcredentials.signing.internal.json.StrictJson;
import io.github.microcredentials.signing.internal.seal.Outcome;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of verifying a seal, returned for every input: whether the seal is intact (the
 * signature and every signed reference verify over the exact bytes), whether its certificate
 * chains to a trust anchor at the validation time, its ETSI level, the signing time, the signer,
 * and every problem found. A verifier never throws because a seal is wrong.
 *
 * <p>The seal {@linkplain #isValid() is valid} only when it is intact, trusted and has no problem.
 * Warnings never make it invalid.
 */
public final class SealReport {

    private final SealFormat format;
    private final boolean intact;
    private final boolean chainTrusted;
    private final Optional<SealLevel> level;
    private final Optional<Instant> signingTime;
    private final Optional<Instant> timestampTime;
    private final Optional<Instant> validationTime;
    private final Optional<SealSubject> signer;
    private final Optional<String> payload;
    private final List<SealProblem> problems;
    private final List<SealProblem> warnings;

    SealReport(Outcome outcome) {
        this.format = outcome.format;
        this.intact = outcome.intact;
        this.chainTrusted = outcome.chainTrusted;
        this.level = outcome.level;
        this.signingTime = outcome.signingTime;
        this.timestampTime = outcome.timestampTime;
        this.validationTime = outcome.validationTime;
        this.signer = outcome.signer.map(SealSubject::of);
        this.payload = outcome.payload;
        this.problems = List.copyOf(outcome.problems);
        this.warnings = List.copyOf(outcome.warnings);
    }

    /**
     * Whether the seal verified: intact, trusted, no problem.
     *
     * @return {@code true} if valid
     */
    public boolean isValid() {
        return intact && chainTrusted && problems.isEmpty();
    }

    /**
     * The format of the seal.
     *
     * @return JAdES or XAdES
     */
    public SealFormat format() {
        return format;
    }

    /**
     * Whether the signature value and every signed reference verify over the exact bytes; says
     * nothing about trust.
     *
     * @return {@code true} if intact
     */
    public boolean intact() {
        return intact;
    }

    /**
     * Whether the signing certificate chains to a caller-given trust anchor and is valid at the
     * validation time.
     *
     * @return {@code true} if trusted
     */
    public boolean chainTrusted() {
        return chainTrusted;
    }

    /**
     * The ETSI baseline level the seal's structure reaches.
     *
     * @return the level, or empty when the seal is not an ETSI baseline signature
     */
    public Optional<SealLevel> level() {
        return level;
    }

    /**
     * The level as ETSI names it.
     *
     * @return for example {@code JAdES-BASELINE-T}, or {@code JAdES (not baseline)}
     */
    public String levelName() {
        return level.map(l -> l.etsiName(format)).orElse(format.label() + " (not baseline)");
    }

    /**
     * The signing time the signer claims (JAdES {@code iat} or {@code sigT}, XAdES {@code SigningTime}).
     *
     * @return the time, if present
     */
    public Optional<Instant> signingTime() {
        return signingTime;
    }

    /**
     * The time of the earliest valid signature time-stamp: proof that the seal existed then.
     *
     * @return the time, if a time-stamp verified
     */
    public Optional<Instant> timestampTime() {
        return timestampTime;
    }

    /**
     * The time at which certificates were checked: the caller's, else a trusted signature
     * time-stamp's, else the verifier's clock.
     *
     * @return the time, if the seal got that far
     */
    public Optional<Instant> validationTime() {
        return validationTime;
    }

    /**
     * Who sealed: the signing certificate's subject.
     *
     * @return the subject, if a signing certificate was found
     */
    public Optional<SealSubject> signer() {
        return signer;
    }

    /**
     * The sealed JSON document (JAdES payload, exactly as signed) when the seal is intact.
     *
     * @return the payload text; empty for XAdES and for seals that are not intact
     */
    public Optional<String> payload() {
        return payload;
    }

    /**
     * The failures, in the order found.
     *
     * @return the problems
     */
    public List<SealProblem> problems() {
        return problems;
    }

    /**
     * The remarks that do not make the seal fail (an untrusted time-stamp authority, a legacy
     * element).
     *
     * @return the warnings
     */
    public List<SealProblem> warnings() {
        return warnings;
    }

    /**
     * A one-line verdict.
     *
     * @return for example {@code VALID JAdES-BASELINE-T seal by CN=…, signed 2024-05-28T09:51:19Z}
     */
    public String summary() {
        String verdict = isValid() ? "VALID" : !intact ? "INVALID (not intact)" : !chainTrusted ? "INVALID (untrusted)" : "INVALID";
        StringBuilder out = new StringBuilder(verdict).append(' ').append(levelName()).append(" seal");
        signer.ifPresent(s -> out.append(" by ").append(s.distinguishedName()));
        signingTime.ifPresent(t -> out.append(", signed ").append(t));
        if (!problems.isEmpty()) {
            out.append("; ").append(problems.get(0));
            if (problems.size() > 1) {
                out.append(" (+").append(problems.size() - 1).append(" more)");
            }
        }
        return out.toString();
    }

    /**
     * The whole report as JSON, for tools.
     *
     * @return pretty JSON text ending in a newline
     */
    public String toJson() {
        JsonObjectBuilder out = StrictJson.PROVIDER.createObjectBuilder()
                .add("valid", isValid()).add("format", format.label()).add("intact", intact)
                .add("chainTrusted", chainTrusted).add("level", levelName());
        signingTime.ifPresent(t -> out.add("signingTime", t.toString()));
        timestampTime.ifPresent(t -> out.add("timestampTime", t.toString()));
        validationTime.ifPresent(t -> out.add("validationTime", t.toString()));
        signer.ifPresent(s -> out.add("signer", s.distinguishedName()));
        out.add("problems", problems(problems)).add("warnings", problems(warnings));
        return JsonText.pretty(out.build());
    }

    private static JsonArrayBuilder problems(List<SealProblem> list) {
        JsonArrayBuilder array = StrictJson.PROVIDER.createArrayBuilder();
        list.forEach(p -> array.add(StrictJson.PROVIDER.createObjectBuilder()
                .add("code", p.code().name()).add("location", p.location()).add("message", p.message())));
        return array;
    }

    @Override
    public String toString() {
        return summary();
    }
}
