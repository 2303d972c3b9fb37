package io.github.microcredentials.core.model;

import io.github.microcredentials.core.validation.jakarta.Conforms;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * A HEROES course design (D6.1 sections 3 to 6): the learning opportunity being designed and, for
 * each design item of the template, how the designers addressed it. Validation (rule HE-DESIGN)
 * reports Mandatory items left unaddressed.
 *
 * @param opportunity the micro-credential or standalone course being designed
 * @param items how each addressed design item is addressed; items not in the map are not addressed
 */
@Conforms
public record CourseDesign(LearningOpportunity opportunity, Map<DesignItem, LocalizedString> items) implements Document {

    /** Checks the components and copies the map, keeping the template's order. */
    public CourseDesign {
        Objects.requireNonNull(opportunity, "opportunity");
        Objects.requireNonNull(items, "items");
        EnumMap<DesignItem, LocalizedString> copy = new EnumMap<>(DesignItem.class);
        items.forEach((item, text) -> copy.put(Objects.requireNonNull(item, "item"), Objects.requireNonNull(text, "text")));
        items = Collections.unmodifiableMap(copy);
    }

    /**
     * Whether a design item is addressed.
     *
     * @param item the item
     * @return {@code true} when the design says how it is addressed
     */
    public boolean addresses(DesignItem item) {
        return items.containsKey(item);
    }

    /**
     * This design with one more item addressed.
     *
     * @param item the item
     * @param how how it is addressed
     * @return a new course design
     */
    public CourseDesign with(DesignItem item, LocalizedString how) {
        EnumMap<DesignItem, LocalizedString> copy = new EnumMap<>(DesignItem.class);
        copy.putAll(items);
        copy.put(item, how);
        return new CourseDesign(opportunity, copy);
    }
}
