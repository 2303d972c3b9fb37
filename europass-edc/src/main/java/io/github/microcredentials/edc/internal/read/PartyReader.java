package io.github.microcredentials.edc.internal.read;

import io.github.microcredentials.edc.internal.elm.RuleIds;
import io.github.microcredentials.core.CredentialParseException.Problem;
import io.github.microcredentials.core.model.Identifier;
import io.github.microcredentials.core.model.Learner;
import io.github.microcredentials.core.model.LegalIdentifier;
import io.github.microcredentials.core.model.LocalizedString;
import io.github.microcredentials.core.model.Organisation;
import io.github.microcredentials.core.model.Region;
import io.github.microcredentials.core.vocab.Country;
import io.github.microcredentials.edc.internal.elm.LocalIds;
import io.github.microcredentials.edc.internal.elm.NoteSubject;
import io.github.microcredentials.edc.internal.elm.Schemes;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the learner ({@code Person}) and organisations, with their identifiers and locations. */
final class PartyReader {

    private PartyReader() {
    }

    /** The learner, or empty for a person node that says nothing about the learner. */
    static Optional<Learner> learner(Obj person) {
        Learner.Builder learner = Learner.builder();
        person.id().filter(id -> !LocalIds.isLocal(id)).ifPresent(id -> learner.id(Obj.uri(id, person.at("id"))));
        Texts.single(person, "givenName").ifPresent(learner::givenName);
        Texts.single(person, "familyName").ifPresent(learner::familyName);
        Texts.single(person, "fullName").ifPresent(learner::fullName);
        person.item("dateOfBirth").ifPresent(i -> learner.dateOfBirth(date(person, i)));
        person.object("nationalID").flatMap(PartyReader::legalIdentifier).ifPresent(learner::nationalId);
        for (Obj identifier : person.objects("identifier")) {
            identifier.expectType("Identifier");
            identifier.auxiliaryId();
            Optional<String> notation = identifier.string("notation");
            if (notation.isEmpty()) {
                identifier.state().unmapped(identifier.pointer(), "identifierNotation");
                identifier.state().consumeTree(identifier.node());
                continue;
            }
            learner.addIdentifier(new Identifier(notation.get(), identifier.string("schemeName")));
        }
        person.items("citizenshipCountry").forEach(i -> learner.addCitizenship(country(ConceptValue.read(person.state(), i))));
        email(person).ifPresent(learner::email);
        Learner read = learner.build();
        return read.equals(Learner.builder().build()) ? Optional.empty() : Optional.of(read);
    }

