package io.github.microcredentials.core.internal.validation;

import io.github.microcredentials.core.model.CourseDesign;
import io.github.microcredentials.core.model.LearningOpportunity;
import io.github.microcredentials.core.model.LearningPathway;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.model.MicroCredentialPathway;

/**
 * The implementation of one rule: a stateless unit that inspects a document and reports what it
 * finds to a {@link Sink}, which adds the severity, the message and the source. A subclass
 * overrides the methods of the documents it names as targets; the others do nothing.
 *
 * <p>Rules do not decide severity and do not stop at the first finding. A rule whose subject is
 * absent stays silent unless absence is what it checks, so that one gap yields one finding.
 */
public abstract class Check {

    private final String id;
    private final String title;
    private final String source;
    /** One bit per {@link Target} ordinal; not an EnumSet, whose first use costs a reflective lookup. */
    private final int targets;

    /**
     * Creates a rule.
     *
     * @param id the stable rule id
     * @param title what it checks, in English
     * @param source the document and section it implements
     * @param first a document it checks
     * @param more other documents it checks
     */
    protected Check(String id, String title, String source, Target first, Target... more) {
        if (id.isBlank() || title.isBlank() || source.isBlank()) {
            throw new IllegalArgumentException("a rule needs an id, a title and a source");
        }
        this.id = id;
        this.title = title;
        this.source = source;
        int bits = 1 << first.ordinal();
        for (Target target : more) {
            bits |= 1 << target.ordinal();
        }
        this.targets = bits;
    }

    /**
     * The stable rule id.
     *
     * @return the id, for example {@code "CR-M6"}
     */
    public final String id() {
        return id;
    }

    /**
     * What the rule checks.
     *
     * @return the title, in English
     */
    public final String title() {
        return title;
    }

    /**
     * The document and section the rule implements.
     *
     * @return the source
     */
    public final String source() {
        return source;
    }

    /**
     * Whether the rule checks documents of a kind.
     *
     * @param target the kind of document
     * @return {@code true} when the rule overrides that kind's method
     */
    public final boolean appliesTo(Target target) {
        return (targets & (1 << target.ordinal())) != 0;
    }

    /**
     * Checks an issued credential.
     *
     * @param credential the credential
     * @param sink where findings go
     */
    public void credential(MicroCredential credential, Sink sink) {
    }

    /**
     * Checks a learning opportunity.
     *
     * @param opportunity the opportunity
     * @param sink where findings go
     */
    public void opportunity(LearningOpportunity opportunity, Sink sink) {
    }

    /**
     * Checks a course design (its opportunity is checked separately).
     *
     * @param design the design
     * @param sink where findings go
     */
    public void design(CourseDesign design, Sink sink) {
    }

    /**
     * Checks a learning pathway (its courses are checked separately).
     *
     * @param pathway the pathway
     * @param sink where findings go
     */
    public void learningPathway(LearningPathway pathway, Sink sink) {
    }

    /**
     * Checks a micro-credential pathway (its micro-credentials are checked separately).
     *
     * @param pathway the pathway
     * @param sink where findings go
     */
    public void pathway(MicroCredentialPathway pathway, Sink sink) {
    }
}
