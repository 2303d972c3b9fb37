package io.github.microcredentials.openbadges.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.microcredentials.core.validation.Finding;
import io.github.microcredentials.core.validation.ReaderFindings;
import io.github.microcredentials.core.validation.Report;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * What the reader has carried into the model, by JSON Pointer, and its findings. Whatever is
 * neither carried nor already reported ends as an {@link Rules#UNMAPPED} finding: nothing in the
 * input is dropped silently.
 */
final class Tracker {

    private static final int MAX_FINDINGS = 1000;

    private final NavigableSet<String> consumed = new TreeSet<>();
    private final Report.Builder findings = Report.builder(MAX_FINDINGS);
    private final ReaderFindings rules;

    Tracker(ReaderFindings rules) {
        this.rules = rules;
    }

    /** Marks a member (and everything below it) as carried or reported. */
    void consume(String pointer) {
        consumed.add(pointer);
    }

    boolean isConsumed(String pointer) {
        return consumed.contains(pointer);
    }

    /** Whether something strictly below the pointer was carried or reported. */
    boolean hasConsumedBelow(String pointer) {
        String below = consumed.ceiling(pointer + "/");
        return below != null && below.startsWith(pointer + "/");
    }

    /**
     * Reports a finding at a pointer, with the rule's default severity unless the policy sets it,
     * and marks the member as dealt with (also when the policy switches the rule off: then the
     * member is dropped by the caller's choice, not reported again as unmapped).
     */
    void report(String rule, @Nullable String variant, String pointer, Optional<String> value, Object... args) {
        rules.create(rule, variant, ObRules.defaultSeverity(rule), pointer, value.map(Tracker::shorten).orElse(null),
                args).ifPresent(findings::add);
        consume(pointer);
    }

    /**
     * Reports a finding without marking anything as carried, with the rule's default severity
     * unless the policy sets it.
     */
    void note(String rule, @Nullable String variant, String pointer, Optional<String> value, Object... args) {
        rules.create(rule, variant, ObRules.defaultSeverity(rule), pointer, value.map(Tracker::shorten).orElse(null),
                args).ifPresent(findings::add);
    }

    /** Adds a finding another reader made under the same policy, such as an embedded endorsement's. */
    void note(Finding finding) {
        findings.add(finding);
    }

    /** The policy and language of this read's findings. */
    ReaderFindings rules() {
        return rules;
    }

    /**
     * Consumes every member of the input equal to the member at the same place in what the writer
     * makes of the model read: such a member is derived from data the model carries.
     */
    void absorb(JsonNode input, JsonNode derived, String pointer) {
        if (derived == null || derived.isMissingNode() || isConsumed(pointer)) {
            return;
        }
        if (!hasConsumedBelow(pointer) && input.equals(derived)) {
            consume(pointer);
        } else if (input.isObject() && derived.isObject()) {
            for (Map.Entry<String, JsonNode> member : input.properties()) {
                absorb(member.getValue(), derived.path(member.getKey()), In.child(pointer, member.getKey()));
            }
        } else if (input.isArray() && derived.isArray()) {
            for (int i = 0; i < Math.min(input.size(), derived.size()); i++) {
                absorb(input.get(i), derived.get(i), pointer + "/" + i);
            }
        }
    }

    /** Reports every member neither carried nor reported, at the highest such pointer. */
    void reportRest(JsonNode input, String pointer) {
        if (isConsumed(pointer)) {
            return;
        }
        if (!hasConsumedBelow(pointer) || !input.isContainerNode()) {
            report(Rules.UNMAPPED, null, pointer, Optional.of(input.isValueNode() ? input.asText() : input.toString()));
            return;
        }
        if (input.isObject()) {
            for (Map.Entry<String, JsonNode> member : input.properties()) {
                reportRest(member.getValue(), In.child(pointer, member.getKey()));
            }
        } else {
            for (int i = 0; i < input.size(); i++) {
                reportRest(input.get(i), pointer + "/" + i);
            }
        }
    }

    Report findings() {
        return findings.build();
    }

    private static String shorten(String value) {
        return value.length() <= 200 ? value : value.substring(0, 200) + "…";
    }
}
