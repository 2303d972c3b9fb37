package io.github.microcredentials.seals;

import io.github.microcredentials.signing.internal.json.JsonText;
import io.github.microcredentials.signing.internal.json.StrictJson;
import io.github.microcredentials.seals.internal.seal.Outcome;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of verifying a seal, returned for every input: whether the seal is intact (the
 * signature and every signed reference verify over the exact bytes), whether its certificate
 * chains to a trust anchor at the validation time, its ETSI level, the signing time, the signer,
 * its counter-signatures, and every problem found. A verifier never throws because a seal is wrong.
 *
 * <p>As ETSI EN 319 102-1 does, integrity is reported apart from acceptance: a seal is
 * {@linkplain #intact() intact} when its cryptography holds, whatever the policy; it is
 * {@linkplain #accepted() accepted} (the same as {@linkplain #isValid() valid}) only when it is
 * intact, trusted and the {@link SealPolicy} fails none of its problems. A seal signed with
 * RSA-SHA1, for example, is intact but not accepted, with the rule
 * {@link SealProblem.Code#LEGACY_ALGORITHM} among its problems. Warnings never make it fail.
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
    private final List<SealReport> counterSignatures;

    SealReport(Outcome outcome) {
        this(outcome, SealPolicy.strict());
    }

    SealReport(Outcome outcome, SealPolicy policy) {
        this.format = outcome.format;
        this.intact = outcome.intact;
        this.chainTrusted = outcome.chainTrusted;
        this.level = outcome.level;
        this.signingTime = outcome.signingTime;
        this.timestampTime = outcome.timestampTime;
        this.validationTime = outcome.validationTime;
        this.signer = outcome.signer.map(SealSubject::of);
        this.payload = outcome.payload;
        List<SealProblem> failed = new ArrayList<>();
        List<SealProblem> remarks = new ArrayList<>();
        sort(outcome.problems, failed, remarks, policy, true);
        sort(outcome.warnings, failed, remarks, policy, false);
        this.problems = List.copyOf(failed);
        this.warnings = List.copyOf(remarks);
        List<SealReport> counters = new ArrayList<>();
        outcome.counterSignatures.forEach(c -> counters.add(new SealReport(c, policy)));
        this.counterSignatures = List.copyOf(counters);
    }

    /** Policy problems go where the policy puts them; the others stay where the verifier put them. */
    private static void sort(List<SealProblem> found, List<SealProblem> failed, List<SealProblem> remarks,
            SealPolicy policy, boolean failure) {
        for (SealProblem problem : found) {
            SealPolicy.Level level = problem.kind() == SealProblem.Kind.POLICY ? policy.level(problem.code())
                    : failure ? SealPolicy.Level.FAIL : SealPolicy.Level.WARN;
            if (level == SealPolicy.Level.FAIL) {
                failed.add(problem);
            } else if (level == SealPolicy.Level.WARN) {
                remarks.add(problem);
            }
        }
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
     * The verdict under the verifier's policy: intact, trusted, and no problem the
     * {@link SealPolicy} fails. The same as {@link #isValid()}; named to contrast with
     * {@link #intact()}.
     *
     * @return {@code true} if accepted
     */
    public boolean accepted() {
        return isValid();
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
     * nothing about trust or policy (an RSA-SHA1 seal may be intact and not accepted). Problems
     * that make a seal not intact are of kind {@link SealProblem.Kind#INTEGRITY}.
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
     * The counter-signatures of this seal (XAdES {@code CounterSignature}, JAdES {@code cSig}), each
     * with its own verdict, in document order. A broken one does not change this seal's verdict; it
     * is reported as {@link SealProblem.Code#COUNTER_SIGNATURE_INVALID} (a warning by default).
     *
     * @return the reports, empty when there is none
     */
    public List<SealReport> counterSignatures() {
        return counterSignatures;
    }

    /**
     * A one-line verdict.
     *
     * @return for example {@code VALID JAdES-BASELINE-T seal by CN=…, signed 2024-05-28T09:51:19Z}
     */
    public String summary() {
        String verdict = isValid() ? "VALID" : !intact ? "INVALID (not intact)" : !chainTrusted ? "INVALID (untrusted)"
                : "INVALID (intact, not accepted)";
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
        return JsonText.pretty(json().build());
    }

    private JsonObjectBuilder json() {
        JsonObjectBuilder out = StrictJson.PROVIDER.createObjectBuilder()
                .add("valid", isValid()).add("accepted", accepted()).add("format", format.label()).add("intact", intact)
                .add("chainTrusted", chainTrusted).add("level", levelName());
        signingTime.ifPresent(t -> out.add("signingTime", t.toString()));
        timestampTime.ifPresent(t -> out.add("timestampTime", t.toString()));
        validationTime.ifPresent(t -> out.add("validationTime", t.toString()));
        signer.ifPresent(s -> out.add("signer", s.distinguishedName()));
        out.add("problems", problems(problems)).add("warnings", problems(warnings));
        if (!counterSignatures.isEmpty()) {
            JsonArrayBuilder counters = StrictJson.PROVIDER.createArrayBuilder();
            counterSignatures.forEach(c -> counters.add(c.json()));
            out.add("counterSignatures", counters);
        }
        return out;
    }

    private static JsonArrayBuilder problems(List<SealProblem> list) {
        JsonArrayBuilder array = StrictJson.PROVIDER.createArrayBuilder();
        list.forEach(p -> array.add(StrictJson.PROVIDER.createObjectBuilder()
                .add("code", p.code().name()).add("kind", p.kind().name()).add("location", p.location()).add("message", p.message())));
        return array;
    }

    @Override
    public String toString() {
        return summary();
    }
}
