package io.github.microcredentials.signing;

import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.signing.internal.di.Binding;
import io.github.microcredentials.signing.internal.di.DataUrl;
import io.github.microcredentials.signing.internal.di.PresentationRules;
import io.github.microcredentials.signing.internal.di.ProofVerification;
import io.github.microcredentials.signing.internal.json.JsonBytes;
import io.github.microcredentials.signing.internal.json.StrictJson;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Verifies a W3C Verifiable Presentation secured with Data Integrity proofs (VC Data Model 2.0
 * §4.13, VC Data Integrity 1.0): the holder's proof, and each enclosed credential as on its own.
 * Thread-safe.
 *
 * <p>For each proof of the presentation it checks what {@link DataIntegrityVerifier} checks of a
 * credential's proof, with proof purpose {@code authentication} instead of {@code assertionMethod};
 * the {@code challenge} and {@code domain} the caller expects (a proof without them, or with others,
 * fails); and, when the presentation names a {@code holder}, that the holder controls the key (as the
 * issuer of a credential, under the verifier's {@link IssuerBinding}). The presentation itself must
 * follow the data-model rules {@code VCDM-VP-1} … {@code VCDM-VP-7}; a violation is
 * {@link FailureCode#DATA_MODEL_VIOLATION} with the rule's id in {@link Failure#ruleId()}.
 *
 * <p>Each credential in {@code verifiableCredential} is verified as on its own: an embedded one
 * (with Data Integrity proofs) by the given {@link DataIntegrityVerifier}; an
 * {@code EnvelopedVerifiableCredential} (§4.13.1), whose {@code id} is a
 * {@code data:application/vc+jwt,…} URL, by a {@link VcJwtVerifier}. A credential that does not
 * verify is {@link FailureCode#CREDENTIAL_INVALID}, with its report in
 * {@link PresentationReport#credentials()}. An enveloped credential's {@code data:} URL that does not
 * decode is {@link FailureCode#PRESENTATION_MALFORMED}; one of another media type (an SD-JWT, a COSE
 * credential) is {@link FailureCode#CREDENTIAL_INVALID}, since this verifier cannot verify it; neither
 * has a report.
 *
 * <pre>{@code
 * PresentationVerifier verifier = PresentationVerifier.of(DataIntegrityVerifier.builder().build());
 * PresentationReport report = verifier.verify(presentationJson,
 *         PresentationOptions.challenge(nonceWeSent).withDomain("https://verifier.example"));
 * }</pre>
 */
public final class PresentationVerifier {

    private static final String PURPOSE = "authentication";
    /** The media type of a VC-JWT in an enveloped credential (VC-JOSE-COSE §3.1.1). */
    static final String VC_JWT = "application/vc+jwt";

    private final DataIntegrityVerifier verifier;
    private final VcJwtVerifier enveloped;

    private PresentationVerifier(DataIntegrityVerifier verifier, VcJwtVerifier enveloped) {
        this.verifier = verifier;
        this.enveloped = enveloped;
    }

    /**
     * A presentation verifier with the settings of a credential verifier: its key resolver, clock,
     * contexts, limits and issuer binding apply to the presentation's proofs (the holder binding
     * follows the issuer binding policy) and to the enclosed credentials. Enveloped VC-JWT
     * credentials are verified by a {@link VcJwtVerifier} with the same key resolver, clock and
     * skew, read limits, issuer binding and related resources, and its default algorithms.
     *
     * @param credentials the credential verifier
     * @return the presentation verifier
     */
    public static PresentationVerifier of(DataIntegrityVerifier credentials) {
        Objects.requireNonNull(credentials, "credentials");
        return new PresentationVerifier(credentials, credentials.envelopedVerifier());
    }

    /**
     * A presentation verifier that verifies enveloped VC-JWT credentials
     * ({@code data:application/vc+jwt,…}) with a verifier of the caller's (its algorithms, keys and
     * limits), and everything else as {@link #of(DataIntegrityVerifier)}.
     *
     * @param credentials the verifier of the presentation's proofs and of embedded credentials
     * @param envelopedCredentials the verifier of enveloped VC-JWT credentials
     * @return the presentation verifier
     */
    public static PresentationVerifier of(DataIntegrityVerifier credentials, VcJwtVerifier envelopedCredentials) {
        return new PresentationVerifier(Objects.requireNonNull(credentials, "credentials"),
                Objects.requireNonNull(envelopedCredentials, "envelopedCredentials"));
    }

    /**
     * Verifies a presentation given as text.
     *
     * @param presentation the presentation JSON
     * @param expected the challenge and domain the proof must have, if any
     * @return the report; never throws for invalid or malformed input
     */
    public PresentationReport verify(String presentation, PresentationOptions expected) {
        return verify(presentation.getBytes(StandardCharsets.UTF_8), expected);
    }

    /**
     * Verifies a presentation.
     *
     * @param presentation the presentation, UTF-8 JSON
     * @param expected the challenge and domain the proof must have, if any
     * @return the report; never throws for invalid or malformed input
     */
    public PresentationReport verify(byte[] presentation, PresentationOptions expected) {
        Objects.requireNonNull(expected, "expected");
        try {
            JsonObject document;
            try {
                document = StrictJson.parseObject(presentation, verifier.readLimits());
            } catch (CredentialParseException e) {
                return PresentationReport.malformed(new Failure(VerificationReport.code(e), e.location(), e.getMessage()));
            }
            return verifyDocument(document, expected);
        } catch (RuntimeException e) {
            return PresentationReport.malformed(VerificationReport.defect(e).failures().get(0));
        }
    }

    private PresentationReport verifyDocument(JsonObject document, PresentationOptions expected) {
        List<Failure> failures = new ArrayList<>();
        DataModel.reportPresentation(document, verifier.dataModel(), failures);
        Optional<URI> holder = PresentationRules.holder(document);
        Instant now = verifier.now();
        List<ProofVerification.Outcome> outcomes = new ArrayList<>();
        for (ProofVerification.Outcome outcome : verifier.verifyProofs(document, PURPOSE, now, failures)) {
            outcomes.add(withExpectations(outcome, expected));
        }
        List<ProofResult> proofs = Binding.apply(outcomes, holder, Binding.Party.HOLDER, verifier.resolver(),
                verifier.issuerBinding() == IssuerBinding.ACCEPT_UNESTABLISHED);
        List<VerificationReport> credentials = new ArrayList<>();
        for (PresentationRules.Enclosed item : PresentationRules.enclosed(document)) {
            if (!(item.value() instanceof JsonObject credential)) {
                // VCDM-VP-5 reported it; there is nothing to verify
                continue;
            }
            Optional<VerificationReport> report = PresentationRules.isEnveloped(credential)
                    ? verifyEnveloped(credential, item.pointer(), failures)
                    : Optional.of(verifier.verifyDocument(credential, JsonBytes.compact(credential)));
            report.ifPresent(credentials::add);
            if (report.isPresent() && report.get().indication() == Indication.INVALID) {
                failures.add(new Failure(FailureCode.CREDENTIAL_INVALID, item.pointer(), "the enclosed credential does not verify: "
                        + report.get().summary()));
            }
        }
        return new PresentationReport(failures, proofs, credentials, holder);
    }

    /**
     * Verifies an enveloped credential's VC-JWT as the VC-JWT verifier verifies one on its own; empty
     * (with a failure of the presentation) when its {@code data:} URL cannot be read or holds another
     * kind of credential. An id that is no {@code data:} URL at all is VCDM-VP-7, reported already.
     */
    private Optional<VerificationReport> verifyEnveloped(JsonObject credential, String at, List<Failure> failures) {
        if (!(credential.get("id") instanceof JsonString id) || !DataUrl.isDataUrl(id.getString())) {
            return Optional.empty();
        }
        DataUrl url;
        try {
            url = DataUrl.parse(id.getString());
        } catch (IllegalArgumentException e) {
            failures.add(new Failure(FailureCode.PRESENTATION_MALFORMED, at + "/id",
                    "the enveloped credential's data: URL cannot be read: " + e.getMessage()));
            return Optional.empty();
        }
        if (!url.mediaType().equals(VC_JWT)) {
            failures.add(new Failure(FailureCode.CREDENTIAL_INVALID, at + "/id", "the enveloped credential is " + url.mediaType()
                    + ", which this verifier cannot verify; it verifies " + VC_JWT + " (a VC-JWT)"));
            return Optional.empty();
        }
        // A compact JWS is ASCII: a byte outside it makes the token malformed, which the VC-JWT verifier reports.
        return Optional.of(enveloped.verify(new String(url.content(), StandardCharsets.ISO_8859_1)));
    }

    /** Adds the challenge and domain failures to a proof's result. */
    private static ProofVerification.Outcome withExpectations(ProofVerification.Outcome outcome, PresentationOptions expected) {
        JsonObject proof = outcome.proof();
        List<Failure> more = new ArrayList<>();
        expected.challenge().ifPresent(challenge -> {
            Optional<String> actual = proof.get("challenge") instanceof JsonString s ? Optional.of(s.getString()) : Optional.empty();
            if (!actual.equals(Optional.of(challenge))) {
                more.add(new Failure(FailureCode.CHALLENGE_MISMATCH, outcome.at() + "/challenge", actual.isEmpty()
                        ? "the proof has no challenge; the verifier expects one" : "the proof's challenge is not the expected one"));
            }
        });
        expected.domain().ifPresent(domain -> {
            List<String> actual = domains(proof.get("domain"));
            if (!actual.contains(domain)) {
                more.add(new Failure(FailureCode.DOMAIN_MISMATCH, outcome.at() + "/domain", actual.isEmpty()
                        ? "the proof has no domain; the verifier expects " + domain
                        : "the proof is for " + String.join(", ", actual) + ", not for " + domain));
            }
        });
        if (more.isEmpty()) {
            return outcome;
        }
        ProofResult r = outcome.result();
        List<Failure> failures = new ArrayList<>(r.failures());
        failures.addAll(more);
        return new ProofVerification.Outcome(new ProofResult(r.index(), r.method(), r.verificationMethod(), failures, r.warnings()),
                outcome.method(), proof, outcome.at());
    }

    /** A proof's {@code domain}: one string or an array of strings (VC Data Integrity §2.1). */
    private static List<String> domains(JsonValue domain) {
        if (domain instanceof JsonString one) {
            return List.of(one.getString());
        }
        if (domain instanceof JsonArray many) {
            return many.stream().filter(JsonString.class::isInstance).map(v -> ((JsonString) v).getString()).toList();
        }
        return List.of();
    }
}
