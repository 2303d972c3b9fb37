package io.github.microcredentials.signing;

import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.signing.internal.di.Binding;
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
 * follow the data-model rules {@code VCDM-VP-1} … {@code VCDM-VP-5}. Each credential in
 * {@code verifiableCredential} is verified by the given {@link DataIntegrityVerifier}; one that does
 * not verify is {@link FailureCode#CREDENTIAL_INVALID}, with its report in
 * {@link PresentationReport#credentials()}.
 *
 * <pre>{@code
 * PresentationVerifier verifier = PresentationVerifier.of(DataIntegrityVerifier.builder().build());
 * PresentationReport report = verifier.verify(presentationJson,
 *         PresentationOptions.challenge(nonceWeSent).withDomain("https://verifier.example"));
 * }</pre>
 *
 * <p>Credentials enclosed as {@code EnvelopedVerifiableCredential} (a VC-JWT in a {@code data:} URL)
 * are not verified by this class: they are reported as {@link FailureCode#CREDENTIAL_INVALID}.
 */
public final class PresentationVerifier {

    private static final String PURPOSE = "authentication";

    private final DataIntegrityVerifier verifier;

    private PresentationVerifier(DataIntegrityVerifier verifier) {
        this.verifier = verifier;
    }

    /**
     * A presentation verifier with the settings of a credential verifier: its key resolver, clock,
     * contexts, limits and issuer binding apply to the presentation's proofs (the holder binding
     * follows the issuer binding policy) and to the enclosed credentials.
     *
     * @param credentials the credential verifier
     * @return the presentation verifier
     */
    public static PresentationVerifier of(DataIntegrityVerifier credentials) {
        return new PresentationVerifier(Objects.requireNonNull(credentials, "credentials"));
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
        PresentationRules.check(document, failures);
        Optional<URI> holder = PresentationRules.holder(document);
        Instant now = verifier.now();
        List<ProofVerification.Outcome> outcomes = new ArrayList<>();
        for (ProofVerification.Outcome outcome : verifier.verifyProofs(document, PURPOSE, now, failures)) {
            outcomes.add(withExpectations(outcome, expected));
        }
        List<ProofResult> proofs = Binding.apply(outcomes, holder, Binding.Party.HOLDER, verifier.resolver(),
                verifier.issuerBinding() == IssuerBinding.ACCEPT_UNESTABLISHED);
        List<VerificationReport> credentials = new ArrayList<>();
        List<JsonValue> enclosed = enclosed(document.get("verifiableCredential"));
        for (int i = 0; i < enclosed.size(); i++) {
            if (!(enclosed.get(i) instanceof JsonObject credential)) {
                continue;
            }
            VerificationReport report = verifier.verifyDocument(credential, JsonBytes.compact(credential));
            credentials.add(report);
            if (report.indication() == Indication.INVALID) {
                String at = document.get("verifiableCredential") instanceof JsonArray ? "/verifiableCredential/" + i : "/verifiableCredential";
                failures.add(new Failure(FailureCode.CREDENTIAL_INVALID, at, "the enclosed credential does not verify: " + report.summary()));
            }
        }
        return new PresentationReport(failures, proofs, credentials, holder);
    }

    private static List<JsonValue> enclosed(JsonValue credentials) {
        if (credentials instanceof JsonArray array) {
            return array;
        }
        return credentials == null ? List.of() : List.of(credentials);
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
