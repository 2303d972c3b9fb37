package io.github.microcredentials.edc.internal.write;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.microcredentials.core.model.LearningActivity;
import io.github.microcredentials.edc.internal.elm.LocalIds;

/**
 * Writes a learning activity as an ELM {@code LearningActivity} the achievement is
 * {@code influencedBy}: title, description, workload; its credits and the outcomes it serves go to
 * the achievement specification its {@code LearningActivitySpecification} {@code influences}, and
 * its workload also to that specification's {@code volumeOfLearning}, where the EU tools state it.
 */
final class ActivityWriter {

    private final Nodes nodes;
    private final SpecWriter specs;
    private final String awardingProcess;

    ActivityWriter(Nodes nodes, SpecWriter specs, String awardingProcess) {
        this.nodes = nodes;
        this.specs = specs;
        this.awardingProcess = awardingProcess;
    }

    ObjectNode activity(LearningActivity activity) {
        ObjectNode node = nodes.node(LocalIds.of("activity", activity.id()), "LearningActivity");
        node.set("title", nodes.text(activity.title()));
        activity.description().ifPresent(d -> node.set("description", nodes.text(d)));
        activity.workload().ifPresent(w -> node.put("workload", w.toString()));
        node.put("awardedBy", awardingProcess);
        var part = specs.part(activity.title(), activity.outcomes(), activity.credits());
        if (part.isPresent() || activity.workload().isPresent()) {
            ObjectNode spec = nodes.node(LocalIds.of("learningActivitySpec", activity.id()), "LearningActivitySpecification");
            spec.set("title", nodes.text(activity.title()));
            // The EU tools state an activity's workload as its specification's volume of learning.
            activity.workload().ifPresent(w -> spec.put("volumeOfLearning", w.toString()));
            part.ifPresent(p -> spec.set("influences", nodes.array().add(p)));
            node.set("specifiedBy", spec);
        }
        return node;
    }
}
