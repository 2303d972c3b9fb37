package io.github.microcredentials.edc.internal.write;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.microcredentials.core.model.Identifier;
import io.github.microcredentials.core.model.Learner;
import io.github.microcredentials.core.model.Organisation;
import io.github.microcredentials.core.model.Region;
import io.github.microcredentials.core.vocab.Country;
import io.github.microcredentials.edc.internal.elm.NoteSubject;
import io.github.microcredentials.edc.internal.elm.Schemes;
import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Writes the learner (ELM {@code Person}) and organisations (ELM {@code Organisation}). */
final class PartyWriter {

    private static final String ATU = Schemes.ATU + "/";

    private final Nodes nodes;
    private final Set<URI> written = new HashSet<>();

    PartyWriter(Nodes nodes) {
        this.nodes = nodes;
    }

    /** The credential subject: the learner (or an anonymous person) holding the claims. */
    ObjectNode person(Optional<Learner> learner, ArrayNode claims) {
        ObjectNode person = nodes.node(learner.flatMap(Learner::id).map(URI::toString)
                .orElseGet(() -> nodes.newId("person")), "Person");
        learner.ifPresent(l -> describe(person, l));
        person.set("hasClaim", claims);
        return person;
    }

    private void describe(ObjectNode person, Learner learner) {
        learner.givenName().ifPresent(n -> person.set("givenName", nodes.text(n)));
        learner.familyName().ifPresent(n -> person.set("familyName", nodes.text(n)));
        learner.fullName().ifPresent(n -> person.set("fullName", nodes.text(n)));
        learner.dateOfBirth().ifPresent(d -> person.put("dateOfBirth", Nodes.date(d)));
        learner.nationalId().ifPresent(id -> person.set("nationalID", nodes.legalIdentifier(id)));
        ArrayNode identifiers = nodes.array();
        learner.identifiers().forEach(id -> identifiers.add(identifier(id)));
        Nodes.setNonEmpty(person, "identifier", identifiers);
        ArrayNode citizenship = nodes.array();
        learner.citizenship().forEach(c -> citizenship.add(nodes.country(c)));
        Nodes.setNonEmpty(person, "citizenshipCountry", citizenship);
        learner.email().ifPresent(e -> person.set("contactPoint", contactPoint(e)));
    }

    private ObjectNode identifier(Identifier identifier) {
        ObjectNode node = nodes.node(nodes.newId("identifier"), "Identifier");
        node.put("notation", identifier.value());
        identifier.scheme().ifPresent(s -> node.put("schemeName", s));
        return node;
    }

    private ArrayNode contactPoint(String email) {
        ObjectNode point = nodes.node(nodes.newId("contactPoint"), "ContactPoint");
        point.set("emailAddress", nodes.array().add(nodes.mailbox(email)));
        return nodes.array().add(point);
    }

    /**
     * An organisation: in full where it first occurs, as a reference to that node afterwards
     * (JSON-LD merges nodes by identifier; repeating them would only add bytes).
     */
    com.fasterxml.jackson.databind.JsonNode organisation(Organisation org) {
        if (!written.add(org.id())) {
            return com.fasterxml.jackson.databind.node.TextNode.valueOf(org.id().toString());
        }
        ObjectNode node = nodes.node(org.id().toString(), "Organisation");
        node.set("legalName", nodes.text(org.legalName()));
        org.shortName().ifPresent(s -> node.set("altLabel", nodes.text(s)));
        org.eidasIdentifier().ifPresent(i -> node.set("eIDASIdentifier", nodes.legalIdentifier(i)));
        org.legalIdentifier().ifPresent(i -> node.set("registration", nodes.legalIdentifier(i)));
        if (org.country().isPresent() || org.region().isPresent()) {
            node.set("location", nodes.array().add(location(org.country().stream().toList(), org.region().stream().toList())));
        }
        org.homepage().ifPresent(h -> node.set("homepage", nodes.array().add(nodes.webResource(h))));
        org.email().ifPresent(e -> node.set("contactPoint", contactPoint(e)));
        org.department().ifPresent(d -> node.set("additionalNote",
                nodes.array().add(nodes.note(NoteSubject.DEPARTMENT, nodes.text(d)))));
        return node;
    }

    /** A location: one address per country, the regions as spatial codes. */
    ObjectNode location(List<Country> countries, List<Region> regions) {
        ObjectNode location = nodes.node(nodes.newId("location"), "Location");
        ArrayNode addresses = nodes.array();
        for (Country country : countries) {
            ObjectNode address = nodes.node(nodes.newId("address"), "Address");
            address.set("countryCode", nodes.country(country));
            addresses.add(address);
        }
        Nodes.setNonEmpty(location, "address", addresses);
        ArrayNode codes = nodes.array();
        regions.forEach(r -> codes.add(region(r)));
        Nodes.setNonEmpty(location, "spatialCode", codes);
        return location;
    }

    private ObjectNode region(Region region) {
        URI scheme = region.uri().toString().startsWith(ATU) ? Schemes.ATU : Schemes.OTHER_REGION;
        return nodes.concept(region.uri(), scheme, region.name(), Optional.empty());
    }
}
