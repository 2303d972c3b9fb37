package io.github.microcredentials.signing;

import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.core.validation.Finding;
import io.github.microcredentials.core.validation.ReaderFindings;
import io.github.microcredentials.signing.internal.json.StrictJson;
import io.github.microcredentials.signing.internal.vcdm.DataModelCheck;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The MUSTs of the W3C Verifiable Credentials Data Model 2.0 that concern a credential or
 * presentation document, as rules with stable ids ({@code VCDM-CONTEXT}, {@code VCDM-SUBJECT}, … listed by
 * {@link io.github.microcredentials.core.validation.Rule#all()}). Signers refuse a credential that
 * breaks one ({@link DataModelException}) and verifiers report it
 * ({@link FailureCode#DATA_MODEL_VIOLATION}); this class checks a credential without signing or
 * verifying it. A VC 1.1 credential ({@code https://www.w3.org/2018/credentials/v1} first) is held to
 * the rules VC Data Model 1.1 shares. {@code relatedResource} digests are compared with the
 * resources the caller supplies, never fetched.
 *
 * <pre>{@code
 * List<Finding> violations = VcDataModel.check(credentialJson);
 * }</pre>
 *
 * @see <a href="https://www.w3.org/TR/vc-data-model-2.0/">Verifiable Credentials Data Model v2.0</a>
 */
public final class VcDataModel {

    private VcDataModel() {
    }

    /**
     * Checks a credential, in English, with no related resources supplied.
     *
     * @param credential the credential as UTF-8 JSON (strict)
     * @return the violations; empty when the credential conforms
     * @throws CredentialParseException if the input is not a strict JSON object
     */
    public static List<Finding> check(byte[] credential) throws CredentialParseException {
        return check(credential, Map.of(), ReaderFindings.defaults());
    }

    /**
     * Checks a credential.
     *
     * @param credential the credential as UTF-8 JSON (strict)
     * @param relatedResources the content of resources its {@code relatedResource} entries name, by id
     * @param findings the policy (which may switch a rule off or lower it) and language of the findings
     * @return the violations; empty when the credential conforms
     * @throws CredentialParseException if the input is not a strict JSON object
     */
    public static List<Finding> check(byte[] credential, Map<URI, byte[]> relatedResources, ReaderFindings findings)
            throws CredentialParseException {
        Objects.requireNonNull(findings, "findings");
        return new DataModelCheck(findings, DataModel.copy(relatedResources)).check(StrictJson.parseObject(credential));
    }

    /**
     * Checks a presentation against the rules for presentations ({@code VCDM-VP-1} …
     * {@code VCDM-VP-7}: base context, type, id, holder, {@code verifiableCredential} members, the
     * envelope of an {@code EnvelopedVerifiableCredential}), whatever its {@code type} says;
     * {@link #check(byte[])} applies them to a document whose type names
     * {@code VerifiablePresentation} only. Enclosed credentials are not checked: check each on its
     * own, or verify the presentation ({@link PresentationVerifier}).
     *
     * @param presentation the presentation as UTF-8 JSON (strict)
     * @param findings the policy and language of the findings
     * @return the violations; empty when the presentation conforms
     * @throws CredentialParseException if the input is not a strict JSON object
     */
    public static List<Finding> checkPresentation(byte[] presentation, ReaderFindings findings) throws CredentialParseException {
        Objects.requireNonNull(findings, "findings");
        return new DataModelCheck(findings, Map.of()).checkPresentation(StrictJson.parseObject(presentation));
    }
}
