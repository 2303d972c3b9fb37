package io.github.microcredentials.openbadges.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.microcredentials.core.model.LegalIdentifier;
import io.github.microcredentials.core.model.Organisation;
import io.github.microcredentials.core.model.Region;
import java.net.URI;
import java.util.Optional;

/** An organisation as an Open Badges Profile (OB 3.0 §B.1.x Profile). */
final class ProfileWriter {

    /** The {@code identifierType} of a registration or VAT number in {@code otherIdentifier}. */
    static final String LEGAL_IDENTIFIER = "ext:legalIdentifier";
    /** The {@code identifierType} of an eIDAS organisation identifier (as MyNextID writes it). */
    static final String EIDAS_IDENTIFIER = "ext:eIDASIdentifier";

    private final String language;

    ProfileWriter(String language) {
        this.language = language;
    }

    /**
     * The Profile of an organisation.
     *
     * @param id the Profile's id: the organisation's URI, or the issuer id the caller chose, in
     *     which case the organisation's URI goes in {@code organisationId}
     */
    ObjectNode profile(Organisation org, URI id) {
        ObjectNode node = Nodes.object();
        node.put("id", id.toString());
        node.set("type", Nodes.array("Profile"));
        Texts.write(node, "name", Terms.NAME_MAP, org.legalName(), language, false);
        if (!id.equals(org.id())) {
            node.put(Terms.ORGANISATION_ID, org.id().toString());
        }
        Nodes.putMap(node, Terms.SHORT_NAME, org.shortName());
        Nodes.putMap(node, Terms.DEPARTMENT, org.department());
        org.homepage().ifPresent(url -> node.put("url", url.toString()));
        Nodes.putText(node, "email", org.email());
        org.country().ifPresent(country -> {
            ObjectNode address = Nodes.typed("Address");
            address.put("addressCountryCode", country.code());
            node.set("address", address);
        });
        org.region().ifPresent(region -> node.set(Terms.ORGANISATION_REGION, region(region)));
        identifiers(node, org);
        return node;
    }

    /** A region: its URI, with its name when known. */
    ObjectNode region(Region region) {
        ObjectNode node = Nodes.object();
        node.put("id", region.uri().toString());
        Nodes.putMap(node, Terms.NAME_MAP, region.name());
        return node;
    }

    private static void identifiers(ObjectNode node, Organisation org) {
        if (org.legalIdentifier().isEmpty() && org.eidasIdentifier().isEmpty()) {
            return;
        }
        ArrayNode entries = node.putArray("otherIdentifier");
        org.legalIdentifier().ifPresent(id -> entries.add(entry(id, LEGAL_IDENTIFIER)));
        org.eidasIdentifier().ifPresent(id -> entries.add(entry(id, EIDAS_IDENTIFIER)));
        country(node, Terms.LEGAL_IDENTIFIER_COUNTRY, org.legalIdentifier());
        country(node, Terms.EIDAS_IDENTIFIER_COUNTRY, org.eidasIdentifier());
    }

    private static ObjectNode entry(LegalIdentifier id, String type) {
        ObjectNode entry = Nodes.object();
        entry.put("type", "IdentifierEntry");
        entry.put("identifier", id.notation());
        entry.put("identifierType", type);
        return entry;
    }

    private static void country(ObjectNode node, String name, Optional<LegalIdentifier> id) {
        id.flatMap(LegalIdentifier::country).ifPresent(c -> node.put(name, c.code()));
    }
}
