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
 *
 * @param id a URI that identifies the learner (for example a DID or a {@code urn:}), if any
 * @param givenName given name(s), if known
 * @param familyName family name(s), if known
 * @param fullName the full name as it should appear on the credential, if known
 * @param dateOfBirth date of birth, if given
 * @param email e-mail address, if given
 * @param nationalId national identification number, if given
 * @param identifiers other identifiers, such as student numbers
 * @param citizenship countries of citizenship
 */
public record Learner(
        Optional<URI> id,
        Optional<String> givenName,
        Optional<String> familyName,
        Optional<String> fullName,
        Optional<LocalDate> dateOfBirth,
        Optional<String> email,
        Optional<LegalIdentifier> nationalId,
        List<Identifier> identifiers,
        List<Country> citizenship) {

    /** Checks that every component is present and copies the lists. */
    public Learner {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(givenName, "givenName");
        Objects.requireNonNull(familyName, "familyName");
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(nationalId, "nationalId");
        identifiers = List.copyOf(identifiers);
        citizenship = List.copyOf(citizenship);
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
            return new Learner(Optional.ofNullable(id), nonBlank(givenName, "givenName"),
                    nonBlank(familyName, "familyName"), nonBlank(fullName, "fullName"),
                    Optional.ofNullable(dateOfBirth), nonBlank(email, "email"), Optional.ofNullable(nationalId),
                    identifiers, citizenship);
        }

        private static Optional<String> nonBlank(@Nullable String value, String name) {
            if (value != null && value.isBlank()) {
                throw new IllegalArgumentException(name + " must not be blank");
            }
            return Optional.ofNullable(value);
        }
    }
}
