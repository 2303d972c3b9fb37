package io.github.microcredentials.signing.internal.di;

import io.github.microcredentials.signing.Failure;
import io.github.microcredentials.signing.FailureCode;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * The VC Data Model 2.0 rules for a presentation itself (§4.13 "Verifiable Presentations"), each
 * with a stable id that starts the failure's message; the enclosed credentials are verified as
 * credentials on their own. The README's rule table lists them.
 */
public final class PresentationRules {

    /** The base context of VC 2.0, which must come first. */
    public static final String BASE_CONTEXT = "https://www.w3.org/ns/credentials/v2";
    /** The base context of VC 1.1, accepted first in a 1.1 presentation. */
    public static final String BASE_CONTEXT_V1 = "https://www.w3.org/2018/credentials/v1";

    private PresentationRules() {
    }

    /**
     * Checks a presentation.
     *
     * @param presentation the presentation
     * @param failures where violations go, as {@link FailureCode#PRESENTATION_MALFORMED}
     */
    public static void check(JsonObject presentation, List<Failure> failures) {
        JsonValue context = presentation.get("@context");
        JsonValue first = context instanceof JsonArray array && !array.isEmpty() ? array.get(0) : context;
        if (!(first instanceof JsonString base) || !(base.getString().equals(BASE_CONTEXT) || base.getString().equals(BASE_CONTEXT_V1))) {
            fail(failures, "VCDM-VP-1", "/@context", "the first @context must be " + BASE_CONTEXT);
        }
        JsonValue type = presentation.get("type");
        boolean typed = type instanceof JsonString one ? one.getString().equals("VerifiablePresentation")
                : type instanceof JsonArray many && many.stream().anyMatch(t -> t instanceof JsonString s && s.getString().equals("VerifiablePresentation"));
        if (!typed) {
            fail(failures, "VCDM-VP-2", "/type", "type must include VerifiablePresentation");
        }
        if (presentation.containsKey("id") && !(presentation.get("id") instanceof JsonString id && CredentialChecks.uri(id.getString()).isPresent())) {
            fail(failures, "VCDM-VP-3", "/id", "id must be a URL");
        }
        if (presentation.containsKey("holder") && holder(presentation).isEmpty()) {
            fail(failures, "VCDM-VP-4", "/holder", "holder must be a URL or an object whose id is a URL");
        }
        JsonValue credentials = presentation.get("verifiableCredential");
        if (credentials != null && !(credentials instanceof JsonObject)
                && !(credentials instanceof JsonArray all && all.stream().allMatch(JsonObject.class::isInstance))) {
            fail(failures, "VCDM-VP-5", "/verifiableCredential", "verifiableCredential must be a credential object or an array of them");
        }
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

    private static void fail(List<Failure> failures, String rule, String at, String message) {
        failures.add(new Failure(FailureCode.PRESENTATION_MALFORMED, at, rule + ": " + message));
    }
}
