package io.github.microcredentials.core.model;

import io.github.microcredentials.core.vocab.Country;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The learner a credential is issued to (Annex I, element 1: identification of the learner).
 *
 * <p>The data come from the learner profile of the issuing system (DigiProf §5.3, rule
 * DP-LEARNER). {@link #toString()} does not reveal personal data, so a learner can be logged.
 */
public final class Learner {

    private final Optional<URI> id;
    private final Optional<String> givenName;
    private final Optional<String> familyName;
    private final Optional<String> fullName;
    private final Optional<LocalDate> dateOfBirth;
    private final Optional<String> email;
    private final Optional<LegalIdentifier> nationalId;
    private final List<Identifier> identifiers;
    private final List<Country> citizenship;

    /**
     * Takes the builder's values, copies the lists and checks what links them.
     */
    private Learner(Builder b) {
        this.id = Optional.ofNullable(b.id);
        this.givenName = Builder.nonBlank(b.givenName, "givenName");
        this.familyName = Builder.nonBlank(b.familyName, "familyName");
        this.fullName = Builder.nonBlank(b.fullName, "fullName");
        this.dateOfBirth = Optional.ofNullable(b.dateOfBirth);
        this.email = Builder.nonBlank(b.email, "email");
        this.nationalId = Optional.ofNullable(b.nationalId);
        this.identifiers = List.copyOf(b.identifiers);
        this.citizenship = List.copyOf(b.citizenship);
    }

    /**
     * Starts a learner.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder initialised with this learner's data.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder().id(id.orElse(null)).givenName(givenName.orElse(null))
                .familyName(familyName.orElse(null)).fullName(fullName.orElse(null))
                .dateOfBirth(dateOfBirth.orElse(null)).email(email.orElse(null)).nationalId(nationalId.orElse(null));
        identifiers.forEach(b::addIdentifier);
        citizenship.forEach(b::addCitizenship);
        return b;
    }

    /**
     * The name to show: the full name, else given and family names joined.
     *
     * @return the display name, or empty when no name is known
     */
    public Optional<String> displayName() {
        if (fullName.isPresent()) {
            return fullName;
        }
        String joined = (givenName.orElse("") + " " + familyName.orElse("")).strip();
        return joined.isEmpty() ? Optional.empty() : Optional.of(joined);
    }

    /** Returns a description without personal data. */
    @Override
    public String toString() {
        return "Learner[" + (id.isPresent() ? "id=…" : "no id") + ", "
                + (displayName().isPresent() ? "named" : "unnamed") + "]";
    }

    /** A URI that identifies the learner (for example a DID or a {@code urn:}), if any. */
    public Optional<URI> id() {
        return id;
    }

    /** Given name(s), if known. */
    public Optional<String> givenName() {
        return givenName;
    }

    /** Family name(s), if known. */
    public Optional<String> familyName() {
        return familyName;
    }

    /** The full name as it should appear on the credential, if known. */
    public Optional<String> fullName() {
        return fullName;
    }

    /** Date of birth, if given. */
    public Optional<LocalDate> dateOfBirth() {
        return dateOfBirth;
    }

    /** E-mail address, if given. */
    public Optional<String> email() {
        return email;
    }

    /** National identification number, if given. */
    public Optional<LegalIdentifier> nationalId() {
        return nationalId;
    }

    /** Other identifiers, such as student numbers. */
    public List<Identifier> identifiers() {
        return identifiers;
    }

    /** Countries of citizenship. */
    public List<Country> citizenship() {
        return citizenship;
    }

    /** Equal when every element is equal. */
    @Override
    public boolean equals(@Nullable Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Learner that)) {
            return false;
        }
        return id.equals(that.id)
                && givenName.equals(that.givenName)
                && familyName.equals(that.familyName)
                && fullName.equals(that.fullName)
                && dateOfBirth.equals(that.dateOfBirth)
                && email.equals(that.email)
                && nationalId.equals(that.nationalId)
                && identifiers.equals(that.identifiers)
                && citizenship.equals(that.citizenship);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, givenName, familyName, fullName, dateOfBirth, email, nationalId, identifiers,
                citizenship);
    }

    /** Builds a {@link Learner}; setters accept {@code null} to clear an optional value. */
    public static final class Builder {
        private @Nullable URI id;
        private @Nullable String givenName;
        private @Nullable String familyName;
        private @Nullable String fullName;
        private @Nullable LocalDate dateOfBirth;
        private @Nullable String email;
        private @Nullable LegalIdentifier nationalId;
        private final List<Identifier> identifiers = new ArrayList<>();
        private final List<Country> citizenship = new ArrayList<>();

        private Builder() {
        }

        /**
         * Sets the learner's URI.
         *
         * @param value the URI
         * @return this builder
         */
        public Builder id(@Nullable URI value) {
            id = value;
            return this;
        }

        /**
         * Sets the given name(s).
         *
         * @param value the given names
         * @return this builder
         */
        public Builder givenName(@Nullable String value) {
            givenName = value;
            return this;
        }

        /**
         * Sets the family name(s).
         *
         * @param value the family names
         * @return this builder
         */
        public Builder familyName(@Nullable String value) {
            familyName = value;
            return this;
        }

        /**
         * Sets the full name.
         *
         * @param value the full name
         * @return this builder
         */
        public Builder fullName(@Nullable String value) {
            fullName = value;
            return this;
        }

        /**
         * Sets the date of birth.
         *
         * @param value the date
         * @return this builder
         */
        public Builder dateOfBirth(@Nullable LocalDate value) {
            dateOfBirth = value;
            return this;
        }

        /**
         * Sets the e-mail address.
         *
         * @param value the address
         * @return this builder
         */
        public Builder email(@Nullable String value) {
            email = value;
            return this;
        }

        /**
         * Sets the national identification number.
         *
         * @param value the identifier
         * @return this builder
         */
        public Builder nationalId(@Nullable LegalIdentifier value) {
            nationalId = value;
            return this;
        }

        /**
         * Adds an identifier.
         *
         * @param value the identifier
         * @return this builder
         */
        public Builder addIdentifier(Identifier value) {
            identifiers.add(Objects.requireNonNull(value, "identifier"));
            return this;
        }

        /**
         * Adds a country of citizenship.
         *
         * @param value the country
         * @return this builder
         */
        public Builder addCitizenship(Country value) {
            citizenship.add(Objects.requireNonNull(value, "citizenship"));
            return this;
        }

        /**
         * Builds the learner.
         *
         * @return the learner
         * @throws IllegalArgumentException if a given name is blank
         */
        public Learner build() {
            return new Learner(this);
        }

        private static Optional<String> nonBlank(@Nullable String value, String name) {
            if (value != null && value.isBlank()) {
                throw new IllegalArgumentException(name + " must not be blank");
            }
            return Optional.ofNullable(value);
        }
    }
}