    /** A date of birth is a date; ELM writes it as a date-time, whose time of day is reported unless midnight. */
    private static LocalDate date(Obj person, Obj.Item item) {
        OffsetDateTime time = person.dateTime(item);
        if (!time.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) || !time.getOffset().equals(ZoneOffset.UTC)) {
            person.state().info(RuleIds.APPROXIMATE, "dateOfBirth", item.pointer(),
                    Optional.of(item.value().asText()));
        }
        return time.toLocalDate();
    }

    static Organisation organisation(Obj org) {
        return org.state().organisation(org.node(), () -> read(org));
    }

    private static Organisation read(Obj org) {
        org.expectType("Organisation");
        URI id = org.uri("id").orElseThrow(() -> Obj.unchecked(Problem.MISSING_PROPERTY, org.pointer(), "an organisation without \"id\""));
        LocalizedString name = Texts.text(org, "legalName").orElseThrow(() -> Obj.unchecked(Problem.MISSING_PROPERTY,
                org.pointer(), "an organisation without \"legalName\""));
        Organisation.Builder builder = Organisation.builder(id, name);
        Texts.text(org, "altLabel").ifPresent(builder::shortName);
        org.object("eIDASIdentifier").flatMap(PartyReader::legalIdentifier).ifPresent(builder::eidasIdentifier);
        org.object("registration").flatMap(PartyReader::legalIdentifier).ifPresent(builder::legalIdentifier);
        org.object("location").ifPresent(l -> {
            Place place = location(l);
            place.countries().stream().findFirst().ifPresent(builder::country);
            place.regions().stream().findFirst().ifPresent(builder::region);
            reportExtra(l, place);
        });
        org.object("homepage").ifPresent(h -> builder.homepage(webResource(h)));
        email(org).ifPresent(builder::email);
        for (NoteValue note : NoteValue.all(org, "additionalNote")) {
            if (note.is(NoteSubject.DEPARTMENT)) {
                builder.department(note.text());
            } else {
                note.unmapped();
            }
        }
        return builder.build();
    }

    private static void reportExtra(Obj location, Place place) {
        if (place.countries().size() > 1 || place.regions().size() > 1) {
            location.state().unmapped(location.pointer(), "location");
        }
    }

    /** A legal identifier; one without its required notation is reported and skipped. */
    static Optional<LegalIdentifier> legalIdentifier(Obj identifier) {
        identifier.expectType("LegalIdentifier");
        identifier.auxiliaryId();
        Optional<String> notation = identifier.string("notation");
        if (notation.isEmpty()) {
            identifier.state().unmapped(identifier.pointer(), "legalIdentifierNotation");
            identifier.state().consumeTree(identifier.node());
            return Optional.empty();
        }
        return Optional.of(new LegalIdentifier(notation.get(), ConceptValue.read(identifier, "spatial").map(PartyReader::country)));
    }

    static Country country(ConceptValue concept) {
        concept.requireScheme(Schemes.COUNTRY);
        try {
            Country country = Country.parse(concept.id().toString());
            concept.known();
            return country;
        } catch (IllegalArgumentException e) {
            throw Obj.unchecked(Problem.INVALID_VALUE, concept.pointer(), "not a country of the EU country table: " + concept.id());
        }
    }

    /** What a {@code Location} says: the countries of its addresses, its regions, its place name. */
    record Place(List<Country> countries, List<Region> regions, Optional<String> name) {
    }

    static Place location(Obj location) {
        location.expectType("Location");
        location.auxiliaryId();
        List<Country> countries = new ArrayList<>();
        for (Obj address : location.objects("address")) {
            address.expectType("Address");
            address.auxiliaryId();
            ConceptValue.read(address, "countryCode").ifPresent(c -> countries.add(country(c)));
        }
        List<Region> regions = new ArrayList<>();
        location.items("spatialCode").forEach(i -> regions.add(region(ConceptValue.read(location.state(), i))));
        return new Place(countries, regions, Texts.single(location, "geographicName"));
    }

    private static Region region(ConceptValue concept) {
        Optional<LocalizedString> name = concept.label();
        concept.known();
        return new Region(concept.id(), name);
    }

    static URI webResource(Obj resource) {
        resource.expectType("WebResource");
        resource.auxiliaryId();
        return resource.uri("contentURL").orElseThrow(() -> Obj.unchecked(Problem.MISSING_PROPERTY, resource.pointer(),
                "a web resource without \"contentURL\""));
    }

    /** The e-mail address of the first mailbox of the first contact point. */
    private static Optional<String> email(Obj party) {
        Optional<Obj> point = party.object("contactPoint");
        point.ifPresent(p -> {
            p.expectType("ContactPoint");
            p.auxiliaryId();
        });
        return point.flatMap(p -> p.object("emailAddress")).map(mailbox -> {
            mailbox.expectType("Mailbox");
            String id = mailbox.id().orElseThrow(() -> Obj.unchecked(Problem.MISSING_PROPERTY, mailbox.pointer(),
                    "a mailbox without \"id\""));
            if (!id.startsWith("mailto:")) {
                mailbox.state().info(RuleIds.APPROXIMATE, "mailbox", mailbox.at("id"),
                        Optional.of(id));
                return id;
            }
            return LocalIds.decode(id.substring("mailto:".length()));
        });
    }
}
