package io.github.microcredentials.openbadges.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.microcredentials.core.model.Confirmation;
import io.github.microcredentials.core.model.LocalizedString;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.model.Organisation;
import io.github.microcredentials.core.vocab.Language;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * A micro-credential as an OpenBadgeCredential (VC Data Model 2.0) tree: the credential, its
 * issuer Profile, the AchievementSubject and the Achievement.
 */
public final class CredentialWriter {

    /** The W3C VC 2.0 context. */
    public static final String VC_V2 = "https://www.w3.org/ns/credentials/v2";
    /** The Open Badges context this writer emits. */
    public static final String OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";

    private final WriterSettings settings;

    /**
     * Creates a writer.
     *
     * @param settings how to identify the issuer and the learner
     */
    public CredentialWriter(WriterSettings settings) {
        this.settings = settings;
    }

    /**
     * Writes a credential.
     *
     * @param mc the credential
     * @return the OpenBadgeCredential, without a proof
     * @throws IllegalArgumentException if the credential lacks what Open Badges requires: a title,
     *     a date of issuing, an issuer or awarding body, a way to identify the learner
     */
    public ObjectNode write(MicroCredential mc) {
        LocalizedString title = require(mc.title(), mc, "title (CR-M2)");
        String language = language(mc.languages());
        Optional<Organisation> issuer = mc.issuer().or(() -> mc.awardingBodies().stream().findFirst());
        ProfileWriter profiles = new ProfileWriter(language);
        ObjectNode root = Nodes.object();
        root.set("@context", Nodes.array(VC_V2, OB_CONTEXT, Terms.CONTEXT));
        root.put("id", mc.id().toString());
        root.set("type", Nodes.array("VerifiableCredential", "OpenBadgeCredential"));
        ObjectNode achievement = new AchievementWriter(mc, language).write(title, image());
        root.put("name", achievement.get("name").asText());
        root.put("description", achievement.get("description").asText());
        image().ifPresent(image -> root.set("image", image));
        URI issuerId = null;
        if (issuer.isPresent()) {
            issuerId = settings.issuerId().orElse(issuer.get().id());
            root.set("issuer", profiles.profile(issuer.get(), issuerId));
        } else if (!settings.lenient()) {
            throw missing(mc, "issuer or awarding body (CR-M4)");
        }
        root.put("validFrom", Nodes.dateTime(require(mc.issued(), mc, "date of issuing (CR-M5)")));
        mc.validUntil().ifPresent(until -> root.put("validUntil", Nodes.dateTime(until)));
        StatusMapping.write(mc).ifPresent(status -> root.set("credentialStatus", status));
        root.set("credentialSubject", new SubjectWriter(mc, settings).write(achievement));
        Nodes.putArray(root, Terms.ISSUER_COUNTRY, mc.issuerCountries(), country -> country.code());
        Nodes.putArray(root, Terms.ISSUER_REGION, mc.issuerRegions(), profiles::region);
        awardingBodies(root, mc, profiles, issuerId);
        Nodes.putText(root, Terms.PLACE_OF_ISSUE, mc.placeOfIssue());
        Nodes.putArray(root, Terms.CONFIRMATION, mc.confirmations(), CredentialWriter::confirmation);
        return root;
    }

    /**
     * The language of the plain strings: the first language of the learning activity when the
     * schema's {@code inLanguage} pattern admits it, else English.
     */
    static String language(List<Language> languages) {
        return languages.isEmpty() || !Derived.IN_LANGUAGE.matcher(languages.get(0).tag()).matches()
                ? Derived.DEFAULT_LANGUAGE : languages.get(0).tag();
    }

    /**
     * The awarding bodies. When the model names no separate issuer, the first awarding body is the
     * issuer and appears here as a reference to the issuer Profile's id.
     */
    private static void awardingBodies(ObjectNode root, MicroCredential mc, ProfileWriter profiles,
            @org.jspecify.annotations.Nullable URI issuerId) {
        if (mc.awardingBodies().isEmpty()) {
            if (mc.issuer().isPresent()) {
                // An empty list says "an issuer, but no awarding body", which no list would not.
                root.putArray(Terms.AWARDING_BODY);
            }
            return;
        }
        ArrayNode array = root.putArray(Terms.AWARDING_BODY);
        for (int i = 0; i < mc.awardingBodies().size(); i++) {
            Organisation body = mc.awardingBodies().get(i);
            if (i == 0 && mc.issuer().isEmpty() && issuerId != null) {
                array.add(issuerId.toString());
            } else {
                array.add(profiles.profile(body, body.id()));
            }
        }
    }

    private Optional<ObjectNode> image() {
        return settings.image().map(uri -> {
            ObjectNode image = Nodes.object();
            image.put("id", uri.toString());
            image.put("type", "Image");
            Nodes.putText(image, "caption", settings.imageCaption());
            return image;
        });
    }

    private static ObjectNode confirmation(Confirmation confirmation) {
        ObjectNode node = Nodes.object();
        node.put(Terms.ANNEX_ELEMENT, confirmation.element().ruleId());
        node.put(Terms.CONFIRMATION_ROLE, Enums.code(confirmation.role()));
        Nodes.putText(node, Terms.CONFIRMED_BY, confirmation.confirmedBy());
        confirmation.confirmedAt().ifPresent(at -> node.put(Terms.CONFIRMED_AT, Nodes.dateTime(at)));
        return node;
    }

    private <T> T require(Optional<T> value, MicroCredential mc, String what) {
        if (value.isPresent()) {
            return value.get();
        }
        throw missing(mc, what);
    }

    private static IllegalArgumentException missing(MicroCredential mc, String what) {
        return new IllegalArgumentException("the credential " + mc.id() + " has no " + what
                + ", which Open Badges 3.0 requires");
    }
}
