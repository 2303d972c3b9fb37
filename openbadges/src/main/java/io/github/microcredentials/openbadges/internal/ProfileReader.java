package io.github.microcredentials.openbadges.internal;

import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.core.model.LegalIdentifier;
import io.github.microcredentials.core.model.LocalizedString;
import io.github.microcredentials.core.model.Organisation;
import io.github.microcredentials.core.model.Region;
import io.github.microcredentials.core.vocab.Country;
import java.net.URI;
import java.util.Optional;

/** A Profile as an organisation: the inverse of {@link ProfileWriter}. */
final class ProfileReader {

    private final String language;

    ProfileReader(String language) {
        this.language = language;
    }

    /**
     * Reads a Profile.
     *
     * @return the organisation, or empty (reported) when the Profile has no name or no usable id,
     *     which the model requires
     */
    Optional<Organisation> read(In in) throws CredentialParseException {
        in.types();
        Optional<String> profileId = in.text("id");
        Optional<String> orgId = in.text(Terms.ORGANISATION_ID).or(() -> profileId);
        Optional<URI> id = orgId.flatMap(text -> in.lenient(in.has(Terms.ORGANISATION_ID) ? Terms.ORGANISATION_ID : "id",
                text, Uris::absolute));
        Optional<LocalizedString> name = in.localized("name", Terms.NAME_MAP, language);
        if (id.isEmpty() || name.isEmpty()) {
            in.report(Rules.UNMAPPED, "organisation", "", in.node().toString());
            return Optional.empty();
        }
        Organisation.Builder org = Organisation.builder(id.get(), name.get())
                .shortName(in.languageMap(Terms.SHORT_NAME).orElse(null))
                .department(in.languageMap(Terms.DEPARTMENT).orElse(null))
                .email(in.text("email").orElse(null));
        in.text("url").flatMap(url -> in.lenient("url", url, Uris::absolute)).ifPresent(org::homepage);
        Optional<In> address = in.object("address");
        if (address.isPresent()) {
            address.get().consume("type");
            address.get().text("addressCountryCode")
                    .flatMap(code -> address.get().lenient("addressCountryCode", code, Country::new))
                    .ifPresent(org::country);
        }
        Optional<In> region = in.object(Terms.ORGANISATION_REGION);
        if (region.isPresent()) {
            region(region.get()).ifPresent(org::region);
        }
        identifiers(in, org);
        return Optional.of(org.build());
    }

    /** A region node: its URI and, when given, its name. */
    Optional<Region> region(In in) throws CredentialParseException {
        Optional<URI> uri = in.text("id").flatMap(text -> in.lenient("id", text, Uris::absolute));
        Optional<LocalizedString> name = in.languageMap(Terms.NAME_MAP);
        return uri.map(u -> new Region(u, name));
    }

    private static void identifiers(In in, Organisation.Builder org) throws CredentialParseException {
        for (In entry : in.objects("otherIdentifier")) {
            Optional<String> type = Optional.ofNullable(entry.node().path("identifierType").textValue());
            boolean legal = type.filter(ProfileWriter.LEGAL_IDENTIFIER::equals).isPresent();
            boolean eidas = type.filter(ProfileWriter.EIDAS_IDENTIFIER::equals).isPresent();
            if (!legal && !eidas) {
                continue;
            }
            entry.consume("type");
            entry.consume("identifierType");
            String notation = entry.requiredText("identifier");
            String countryTerm = legal ? Terms.LEGAL_IDENTIFIER_COUNTRY : Terms.EIDAS_IDENTIFIER_COUNTRY;
            Optional<Country> country = in.text(countryTerm).flatMap(code -> in.lenient(countryTerm, code, Country::new));
            Optional<LegalIdentifier> id = entry.lenient("identifier", notation, n -> new LegalIdentifier(n, country));
            if (legal) {
                id.ifPresent(org::legalIdentifier);
            } else {
                id.ifPresent(org::eidasIdentifier);
            }
        }
    }
}
