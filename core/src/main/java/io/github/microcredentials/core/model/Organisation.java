package io.github.microcredentials.core.model;

import io.github.microcredentials.core.vocab.Country;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An organisation: an awarding body (Annex I, element 4), the issuer that seals a credential, an
 * assessing or developing institution, or a quality assurance agency.
 *
 * @param id a URI that identifies the organisation (for example its homepage or a {@code urn:})
 * @param legalName the registered legal name
 * @param shortName an acronym or short name, if any
 * @param legalIdentifier a registration or VAT number, if known
 * @param eidasIdentifier the eIDAS organisation identifier of its electronic seal certificate
 *     (EN 319 412-1 form, for example {@code "VATES-A00000000"}), if known
 * @param country the country of its registered address, if known
 * @param region its region, if known
 * @param homepage its web site, if known
 * @param email a contact e-mail address, if known
 * @param department the faculty or department concerned (DigiProf §5.2), if any
 */
public record Organisation(
        URI id,
        LocalizedString legalName,
        Optional<LocalizedString> shortName,
        Optional<LegalIdentifier> legalIdentifier,
        Optional<LegalIdentifier> eidasIdentifier,
        Optional<Country> country,
        Optional<Region> region,
        Optional<URI> homepage,
        Optional<String> email,
        Optional<LocalizedString> department) {

    /** Checks that every component is present (optional ones as {@code Optional}). */
    public Organisation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(legalName, "legalName");
        Objects.requireNonNull(shortName, "shortName");
        Objects.requireNonNull(legalIdentifier, "legalIdentifier");
        Objects.requireNonNull(eidasIdentifier, "eidasIdentifier");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(homepage, "homepage");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(department, "department");
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
            return new Organisation(id, legalName, Optional.ofNullable(shortName),
                    Optional.ofNullable(legalIdentifier), Optional.ofNullable(eidasIdentifier),
                    Optional.ofNullable(country), Optional.ofNullable(region), Optional.ofNullable(homepage),
                    Optional.ofNullable(email), Optional.ofNullable(department));
        }
    }
}
