package io.github.microcredentials.core.validation;

import io.github.microcredentials.core.ects.EctsCredits;
import io.github.microcredentials.core.ects.HoursPerCredit;
import io.github.microcredentials.core.internal.validation.InstitutionLimits;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The micro-credential limits of one institution: the smallest and largest ECTS value it awards
 * as a micro-credential (rule {@code ECTS-INST}) and the hours of learner workload it counts per
 * credit (rule {@code ECTS-HOURS}).
 *
 * <p>The HEROES partners' limits (HEROES D6.1 §1.1, Table 1) are bundled as data, see
 * {@link Profiles#institution(String)}; other institutions build their own:
 *
 * <pre>{@code
 * InstitutionPolicy mine = InstitutionPolicy.builder("Example University")
 *         .minimumCredits(EctsCredits.of(2)).maximumCredits(EctsCredits.of(15))
 *         .hoursPerCredit(HoursPerCredit.of(27))
 *         .source("Senate decision 2026/4")
 *         .build();
 * }</pre>
 *
 * @param name the institution's name, as findings show it
 * @param minimumCredits the smallest micro-credential it awards, if it sets one
 * @param maximumCredits the largest micro-credential it awards, if it sets one
 * @param fewestHoursPerCredit the fewest hours of workload it counts per ECTS credit (25 unless set)
 * @param mostHoursPerCredit the most hours of workload it counts per ECTS credit (30 unless set)
 * @param source where the limits come from, cited by findings
 * @see <a href="https://education.ec.europa.eu/education-levels/higher-education/inclusive-and-connected-higher-education/european-credit-transfer-and-accumulation-system">ECTS</a>
 */
public record InstitutionPolicy(
        String name,
        Optional<EctsCredits> minimumCredits,
        Optional<EctsCredits> maximumCredits,
        HoursPerCredit fewestHoursPerCredit,
        HoursPerCredit mostHoursPerCredit,
        String source) {

    /**
     * Checks the components.
     *
     * @throws IllegalArgumentException if the name or source is blank, or a minimum exceeds its maximum
     */
    public InstitutionPolicy {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(minimumCredits, "minimumCredits");
        Objects.requireNonNull(maximumCredits, "maximumCredits");
        Objects.requireNonNull(fewestHoursPerCredit, "fewestHoursPerCredit");
        Objects.requireNonNull(mostHoursPerCredit, "mostHoursPerCredit");
        Objects.requireNonNull(source, "source");
        if (name.isBlank() || source.isBlank()) {
            throw new IllegalArgumentException("an institution policy needs a name and a source");
        }
        if (minimumCredits.isPresent() && maximumCredits.isPresent()
                && minimumCredits.get().compareTo(maximumCredits.get()) > 0) {
            throw new IllegalArgumentException("minimum " + minimumCredits.get() + " ECTS exceeds maximum "
                    + maximumCredits.get() + " ECTS for " + name);
        }
        if (fewestHoursPerCredit.hours() > mostHoursPerCredit.hours()) {
            throw new IllegalArgumentException("fewest hours per credit exceed the most for " + name);
        }
    }

    /**
     * Starts a policy for an institution.
     *
     * @param name the institution's name
     * @return a builder with no credit limits and 25 to 30 hours per credit
     */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /**
     * Whether the institution awards a micro-credential of this size.
     *
     * @param credits the micro-credential's ECTS credits
     * @return {@code true} when the credits are within the minimum and maximum the institution sets
     */
    public boolean admits(EctsCredits credits) {
        return limits().admits(credits);
    }

    /**
     * The credit range in words that need no translation: {@code "1.5–5.0"}, {@code "≥ 1.0"},
     * {@code "≤ 30.0"} or {@code "any"}.
     *
     * @return the range
     */
    public String creditRange() {
        return limits().creditRange();
    }

    /** The limits as the rules see them. */
    InstitutionLimits limits() {
        return new InstitutionLimits(name, minimumCredits, maximumCredits, fewestHoursPerCredit, mostHoursPerCredit);
    }

    /** Builds an {@link InstitutionPolicy}. */
    public static final class Builder {
        private final String name;
        private @Nullable EctsCredits minimum;
        private @Nullable EctsCredits maximum;
        private HoursPerCredit fewest = HoursPerCredit.MINIMUM;
        private HoursPerCredit most = HoursPerCredit.MAXIMUM;
        private @Nullable String source;

        private Builder(String name) {
            this.name = Objects.requireNonNull(name, "name");
        }

        /**
         * Sets the smallest micro-credential the institution awards; {@code null} clears it.
         *
         * @param value the minimum
         * @return this builder
         */
        public Builder minimumCredits(@Nullable EctsCredits value) {
            minimum = value;
            return this;
        }

        /**
         * Sets the largest micro-credential the institution awards; {@code null} clears it.
         *
         * @param value the maximum
         * @return this builder
         */
        public Builder maximumCredits(@Nullable EctsCredits value) {
            maximum = value;
            return this;
        }

        /**
         * Sets one fixed number of hours per credit.
         *
         * @param value the hours per ECTS credit
         * @return this builder
         */
        public Builder hoursPerCredit(HoursPerCredit value) {
            return hoursPerCredit(value, value);
        }

        /**
         * Sets the range of hours per credit the institution accepts.
         *
         * @param fewestHours the fewest hours per credit
         * @param mostHours the most hours per credit
         * @return this builder
         */
        public Builder hoursPerCredit(HoursPerCredit fewestHours, HoursPerCredit mostHours) {
            fewest = Objects.requireNonNull(fewestHours, "fewestHours");
            most = Objects.requireNonNull(mostHours, "mostHours");
            return this;
        }

        /**
         * Sets where the limits come from; by default "institution policy of NAME".
         *
         * @param value the source, cited by findings
         * @return this builder
         */
        public Builder source(String value) {
            source = Objects.requireNonNull(value, "source");
            return this;
        }

        /**
         * Builds the policy.
         *
         * @return the policy
         * @throws IllegalArgumentException if the name is blank or a minimum exceeds its maximum
         */
        public InstitutionPolicy build() {
            return new InstitutionPolicy(name, Optional.ofNullable(minimum), Optional.ofNullable(maximum), fewest, most,
                    source != null ? source : "institution policy of " + name);
        }
    }
}
