package io.github.microcredentials.openbadges.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.microcredentials.core.model.LocalizedString;
import io.github.microcredentials.core.model.Skill;
import io.github.microcredentials.core.vocab.EqfLevel;

/**
 * Skills and the EQF level as Open Badges Alignments. Open Badges has no ESCO or EQF target type:
 * an ESCO skill is {@code targetUrl} = the ESCO concept URI, {@code targetFramework} "ESCO",
 * {@code targetType} {@code ceasn:Competency}; the EQF level is {@code targetUrl} = the EU EQF
 * concept, {@code targetFramework} "European Qualifications Framework", {@code targetCode} the
 * level.
 */
final class AlignmentWriter {

    static final String ESCO = "ESCO";
    static final String EQF = "European Qualifications Framework";
    static final String COMPETENCY = "ceasn:Competency";

    private final String language;

    AlignmentWriter(String language) {
        this.language = language;
    }

    ObjectNode skill(Skill skill) {
        ObjectNode node = Nodes.typed("Alignment");
        String url = skill.uri().toString();
        if (skill.label().isPresent()) {
            LocalizedString label = skill.label().get();
            // A label whose text is the URI would read back as "no label": keep its map then.
            Texts.write(node, "targetName", Terms.NAME_MAP, label, language,
                    Derived.display(label, language).equals(url));
        } else {
            node.put("targetName", url);
        }
        node.put("targetUrl", url);
        if (skill.isEsco()) {
            node.put("targetFramework", ESCO);
        }
        node.put("targetType", COMPETENCY);
        return node;
    }

    ObjectNode eqf(EqfLevel level) {
        ObjectNode node = Nodes.typed("Alignment");
        node.put("targetName", "EQF " + level.label());
        node.put("targetUrl", Nodes.term(level));
        node.put("targetCode", level.code());
        node.put("targetFramework", EQF);
        return node;
    }
}
