package io.github.microcredentials.seals.internal.seal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One constraint of seal validation, as the EU DSS validation has one check per constraint: it
 * knows the rule it decides, and reports a finding when its subject breaks it. It never decides
 * how severe that is: the caller's policy does.
 *
 * @param <T> what the check looks at
 */
public interface SealCheck<T> {

    /**
     * The rule this check decides; stable, the code of its findings.
     *
     * @return the rule
     */
    Rule rule();

    /**
     * Checks the subject.
     *
     * @param subject what to check
     * @return a finding of {@link #rule()} when the subject breaks it, else empty
     */
    Optional<Finding> check(T subject);

    /**
     * Runs checks in order.
     *
     * @param <T> the subject's type
     * @param checks the checks
     * @param subject what to check
     * @return the findings, in the order of the checks
     */
    static <T> List<Finding> all(List<? extends SealCheck<? super T>> checks, T subject) {
        List<Finding> findings = new ArrayList<>();
        for (SealCheck<? super T> check : checks) {
            Optional<Finding> finding = check.check(subject);
            if (finding.isPresent()) {
                if (finding.get().rule() != check.rule()) {
                    throw new IllegalStateException(check + " reported " + finding.get().rule() + ", not its rule " + check.rule());
                }
                findings.add(finding.get());
            }
        }
        return findings;
    }
}
