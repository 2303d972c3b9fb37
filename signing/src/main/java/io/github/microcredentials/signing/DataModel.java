package io.github.microcredentials.signing;

import io.github.microcredentials.core.validation.Finding;
import io.github.microcredentials.core.validation.ReaderFindings;
import io.github.microcredentials.core.validation.Severity;
import io.github.microcredentials.signing.internal.di.ValidityDates;
import io.github.microcredentials.signing.internal.vcdm.DataModelCheck;
import io.github.microcredentials.signing.internal.vcdm.VcdmRules;
import jakarta.json.JsonObject;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** How signers and verifiers apply the VC Data Model rules: signers refuse, verifiers report. */
final class DataModel {

    private DataModel() {
    }

    /** An unmodifiable deep copy of the caller's related resources, so later changes to theirs do not reach a built instance. */
    static Map<URI, byte[]> copy(Map<URI, byte[]> resources) {
        Map<URI, byte[]> copy = new HashMap<>();
        resources.forEach((uri, bytes) -> copy.put(Objects.requireNonNull(uri, "resource id"),
                Objects.requireNonNull(bytes, "resource content").clone()));
        return Map.copyOf(copy);
    }

    static DataModelCheck check(Map<URI, byte[]> resources) {
        return new DataModelCheck(ReaderFindings.defaults(), resources);
    }

    /** Throws when the credential breaks a rule. */
    static void refuse(JsonObject credential, DataModelCheck check) throws DataModelException {
        List<Finding> violations = new ArrayList<>();
        for (Finding finding : check.check(credential)) {
            if (finding.severity() == Severity.ERROR) {
                violations.add(finding);
            }
        }
        if (!violations.isEmpty()) {
            throw new DataModelException(violations);
        }
    }

    /**
     * Adds a failure per violation. Where the verifier already reports the same problem under its own
     * code (no issuer id, a malformed date), that failure gets the rule id instead of a second failure.
     *
     * @param dates the credential's validity dates as the verifier's own checks read them, not read again
     * @param prefix what the verifier puts before a JSON Pointer of the credential ({@code ""}, {@code "payload"})
     */
    static void report(JsonObject credential, ValidityDates dates, DataModelCheck check, String prefix, List<Failure> failures) {
        for (Finding finding : check.check(credential, dates)) {
            int same = sameProblem(finding, failures);
            if (same >= 0) {
                failures.set(same, failures.get(same).withRuleId(finding.ruleId()));
            } else {
                failures.add(failure(finding, prefix));
            }
        }
    }

    /**
     * Adds a failure per violation of the rules for presentations ({@code VCDM-VP-*}), as
     * {@link FailureCode#DATA_MODEL_VIOLATION} like a credential's: the presentation was read, and
     * breaks a MUST of the data model.
     */
    static void reportPresentation(JsonObject presentation, DataModelCheck check, List<Failure> failures) {
        for (Finding finding : check.checkPresentation(presentation)) {
            failures.add(failure(finding, ""));
        }
    }

    private static Failure failure(Finding finding, String prefix) {
        return new Failure(FailureCode.DATA_MODEL_VIOLATION, prefix + finding.pointer(),
                finding.message() + finding.value().map(v -> " [" + v + "]").orElse(""), Optional.of(finding.ruleId()));
    }

    private static int sameProblem(Finding finding, List<Failure> failures) {
        for (int i = 0; i < failures.size(); i++) {
            Failure f = failures.get(i);
            if (f.ruleId().isPresent()) {
                continue;
            }
            boolean same = switch (finding.ruleId()) {
                case VcdmRules.ISSUER -> f.code() == FailureCode.ISSUER_MISSING;
                case VcdmRules.VALID_FROM -> f.code() == FailureCode.MALFORMED_DATE && f.location().endsWith("/validFrom");
                case VcdmRules.VALID_UNTIL -> f.code() == FailureCode.MALFORMED_DATE && f.location().endsWith("/validUntil");
                default -> false;
            };
            if (same) {
                return i;
            }
        }
        return -1;
    }
}
