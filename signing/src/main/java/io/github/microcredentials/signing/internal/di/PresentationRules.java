package io.github.microcredentials.signing.internal.di;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How a presentation is read (VC Data Model 2.0 §4.13, §4.13.1): its holder, the members of
 * {@code verifiableCredential}, which of them are enveloped. Its rules ({@code VCDM-VP-*}) are
 * {@link io.github.microcredentials.signing.internal.vcdm.DataModelCheck#checkPresentation}'s.
 */
public final class PresentationRules {

    /** The base context of VC 2.0, which must come first. */
    public static final String BASE_CONTEXT = "https://www.w3.org/ns/credentials/v2";
    /** The base context of VC 1.1, accepted first in a 1.1 presentation. */
    public static final String BASE_CONTEXT_V1 = "https://www.w3.org/2018/credentials/v1";
    /** The type of a credential enclosed as a {@code data:} URL (VC Data Model 2.0 §4.13.1). */
    public static final String ENVELOPED = "EnvelopedVerifiableCredential";

    /**
     * A member of {@code verifiableCredential}, with its JSON Pointer in the presentation.
     *
     * @param pointer {@code /verifiableCredential/2}, or {@code /verifiableCredential} for a lone object
     * @param value the member
     */
    public record Enclosed(String pointer, JsonValue value) {
    }

    private PresentationRules() {
    }

    /**
     * The members of {@code verifiableCredential}: one object, or each item of an array.
     *
     * @param presentation the presentation
     * @return the members in document order; empty when there is none
     */
    public static List<Enclosed> enclosed(JsonObject presentation) {
        JsonValue credentials = presentation.get("verifiableCredential");
        if (credentials == null) {
            return List.of();
        }
        if (!(credentials instanceof JsonArray array)) {
            return List.of(new Enclosed("/verifiableCredential", credentials));
        }
        List<Enclosed> out = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            out.add(new Enclosed("/verifiableCredential/" + i, array.get(i)));
        }
        return out;
    }

    /**
     * Whether an enclosed object is an {@code EnvelopedVerifiableCredential}: its type says so.
     *
     * @param credential the enclosed object
     * @return {@code true} for an enveloped credential
     */
    public static boolean isEnveloped(JsonObject credential) {
        return hasType(credential.get("type"), ENVELOPED);
    }

    /**
     * The holder id: {@code holder} as a string, or {@code holder.id}.
     *
     * @param presentation the presentation
     * @return the id, if it is a URI
     */
    public static Optional<URI> holder(JsonObject presentation) {
        JsonValue holder = presentation.get("holder");
        if (holder instanceof JsonObject object) {
            holder = object.get("id");
        }
        return holder instanceof JsonString text ? CredentialChecks.uri(text.getString()) : Optional.empty();
    }

    /**
     * Whether a {@code type} value is, or is an array that includes, a type.
     *
     * @param type the value, or {@code null}
     * @param wanted the type
     * @return {@code true} when the type is there
     */
    public static boolean hasType(@Nullable JsonValue type, String wanted) {
        return type instanceof JsonString one ? one.getString().equals(wanted)
                : type instanceof JsonArray many && many.stream().anyMatch(t -> t instanceof JsonString s && s.getString().equals(wanted));
    }
}
