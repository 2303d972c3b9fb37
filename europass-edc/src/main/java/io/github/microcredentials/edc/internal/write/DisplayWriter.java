package io.github.microcredentials.edc.internal.write;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.microcredentials.core.model.Learner;
import io.github.microcredentials.core.model.LocalizedString;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.model.Organisation;
import io.github.microcredentials.core.vocab.Language;
import io.github.microcredentials.edc.internal.elm.Schemes;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Writes the display parameters ELM requires of every EDC: a title, the display languages and one
 * page image, here an SVG rendering of the title, the learner and the awarding body. They are
 * derived from the credential alone, so the reader recognises them and does not report them.
 */
public final class DisplayWriter {

    private DisplayWriter() {
    }

    /**
     * The display parameters of a credential, with node identifiers of their own classes (so that
     * they are the same whatever else the document holds).
     *
     * @param mc the credential
     * @return the {@code DisplayParameter} node
     */
    public static ObjectNode display(MicroCredential mc) {
        return display(mc, new Nodes(CredentialWriter.textLanguage(mc)));
    }

    static ObjectNode display(MicroCredential mc, Nodes nodes) {
        LocalizedString title = mc.title().orElse(LocalizedString.en(mc.kind().label()));
        List<Language> languages = title.languages().stream().map(Language::new).toList();
        Language primary = new Language(nodes.textLanguage());
        ObjectNode display = nodes.node(nodes.newId("displayParameter"), "DisplayParameter");
        display.set("title", nodes.text(title));
        ArrayNode displayLanguages = nodes.array();
        languages.forEach(l -> displayLanguages.add(nodes.language(l)));
        display.set("language", displayLanguages);
        display.set("primaryLanguage", nodes.language(primary));
        ObjectNode individual = nodes.node(nodes.newId("individualDisplay"), "IndividualDisplay");
        individual.set("language", nodes.language(primary));
        ObjectNode detail = nodes.node(nodes.newId("displayDetail"), "DisplayDetail");
        detail.set("image", image(nodes, svg(mc, title.preferred(List.of(primary.tag())))));
        detail.put("page", 1);
        individual.set("displayDetail", nodes.array().add(detail));
        display.set("individualDisplay", nodes.array().add(individual));
        return display;
    }

    private static ObjectNode image(Nodes nodes, String svg) {
        ObjectNode image = nodes.node(nodes.newId("mediaObject"), "MediaObject");
        image.put("content", Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8)));
        image.set("contentType", nodes.concept(Schemes.SVG, "SVG"));
        image.set("contentEncoding", nodes.concept(Schemes.BASE64, "base64"));
        return image;
    }

    private static String svg(MicroCredential mc, String title) {
        String learner = mc.learner().flatMap(Learner::displayName).orElse("");
        String body = mc.awardingBodies().stream().findFirst().map(Organisation::legalName)
                .map(LocalizedString::text).orElse("");
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"842\" height=\"595\" viewBox=\"0 0 842 595\">"
                + "<rect width=\"842\" height=\"595\" fill=\"#ffffff\" stroke=\"#003399\" stroke-width=\"12\"/>"
                + line(180, 16, mc.kind().label())
                + line(260, 30, title)
                + line(340, 20, learner)
                + line(420, 16, body)
                + "</svg>";
    }

    private static String line(int y, int size, String text) {
        return "<text x=\"421\" y=\"" + y + "\" font-family=\"sans-serif\" font-size=\"" + size
                + "\" text-anchor=\"middle\">" + xml(text) + "</text>";
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
