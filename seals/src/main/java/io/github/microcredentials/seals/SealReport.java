package io.github.microcredentials.seals;

import io.github.microcredentials.signing.internal.json.JsonText;
import io.github.microcredentials.signing.internal.json.StrictJson;
import io.github.microcredentials.seals.internal.seal.Finding;
import io.github.microcredentials.seals.internal.seal.SealResult;
import io.github.microcredentials.signing.Check;
import io.github.microcredentials.signing.Indication;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
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
 *
 * <p>Like every verification report of this library, it gives an ETSI {@link Indication} with the
 * {@linkplain #checks() checks} behind it, and hands out the sealed content only when the
 * indication is {@link Indication#VALID}. The verifier's checks only name the rule a seal breaks;
 * the {@link SealPolicy} gives each its severity.
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

    SealReport(SealResult result, SealFormat format) {
        this(result, format, SealPolicy.strict());
    }

    SealReport(SealResult result, SealFormat format, SealPolicy policy) {
        this.format = format;
        this.intact = result.intact();
        this.chainTrusted = result.chainTrusted();
        this.level = result.level().map(b -> SealLevel.values()[b.ordinal()]);
        this.signingTime = result.signingTime();
        this.timestampTime = result.timestampTime();
        this.validationTime = result.validationTime();
        this.signer = result.signer().map(SealSubject::of);
        List<SealProblem> failed = new ArrayList<>();
        List<SealProblem> remarks = new ArrayList<>();
        for (Finding finding : result.findings()) {
            // The check names the rule; the policy alone says how much it weighs.
            SealProblem problem = new SealProblem(SealProblem.Code.valueOf(finding.rule().name()), finding.location(), finding.message());
            SealPolicy.Level weight = policy.level(problem.code());
            if (weight == SealPolicy.Level.FAIL) {
                failed.add(problem);
            } else if (weight == SealPolicy.Level.WARN) {
                remarks.add(problem);
            }
        }
        this.problems = List.copyOf(failed);
        this.warnings = List.copyOf(remarks);
        List<SealReport> counters = new ArrayList<>();
        result.counterSignatures().forEach(c -> counters.add(new SealReport(c, format, policy)));
        this.counterSignatures = List.copyOf(counters);
        this.payload = isValid() ? result.payload().map(b -> new String(b, StandardCharsets.UTF_8)) : Optional.empty();
    }

    /**
     * The ETSI main indication (EN 319 102-1): {@link Indication#VALID} when the seal is intact,
     * trusted and the policy fails none of its problems; {@link Indication#INVALID} when it is not
     * intact or a problem of its integrity or structure fails it (ETSI TOTAL-FAILED);
     * {@link Indication#INDETERMINATE} when it is intact but its certificate chain, a time-stamp or a
     * policy rule (a retired algorithm, for example) fails it.
     *
     * @return the indication
     */
    public Indication indication() {
        if (isValid()) {
            return Indication.VALID;
        }
        boolean broken = !intact || problems.stream().anyMatch(p -> p.kind() == SealProblem.Kind.INTEGRITY
                || p.kind() == SealProblem.Kind.STRUCTURE);
        return broken ? Indication.INVALID : Indication.INDETERMINATE;
    }

    /**
     * Every finding as a {@link Check}, the shape every verification report of this library shares:
     * the {@linkplain #problems() problems} with severity {@link Check.Severity#FAIL}, then the
     * {@linkplain #warnings() warnings} with {@link Check.Severity#WARN}; the code is the
     * {@link SealProblem.Code} name. Problems the policy ignores are not listed.
     *
     * @return the checks
     */
    public List<Check> checks() {
        List<Check> checks = new ArrayList<>();
        problems.forEach(p -> checks.add(new Check(p.code().name(), Check.Severity.FAIL, p.location(), p.message())));
        warnings.forEach(p -> checks.add(new Check(p.code().name(), Check.Severity.WARN, p.location(), p.message())));
        return List.copyOf(checks);
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
     * The sealed JSON document (JAdES payload, exactly as signed), only when the seal is
     * {@linkplain #indication() valid}: an intact seal whose certificate is not trusted, or that a
     * policy rule fails, hands out nothing.
     *
     * @return the payload text; empty for XAdES and for seals that are not valid
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
                .add("valid", isValid()).add("indication", indication().name()).add("accepted", accepted())
                .add("format", format.label()).add("intact", intact)
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
