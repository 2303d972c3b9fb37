package io.github.microcredentials.openbadges.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.core.CredentialParseException.Problem;
import io.github.microcredentials.core.jsonld.JsonLdContexts;
import io.github.microcredentials.core.validation.Severity;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@code @context} of a credential: the VC context first (2.0, or 1.1 for a legacy
 * credential), an Open Badges 3.0 context, then any others.
 */
final class Contexts {

    static final String VC_V1 = "https://www.w3.org/2018/credentials/v1";
    private static final Pattern OB = Pattern.compile(
            "^https://purl\\.imsglobal\\.org/spec/ob/v3p0/context(-3\\.\\d\\.\\d)*\\.json$");

    private Contexts() {
    }

    private static boolean bundled(String url) {
        try {
            return JsonLdContexts.bundled().contains(new URI(url));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /**
     * Checks the contexts and marks them read; reports a legacy VC 1.1 credential and contexts the
     * library does not bundle.
     *
     * @return whether the credential is a legacy VC Data Model 1.1 one
     * @throws CredentialParseException if the contexts are not those of an Open Badges 3.0 credential
     */
    static boolean check(In root) throws CredentialParseException {
        if (!root.has("@context")) {
            throw root.missing("@context");
        }
        JsonNode contexts = root.node().get("@context");
        String first = contexts.isArray() ? contexts.path(0).asText("") : contexts.asText("");
        boolean legacy = first.equals(VC_V1);
        if (!legacy && !first.equals(CredentialWriter.VC_V2)) {
            throw new CredentialParseException(Problem.UNSUPPORTED, "/@context", "not a Verifiable Credential: the first"
                    + " context must be " + CredentialWriter.VC_V2 + " (or, for a legacy credential, " + VC_V1 + ")");
        }
        boolean openBadges = false;
        for (int i = 0; contexts.isArray() && i < contexts.size(); i++) {
            JsonNode context = contexts.get(i);
            String pointer = "/@context/" + i;
            openBadges |= OB.matcher(context.asText("")).matches();
            if (!context.isTextual() || !bundled(context.asText())) {
                root.tracker().report(Rules.UNKNOWN_CONTEXT, null, pointer,
                        Optional.of(context.isTextual() ? context.asText() : "(inline context)"));
            }
        }
        if (!openBadges) {
            throw new CredentialParseException(Problem.UNSUPPORTED, "/@context",
                    "not an Open Badges 3.0 credential: no Open Badges 3.0 context");
        }
        root.consume("@context");
        if (legacy) {
            root.tracker().report(Rules.LEGACY_VC11, null, "/@context/0", Optional.of(VC_V1));
        }
        return legacy;
    }
}
