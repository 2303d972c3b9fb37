package io.github.microcredentials.core.internal.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.core.model.Learner;
import io.github.microcredentials.core.model.Organisation;
import io.github.microcredentials.core.model.Teacher;

/** The native JSON form of the people and organisations of a credential. */
final class PartyCodec {

    private PartyCodec() {
    }

    static Organisation readOrganisation(JsonNode node, String pointer, ReadContext context)
            throws CredentialParseException {
        JsonIn in = JsonIn.object(node, pointer, context);
        Organisation.Builder b = Organisation.builder(in.required("id", Decoders.ABSOLUTE_URI),
                in.required("legalName", Decoders.LOCALIZED));
        b.shortName(in.optional("shortName", Decoders.LOCALIZED).orElse(null));
        b.legalIdentifier(in.optional("legalIdentifier", PartCodec::readLegalIdentifier).orElse(null));
        b.eidasIdentifier(in.optional("eidasIdentifier", PartCodec::readLegalIdentifier).orElse(null));
        b.country(in.optional("country", PartCodec.COUNTRY).orElse(null));
        b.region(in.optional("region", PartCodec::readRegion).orElse(null));
        b.homepage(in.optional("homepage", Decoders.ABSOLUTE_URI).orElse(null));
        b.email(in.optional("email", Decoders.TEXT).orElse(null));
        b.department(in.optional("department", Decoders.LOCALIZED).orElse(null));
        return in.build(b::build);
    }

    static JsonNode writeOrganisation(Organisation o) {
        return JsonOut.object().put("id", o.id(), Encoders.STRING)
                .put("legalName", o.legalName(), Encoders.LOCALIZED)
                .optional("shortName", o.shortName(), Encoders.LOCALIZED)
                .optional("legalIdentifier", o.legalIdentifier(), PartCodec::writeLegalIdentifier)
                .optional("eidasIdentifier", o.eidasIdentifier(), PartCodec::writeLegalIdentifier)
                .optional("country", o.country(), Encoders.STRING)
                .optional("region", o.region(), PartCodec::writeRegion)
                .optional("homepage", o.homepage(), Encoders.STRING)
                .optional("email", o.email(), Encoders.STRING)
                .optional("department", o.department(), Encoders.LOCALIZED).done();
    }

    static Learner readLearner(JsonNode node, String pointer, ReadContext context) throws CredentialParseException {
        JsonIn in = JsonIn.object(node, pointer, context);
        Learner.Builder b = Learner.builder();
        b.id(in.optional("id", Decoders.ABSOLUTE_URI).orElse(null));
        b.givenName(in.optional("givenName", Decoders.TEXT).orElse(null));
        b.familyName(in.optional("familyName", Decoders.TEXT).orElse(null));
        b.fullName(in.optional("fullName", Decoders.TEXT).orElse(null));
        b.dateOfBirth(in.optional("dateOfBirth", Decoders.DATE).orElse(null));
        b.email(in.optional("email", Decoders.TEXT).orElse(null));
        b.nationalId(in.optional("nationalId", PartCodec::readLegalIdentifier).orElse(null));
        in.list("identifiers", PartCodec::readIdentifier).forEach(b::addIdentifier);
        in.list("citizenship", PartCodec.COUNTRY).forEach(b::addCitizenship);
        return in.build(b::build);
    }

    static JsonNode writeLearner(Learner l) {
        return JsonOut.object().optional("id", l.id(), Encoders.STRING)
                .optional("givenName", l.givenName(), Encoders.STRING)
                .optional("familyName", l.familyName(), Encoders.STRING)
                .optional("fullName", l.fullName(), Encoders.STRING)
                .optional("dateOfBirth", l.dateOfBirth(), Encoders.STRING)
                .optional("email", l.email(), Encoders.STRING)
                .optional("nationalId", l.nationalId(), PartCodec::writeLegalIdentifier)
                .list("identifiers", l.identifiers(), PartCodec::writeIdentifier)
                .list("citizenship", l.citizenship(), Encoders.STRING).done();
    }

    static Teacher readTeacher(JsonNode node, String pointer, ReadContext context) throws CredentialParseException {
        JsonIn in = JsonIn.object(node, pointer, context);
        String name = in.required("name", Decoders.TEXT);
        var bio = in.optional("bio", Decoders.LOCALIZED);
        return in.build(() -> new Teacher(name, bio));
    }

    static JsonNode writeTeacher(Teacher t) {
        return JsonOut.object().put("name", t.name(), Encoders.STRING)
                .optional("bio", t.bio(), Encoders.LOCALIZED).done();
    }
}
