package io.github.microcredentials.core.internal.validation;

import io.github.microcredentials.core.model.CourseDesign;
import io.github.microcredentials.core.model.LearningOpportunity;
import io.github.microcredentials.core.model.LearningPathway;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.model.MicroCredentialPathway;
import io.github.microcredentials.core.validation.InstitutionPolicy;
import io.github.microcredentials.core.validation.Report;
import io.github.microcredentials.core.validation.Rule;
import io.github.microcredentials.core.validation.Severity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The prepared rules of one validator: for every kind of document, the rules that check it, in
 * rule order, each with its severity and source already resolved, so that a validation does no
 * lookups. Immutable and thread-safe; each validation gets its own {@link Sink}.
 */
public final class Engine {

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

    private final Active[][] byTarget;
    private final Context context;
    private final int maxFindings;
    private final Map<Rule, Severity> severities;

    /**
     * Prepares the rules.
     *
     * @param active the rules to run, by id, with their severities
     * @param institution the institution whose limits apply, if any
     * @param maxFindings the cap on findings per report
     * @throws IllegalArgumentException if an id names no rule
     */
    public Engine(Map<String, Severity> active, Optional<InstitutionPolicy> institution, int maxFindings) {
        this.context = new Context(institution);
        this.maxFindings = maxFindings;
        Map<Rule, Severity> resolved = new LinkedHashMap<>();
        List<List<Active>> lists = new ArrayList<>();
        for (int i = 0; i < Target.values().length; i++) {
            lists.add(new ArrayList<>());
        }
        for (Check check : Checks.all()) {
            Severity severity = active.get(check.rule().id());
            if (severity == null) {
                continue;
            }
            resolved.put(check.rule(), severity);
            Active entry = new Active(check, severity, Optional.of(sourceOf(check, institution)));
            for (Target target : Target.values()) {
                if (check.appliesTo(target)) {
                    lists.get(target.ordinal()).add(entry);
                }
            }
        }
        active.keySet().forEach(id -> Checks.byId(id).orElseThrow(() -> new IllegalArgumentException("no rule " + id)));
        this.byTarget = lists.stream().map(l -> l.toArray(NONE)).toArray(Active[][]::new);
        this.severities = Collections.unmodifiableMap(resolved);
        if (resolved.keySet().stream().anyMatch(r -> r.id().equals("HE-LO-VERB"))) {
            VerbLexicon.get(); // loaded now, so that the first validation is as fast as the others
        }
    }

    private static String sourceOf(Check check, Optional<InstitutionPolicy> institution) {
        if (check.rule().id().equals("ECTS-INST") && institution.isPresent()) {
            return institution.get().source();
        }
        return check.rule().source();
    }

    /**
     * The rules that run and their severities.
     *
     * @return an unmodifiable map in rule order
     */
    public Map<Rule, Severity> severities() {
        return severities;
    }

    /**
     * The cap on findings per report.
     *
     * @return the cap
     */
    public int maxFindings() {
        return maxFindings;
    }

    /**
     * Validates a credential.
     *
     * @param credential the credential
     * @param messages the messages to render findings with
     * @return the report
     */
    public Report validate(MicroCredential credential, Messages messages) {
        Sink sink = new Sink(maxFindings, messages, context);
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
    public Report validate(LearningOpportunity opportunity, Messages messages) {
        Sink sink = new Sink(maxFindings, messages, context);
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
    public Report validate(CourseDesign design, Messages messages) {
        Sink sink = new Sink(maxFindings, messages, context);
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
    public Report validate(LearningPathway pathway, Messages messages) {
        Sink sink = new Sink(maxFindings, messages, context);
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
    public Report validate(MicroCredentialPathway pathway, Messages messages) {
        Sink sink = new Sink(maxFindings, messages, context);
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

    private void opportunity(LearningOpportunity opportunity, Sink sink) {
        for (Active rule : byTarget[Target.OPPORTUNITY.ordinal()]) {
            sink.begin(rule);
            rule.check().opportunity(opportunity, sink);
        }
    }
}
