package io.github.microcredentials.test.arbitraries;

import io.github.microcredentials.core.model.CourseDesign;
import io.github.microcredentials.core.model.DesignItem;
import io.github.microcredentials.core.model.LocalizedString;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.jspecify.annotations.Nullable;

/**
 * jqwik arbitraries of HEROES course designs (D6.1 §§3–6) of valid micro-credential
 * specifications: every item of the design template addressed, or one Mandatory item left out
 * (rule {@code HE-DESIGN}).
 */
public final class CourseDesigns {

    private static final List<DesignItem> MANDATORY =
            List.of(DesignItem.values()).stream().filter(DesignItem::isMandatory).toList();

    private CourseDesigns() {
    }

    /**
     * Course designs that address every item, Mandatory and Consider, of a valid opportunity.
     *
     * @return the arbitrary
     */
    public static Arbitrary<CourseDesign> valid() {
        return LearningOpportunities.valid().map(o -> new CourseDesign(o, items(null)));
    }

    /**
     * Course designs that leave one Mandatory item unaddressed.
     *
     * @param ruleId {@code "HE-DESIGN"}
     * @return the arbitrary
     * @throws IllegalArgumentException for any other rule
     */
    public static Arbitrary<CourseDesign> violating(String ruleId) {
        if (!"HE-DESIGN".equals(Objects.requireNonNull(ruleId, "ruleId"))) {
            throw new IllegalArgumentException("course designs are checked against HE-DESIGN only, not " + ruleId);
        }
        return Combinators.combine(LearningOpportunities.valid(), Arbitraries.of(MANDATORY))
                .as((o, missing) -> new CourseDesign(o, items(missing)));
    }

    private static Map<DesignItem, LocalizedString> items(@Nullable DesignItem left) {
        Map<DesignItem, LocalizedString> items = new EnumMap<>(DesignItem.class);
        for (DesignItem item : DesignItem.values()) {
            if (item != left) {
                items.put(item, LocalizedString.en("Addressed in the design template, section " + item.section() + "."));
            }
        }
        return items;
    }
}
