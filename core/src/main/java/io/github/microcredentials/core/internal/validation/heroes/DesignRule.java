package io.github.microcredentials.core.internal.validation.heroes;

import io.github.microcredentials.core.internal.validation.Check;
import io.github.microcredentials.core.internal.validation.Sink;
import io.github.microcredentials.core.internal.validation.Sources;
import io.github.microcredentials.core.internal.validation.Target;
import io.github.microcredentials.core.model.CourseDesign;
import io.github.microcredentials.core.model.DesignItem;

/**
 * HE-DESIGN: a course design addresses every item the HEROES template marks Mandatory (sections 3
 * to 6). An unaddressed "Consider" item is reported as advice: information whatever the rule's
 * severity, because the template leaves it to the designer.
 */
public final class DesignRule extends Check {

    private static final DesignItem[] ITEMS = DesignItem.values();

    /** Creates the rule. */
    public DesignRule() {
        super("HE-DESIGN", "Mandatory design-template items are addressed; Consider items are optional",
                Sources.HEROES + " §2.1, §§3–6", Target.DESIGN);
    }

    @Override
    public void design(CourseDesign design, Sink sink) {
        for (DesignItem item : ITEMS) {
            if (design.addresses(item)) {
                continue;
            }
            if (item.isMandatory()) {
                sink.report("/items/" + item.section(), null, item.section(), item.title());
            } else {
                sink.advise("consider", "/items/" + item.section(), null, item.section(), item.title());
            }
        }
    }
}
