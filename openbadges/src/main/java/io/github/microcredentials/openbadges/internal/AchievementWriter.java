package io.github.microcredentials.openbadges.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.microcredentials.core.model.Grade;
import io.github.microcredentials.core.model.GradingScheme;
import io.github.microcredentials.core.model.Level;
import io.github.microcredentials.core.model.LocalizedString;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.model.Workload;
import io.github.microcredentials.core.vocab.Language;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * The Achievement of a credential: what was achieved, with the Open Badges terms where they exist
 * and the extension terms for the rest of Annex I.
 */
final class AchievementWriter {

    private final MicroCredential mc;
    private final String language;
    private final AlignmentWriter alignments;
    private final PartsWriter parts;

    AchievementWriter(MicroCredential mc, String language) {
        this.mc = mc;
        this.language = language;
        this.alignments = new AlignmentWriter(language);
        this.parts = new PartsWriter(language, mc.isCreditBearing());
    }

    /** The achievement's id: the learning opportunity it was awarded for, else one derived from the credential. */
    static URI id(MicroCredential mc) {
        return mc.specification().orElseGet(() -> Derived.achievementId(mc.id()));
    }

    ObjectNode write(LocalizedString title, Optional<ObjectNode> image) {
        ObjectNode node = Nodes.object();
        node.put("id", id(mc).toString());
        node.set("type", Nodes.array("Achievement"));
        Kinds.write(node, mc.kind());
        Texts.write(node, "name", Terms.NAME_MAP, title, language, false);
        description(node, title);
        node.putObject("criteria").put("narrative",
                Derived.criteria(mc.learningOutcomes(), Derived.display(title, language), language));
        image.ifPresent(i -> node.set("image", i));
        languages(node);
        workload(node);
        mc.fieldOfStudy().ifPresent(field -> node.put("fieldOfStudy", field.code()));
        alignments(node);
        level(node);
        grade(node);
        parts.describe(node, mc);
        return node;
    }

    /** The description; without one in the model, the title stands in (Open Badges requires one). */
    private void description(ObjectNode node, LocalizedString title) {
        String fallback = Derived.fallbackDescription(Derived.display(title, language));
        if (mc.description().isEmpty()) {
            node.put("description", fallback);
            return;
        }
        LocalizedString description = mc.description().get();
        Texts.write(node, "description", Terms.DESCRIPTION_MAP, description, language,
                Derived.display(description, language).equals(fallback));
    }

    private void languages(ObjectNode node) {
        List<Language> languages = mc.languages();
        int first = 0;
        if (!languages.isEmpty() && Derived.IN_LANGUAGE.matcher(languages.get(0).tag()).matches()) {
            node.put("inLanguage", languages.get(0).tag());
            first = 1;
        }
        Nodes.putArray(node, Terms.ADDITIONAL_LANGUAGE, languages.subList(first, languages.size()), Language::tag);
    }

    /** Credits only on credit-bearing credentials: a badge shows no ECTS (rule HE-BADGE). */
    private void workload(ObjectNode node) {
        if (mc.workload().isEmpty()) {
            return;
        }
        Workload workload = mc.workload().get();
        if (mc.isCreditBearing()) {
            workload.credits().ifPresent(credits -> {
                Nodes.putEcts(node, "creditsAvailable", credits);
                node.put(Terms.CREDIT_UNIT, Terms.ECTS);
            });
            workload.split().ifPresent(split -> {
                Nodes.putEcts(node, Terms.LEARNING_ACTIVITY_CREDITS, split.learningActivities());
                Nodes.putEcts(node, Terms.ASSESSMENT_CREDITS, split.assessment());
            });
        }
        workload.hours().ifPresent(hours -> node.put(Terms.NOTIONAL_WORKLOAD, hours.toString()));
    }

    private void alignments(ObjectNode node) {
        if (mc.skills().isEmpty() && mc.level().flatMap(Level::eqf).isEmpty()) {
            return;
        }
        ArrayNode array = node.putArray("alignment");
        mc.skills().forEach(skill -> array.add(alignments.skill(skill)));
        mc.level().flatMap(Level::eqf).ifPresent(eqf -> array.add(alignments.eqf(eqf)));
    }

    private void level(ObjectNode node) {
        mc.level().flatMap(Level::cycle).ifPresent(cycle -> node.put(Terms.QF_EHEA_CYCLE, Nodes.term(cycle)));
        mc.level().flatMap(Level::nqf).ifPresent(nqf -> {
            ObjectNode concept = node.putObject(Terms.NQF_LEVEL);
            concept.put("id", nqf.uri().toString());
            nqf.scheme().ifPresent(scheme -> concept.put(Terms.CONCEPT_SCHEME, scheme.toString()));
            Nodes.putMap(concept, Terms.NAME_MAP, nqf.label());
            Nodes.putText(concept, Terms.NOTATION, nqf.notation());
        });
    }

    /** The overall grade's scheme as a ResultDescription; the grade itself is the subject's Result. */
    private void grade(ObjectNode node) {
        Optional<GradingScheme> scheme = mc.grade().flatMap(Grade::scheme);
        if (scheme.isEmpty()) {
            return;
        }
        ObjectNode description = Nodes.object();
        description.put("id", Derived.gradeDescriptionId(id(mc)).toString());
        description.set("type", Nodes.array("ResultDescription"));
        Texts.write(description, "name", Terms.NAME_MAP, scheme.get().title(), language, false);
        scheme.get().description().ifPresent(text ->
                Texts.write(description, "description", Terms.DESCRIPTION_MAP, text, language, false));
        Nodes.putArray(description, "allowedValue", scheme.get().allowedValues(), v -> v);
        description.put("resultType", "Result");
        node.putArray("resultDescription").add(description);
    }
}
