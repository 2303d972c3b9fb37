package io.github.microcredentials.core.model;

import io.github.microcredentials.core.vocab.Country;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An organisation: an awarding body (Annex I, element 4), the issuer that seals a credential, an
 * assessing or developing institution, or a quality assurance agency.
 */
public final class Organisation {

    private final URI id;
    private final LocalizedString legalName;
    private final Optional<LocalizedString> shortName;
    private final Optional<LegalIdentifier> legalIdentifier;
    private final Optional<LegalIdentifier> eidasIdentifier;
    private final Optional<Country> country;
    private final Optional<Region> region;
    private final Optional<URI> homepage;
    private final Optional<String> email;
    private final Optional<LocalizedString> department;

    /**
     * Takes the builder's values, copies the lists and checks what links them.
     */
    private Organisation(Builder b) {
        this.id = Objects.requireNonNull(b.id, "id");
        this.legalName = Objects.requireNonNull(b.legalName, "legalName");
        this.shortName = Optional.ofNullable(b.shortName);
        this.legalIdentifier = Optional.ofNullable(b.legalIdentifier);
        this.eidasIdentifier = Optional.ofNullable(b.eidasIdentifier);
        this.country = Optional.ofNullable(b.country);
        this.region = Optional.ofNullable(b.region);
        this.homepage = Optional.ofNullable(b.homepage);
        this.email = Optional.ofNullable(b.email);
        this.department = Optional.ofNullable(b.department);
    }

    /**
     * Starts an organisation.
     *
     * @param id the organisation's URI
     * @param legalName its legal name
     * @return a builder
     */
    public static Builder builder(URI id, LocalizedString legalName) {
        return new Builder(id, legalName);
    }

    /**
     * A builder initialised with this organisation's data.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder(id, legalName).shortName(shortName.orElse(null))
                .legalIdentifier(legalIdentifier.orElse(null)).eidasIdentifier(eidasIdentifier.orElse(null))
                .country(country.orElse(null)).region(region.orElse(null)).homepage(homepage.orElse(null))
                .email(email.orElse(null)).department(department.orElse(null));
    }

    /** A URI that identifies the organisation (for example its homepage or a {@code urn:}). */
    public URI id() {
        return id;
    }

    /** The registered legal name. */
    public LocalizedString legalName() {
        return legalName;
    }

    /** An acronym or short name, if any. */
    public Optional<LocalizedString> shortName() {
        return shortName;
    }

    /** A registration or VAT number, if known. */
    public Optional<LegalIdentifier> legalIdentifier() {
        return legalIdentifier;
    }

    /** The eIDAS organisation identifier of its electronic seal certificate (EN 319 412-1 form, for example {@code "VATES-A00000000"}), if known. */
    public Optional<LegalIdentifier> eidasIdentifier() {
        return eidasIdentifier;
    }

    /** The country of its registered address, if known. */
    public Optional<Country> country() {
        return country;
    }

    /** Its region, if known. */
    public Optional<Region> region() {
        return region;
    }

    /** Its web site, if known. */
    public Optional<URI> homepage() {
        return homepage;
    }

    /** A contact e-mail address, if known. */
    public Optional<String> email() {
        return email;
    }

    /** The faculty or department concerned (DigiProf §5.2), if any. */
    public Optional<LocalizedString> department() {
        return department;
    }

    /** Equal when every element is equal. */
    @Override
    public boolean equals(@Nullable Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Organisation that)) {
            return false;
        }
        return id.equals(that.id)
                && legalName.equals(that.legalName)
                && shortName.equals(that.shortName)
                && legalIdentifier.equals(that.legalIdentifier)
                && eidasIdentifier.equals(that.eidasIdentifier)
                && country.equals(that.country)
                && region.equals(that.region)
                && homepage.equals(that.homepage)
                && email.equals(that.email)
                && department.equals(that.department);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, legalName, shortName, legalIdentifier, eidasIdentifier, country, region, homepage,
                email, department);
    }

    /** Returns the elements in the form records use. */
    @Override
    public String toString() {
        return "Organisation[id=" + id + ", legalName=" + legalName + ", shortName=" + shortName
                + ", legalIdentifier=" + legalIdentifier + ", eidasIdentifier=" + eidasIdentifier
                + ", country=" + country + ", region=" + region + ", homepage=" + homepage
                + ", email=" + email + ", department=" + department + "]";
    }

    /** Builds an {@link Organisation}; setters accept {@code null} to clear an optional value. */
    public static final class Builder {
        private URI id;
        private LocalizedString legalName;
        private @Nullable LocalizedString shortName;
        private @Nullable LegalIdentifier legalIdentifier;
        private @Nullable LegalIdentifier eidasIdentifier;
        private @Nullable Country country;
        private @Nullable Region region;
        private @Nullable URI homepage;
        private @Nullable String email;
        private @Nullable LocalizedString department;

        private Builder(URI id, LocalizedString legalName) {
            this.id = Objects.requireNonNull(id, "id");
            this.legalName = Objects.requireNonNull(legalName, "legalName");
        }

        /**
         * Sets the short name.
         *
         * @param value the short name
         * @return this builder
         */
        public Builder shortName(@Nullable LocalizedString value) {
            shortName = value;
            return this;
        }

        /**
         * Sets the legal identifier.
         *
         * @param value the legal identifier
         * @return this builder
         */
        public Builder legalIdentifier(@Nullable LegalIdentifier value) {
            legalIdentifier = value;
            return this;
        }

        /**
         * Sets the eIDAS organisation identifier.
         *
         * @param value the eIDAS organisation identifier
         * @return this builder
         */
        public Builder eidasIdentifier(@Nullable LegalIdentifier value) {
            eidasIdentifier = value;
            return this;
        }

        /**
         * Sets the country.
         *
         * @param value the country
         * @return this builder
         */
        public Builder country(@Nullable Country value) {
            country = value;
            return this;
        }

        /**
         * Sets the region.
         *
         * @param value the region
         * @return this builder
         */
        public Builder region(@Nullable Region value) {
            region = value;
            return this;
        }

        /**
         * Sets the homepage.
         *
         * @param value the homepage
         * @return this builder
         */
        public Builder homepage(@Nullable URI value) {
            homepage = value;
            return this;
        }

        /**
         * Sets the e-mail address.
         *
         * @param value the e-mail address
         * @return this builder
         */
        public Builder email(@Nullable String value) {
            email = value;
            return this;
        }

        /**
         * Sets the faculty or department.
         *
         * @param value the faculty or department
         * @return this builder
         */
        public Builder department(@Nullable LocalizedString value) {
            department = value;
            return this;
        }

        /**
         * Builds the organisation.
         *
         * @return the organisation
         */
        public Organisation build() {
            return new Organisation(this);
        }
    }
}
