package io.github.microcredentials.core.validation;

import io.github.microcredentials.core.internal.validation.Check;
import io.github.microcredentials.core.internal.validation.Context;
import io.github.microcredentials.core.internal.validation.Messages;
import io.github.microcredentials.core.internal.validation.Target;
import io.github.microcredentials.core.internal.validation.VerbLexicon;

import io.github.microcredentials.core.model.CourseDesign;
import io.github.microcredentials.core.model.LearningOpportunity;
import io.github.microcredentials.core.model.LearningPathway;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.model.MicroCredentialPathway;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The prepared rules of one validator: for every kind of document, the rules that check it, in
 * rule order, each with its severity and source already resolved, so that a validation does no
 * lookups. Immutable and thread-safe; each validation gets its own {@link ReportSink}.
 */
final class Engine {

    /**
     * A rule as it runs in this validator.
     *
     * @param check the rule
     * @param severity the severity of its findings
     * @param source the source its findings cite
     */
    record Active(Check check, Severity severity, Optional<String> source) {
    }

    private static final Active[] NONE = new Active[0];

    private final Active[] rules;
    private final Active[][] byTarget;
    private final Context context;
    private final int maxFindings;

    /**
     * Prepares the rules. Uses no lambdas or streams: their one-off bootstrap would dominate the
     * construction time of the first validator in a JVM.
     *
     * @param active the rules to run, by id, with their severities
     * @param institution the institution whose limits apply, if any
     * @param maxFindings the cap on findings per report
     * @throws IllegalArgumentException if an id names no rule
     */
    Engine(Map<String, Severity> active, Optional<InstitutionPolicy> institution, int maxFindings) {
        this.context = new Context(institution.map(InstitutionPolicy::limits));
        this.maxFindings = maxFindings;
        for (String id : active.keySet()) {
            if (Checks.byId(id).isEmpty()) {
                throw new IllegalArgumentException("no validation rule has the id \"" + id + "\"");
            }
        }
        List<Active> selected = new ArrayList<>();
        boolean verbs = false;
        for (Check check : Checks.all()) {
            Severity severity = active.get(check.id());
            if (severity != null) {
                selected.add(new Active(check, severity, Optional.of(sourceOf(check, institution))));
                verbs |= check.id().equals("HE-LO-VERB");
            }
        }
        this.rules = selected.toArray(NONE);
        Target[] targets = Target.values();
        this.byTarget = new Active[targets.length][];
        for (Target target : targets) {
            byTarget[target.ordinal()] = select(rules, target);
        }
        if (verbs) {
            VerbLexicon.get(); // loaded now, so that the first validation is as fast as the others
        }
    }

    private static Active[] select(Active[] rules, Target target) {
        List<Active> selected = new ArrayList<>();
        for (Active rule : rules) {
            if (rule.check().appliesTo(target)) {
                selected.add(rule);
            }
        }
        return selected.toArray(NONE);
    }

    private static String sourceOf(Check check, Optional<InstitutionPolicy> institution) {
        if (check.id().equals("ECTS-INST") && institution.isPresent()) {
            return institution.get().source();
        }
        return check.source();
    }

    /**
     * The rules that run and their severities.
     *
     * @return an unmodifiable map in rule order
     */
    Map<Rule, Severity> severities() {
        Map<Rule, Severity> map = new LinkedHashMap<>();
        for (Active rule : rules) {
            map.put(Checks.rule(rule.check()), rule.severity());
        }
        return Collections.unmodifiableMap(map);
    }

    /**
     * The cap on findings per report.
     *
     * @return the cap
     */
    int maxFindings() {
        return maxFindings;
    }

    /**
     * Validates a credential.
     *
     * @param credential the credential
     * @param messages the messages to render findings with
     * @return the report
     */
    Report validate(MicroCredential credential, Messages messages) {
        ReportSink sink = new ReportSink(maxFindings, messages, context);
        for (Active rule : byTarget[Target.CREDENTIAL.ordinal()]) {
            sink.begin(rule);
            rule.check().credential(credential, sink);
        }
        return sink.build();
    }

    /**
     * Validates a learning opportunity.
     *
     * @param opportunity the opportunity
     * @param messages the messages to render findings with
     * @return the report
     */
    Report validate(LearningOpportunity opportunity, Messages messages) {
        ReportSink sink = new ReportSink(maxFindings, messages, context);
        opportunity(opportunity, sink);
        return sink.build();
    }

    /**
     * Validates a course design and its opportunity.
     *
     * @param design the design
     * @param messages the messages to render findings with
     * @return the report
     */
    Report validate(CourseDesign design, Messages messages) {
        ReportSink sink = new ReportSink(maxFindings, messages, context);
        for (Active rule : byTarget[Target.DESIGN.ordinal()]) {
            sink.begin(rule);
            rule.check().design(design, sink);
        }
        String saved = sink.enter("/opportunity");
        opportunity(design.opportunity(), sink);
        sink.leave(saved);
        return sink.build();
    }

    /**
     * Validates a learning pathway and its courses.
     *
     * @param pathway the pathway
     * @param messages the messages to render findings with
     * @return the report
     */
    Report validate(LearningPathway pathway, Messages messages) {
        ReportSink sink = new ReportSink(maxFindings, messages, context);
        for (Active rule : byTarget[Target.LEARNING_PATHWAY.ordinal()]) {
            sink.begin(rule);
            rule.check().learningPathway(pathway, sink);
        }
        for (int i = 0; i < pathway.courses().size(); i++) {
            String saved = sink.enter("/courses/" + i);
            opportunity(pathway.courses().get(i), sink);
            sink.leave(saved);
        }
        return sink.build();
    }

    /**
     * Validates a micro-credential pathway and its micro-credentials.
     *
     * @param pathway the pathway
     * @param messages the messages to render findings with
     * @return the report
     */
    Report validate(MicroCredentialPathway pathway, Messages messages) {
        ReportSink sink = new ReportSink(maxFindings, messages, context);
        for (Active rule : byTarget[Target.PATHWAY.ordinal()]) {
            sink.begin(rule);
            rule.check().pathway(pathway, sink);
        }
        for (int i = 0; i < pathway.microCredentials().size(); i++) {
            String saved = sink.enter("/microCredentials/" + i);
            opportunity(pathway.microCredentials().get(i), sink);
            sink.leave(saved);
        }
        return sink.build();
    }

    private void opportunity(LearningOpportunity opportunity, ReportSink sink) {
        for (Active rule : byTarget[Target.OPPORTUNITY.ordinal()]) {
            sink.begin(rule);
            rule.check().opportunity(opportunity, sink);
        }
    }
}
