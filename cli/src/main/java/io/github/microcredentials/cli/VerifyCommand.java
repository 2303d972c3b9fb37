package io.github.microcredentials.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.microcredentials.core.jsonld.JsonLdContexts;
import io.github.microcredentials.signing.DataIntegrityVerifier;
import io.github.microcredentials.signing.IssuerBinding;
import io.github.microcredentials.signing.PresentationOptions;
import io.github.microcredentials.signing.PresentationReport;
import io.github.microcredentials.signing.PresentationVerifier;
import io.github.microcredentials.signing.ProofResult;
import io.github.microcredentials.signing.KeyResolver;
import io.github.microcredentials.signing.SigningException;
import io.github.microcredentials.signing.VcJwtVerifier;
import io.github.microcredentials.signing.VerificationReport;
import io.github.microcredentials.seals.DetachedContent;
import io.github.microcredentials.seals.SealProblem;
import io.github.microcredentials.seals.SealReport;
import io.github.microcredentials.seals.SealVerifier;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import io.github.microcredentials.status.StatusResult;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Verifies a sealed or signed credential: JAdES, XAdES, Data Integrity or VC-JWT (detected from the content). */
@Command(name = "verify", mixinStandardHelpOptions = true,
        header = "Verify a sealed or signed credential, a certificate PDF or a baked badge.",
        description = {
            "The kind is detected from the content: a JAdES seal (JWS JSON serialization), a XAdES seal (XML), "
                + "a JSON credential with Data Integrity proofs, or a VC-JWT (compact JWS). Seals must chain to a "
                + "--trust certificate; Data Integrity and JWT keys are resolved offline: did:key and did:jwk by "
                + "themselves, did:web and https issuers from --did-document (or, with --fetch-dids, from the web). A certificate "
                + "PDF is checked twice: its PAdES seal and its embedded credential; a baked PNG or SVG badge is "
                + "verified as the credential it carries.",
            "A W3C Verifiable Presentation (type VerifiablePresentation) is verified with its holder's proof "
                + "(purpose authentication; --challenge and --domain, when given, must be the proof's) and each "
                + "credential in it as on its own (one enveloped as data:application/vc+jwt,… as a VC-JWT).",
            "The key of a credential must be bound to its issuer (controlled by it, or listed in its --did-document); "
                + "a valid signature whose binding cannot be established is INDETERMINATE unless "
                + "--accept-unestablished-binding (see its risk below).",
            "A detached seal (JAdES with no payload or with sigD, XAdES referencing other files) is checked "
                + "against the documents given with --detached; without them it is not valid.",
            "--batch verifies a folder or a JSON Lines file; the failures report lists every item that is not "
                + "valid, --out gets one verdict per item.",
            "Exit 0 valid (and trusted), 1 invalid or untrusted, 2 unreadable."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  microcredentials verify signed.json",
            "  microcredentials verify --did-document did.json signed-by-did-web.json",
            "  microcredentials verify --challenge 8f3a --domain https://verifier.example presentation.json",
            "  microcredentials verify --accept-unestablished-binding w3c-test-vector.json",
            "  microcredentials verify --trust qtsp-root.pem --at 2024-05-28T09:51:19Z sealed-edc.json",
            "  microcredentials verify --trust root.pem --detached https://example.org/d.pdf=d.pdf seal.json",
            "  microcredentials verify --batch --out verdicts.jsonl signed.jsonl"})
final class VerifyCommand implements Callable<Integer> {

    /** Three base64url parts separated by dots: a JWS in compact serialization (RFC 7515 §7.1). */
    private static final Pattern COMPACT_JWS = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]*");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default: a one-line verdict) or json (the whole report).")
    String format;

    @Mixin
    SigningOptions options;

    @Option(names = "--trust", paramLabel = "CERT.pem", description = "A trust anchor for seals (PEM certificates; repeatable).")
    List<Path> trust = List.of();

    @Option(names = "--at", paramLabel = "TIME", description = "Check seal certificates at this time (for example 2024-05-28T09:51:19Z).")
    String at;

    @Option(names = "--detached", paramLabel = "[NAME=]FILE",
            description = "For a detached seal: a document it signs, under the name or URI the seal gives it (FILE alone "
                    + "for a seal of one document); repeatable.")
    List<String> detached = List.of();

    @Option(names = "--out", paramLabel = "FILE", description = "With --batch: write one verdict per item here (JSON Lines).")
    Path out;

    @Option(names = "--audience", paramLabel = "ID", description = "For an SD-JWT VC presentation: this verifier's identifier (aud of the Key Binding JWT).")
    String audience;

    @Option(names = "--nonce", paramLabel = "NONCE", description = "For an SD-JWT VC presentation: the nonce this verifier gave.")
    String nonce;

    @Option(names = "--challenge", paramLabel = "TEXT",
            description = "For a W3C Verifiable Presentation: the challenge this verifier gave; the proof must have it.")
    String challenge;

    @Option(names = "--domain", paramLabel = "TEXT",
            description = "For a W3C Verifiable Presentation: this verifier's domain; the proof must name it.")
    String domain;

    @Option(names = "--issuer-key", paramLabel = "JWK", description = "For an SD-JWT VC without a trusted x5c chain: the issuer's public JWK.")
    Path issuerKey;

    @Option(names = "--status-token", paramLabel = "FILE", description = "For an SD-JWT VC: its Token Status List token (statuslist+jwt).")
    Path statusToken;

    @Mixin
    BatchOptions batch;

    @Mixin
    StatusOptions status;

    @Option(names = "--did-document", paramLabel = "FILE|DIR",
            description = "A DID document or controller document of an issuer (did:web, https), or a folder of them "
                    + "(*.json); repeatable. Read offline.")
    List<Path> didDocuments = List.of();

    @Option(names = "--accept-unestablished-binding",
            description = "Accept a valid signature whose key cannot be shown to be the issuer's (for a presentation: the "
                    + "holder's): the key's controller is someone else, a did:key say, and no --did-document of the issuer "
                    + "lists it. Without this option such a credential is INDETERMINATE (ISSUER_BINDING_UNESTABLISHED, exit 1); "
                    + "with it, VALID with a warning. RISK: anyone can then sign in an issuer's name with a key of their own; "
                    + "use it only when the issuer's keys are checked by other means (a registry of trusted keys, a test "
                    + "suite). A key known not to be the issuer's (CONTROLLER_MISMATCH) is refused either way.")
    boolean acceptUnestablishedBinding;

    @Option(names = "--fetch-dids", description = "Fetch the did:web and https controller documents not given with "
            + "--did-document over HTTPS (opt-in network access: 10 s timeout, 256 KiB, public addresses only, "
            + "redirects only to the same host).")
    boolean fetchDids;

    @Parameters(paramLabel = "FILE", description = "The signed credential ('-' for standard input); with --batch, a folder "
            + "or a JSON Lines file.")
    Path file;

    @Spec
    CommandSpec spec;

    /** One verdict: the exit code, a line for people, the report as JSON. */
    record Verdict(int exitCode, String summary, String json) {
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (!format.equals("text") && !format.equals("json")) {
            throw new CliException(Main.USAGE, "unknown --format '" + format + "' (expected text or json)");
        }
        IdentityOptions identities = new IdentityOptions();
        identities.documents = didDocuments;
        if (batch.enabled && !detached.isEmpty()) {
            throw new CliException(Main.USAGE, "--detached gives the content of one seal; it does not go with --batch");
        }
        Verifiers verifiers = new Verifiers(options.contexts(), options.relatedResources(), anchors(), validationTime(), status,
                identities.verificationResolver(fetchDids), new PresentationOptions(Optional.ofNullable(challenge),
                        Optional.ofNullable(domain)), detachedContent(),
                acceptUnestablishedBinding ? IssuerBinding.ACCEPT_UNESTABLISHED : IssuerBinding.REQUIRED);
        if (batch.enabled) {
            ItemTask task = item -> {
                // the verdict is data for the results file; an item that is not valid is a failure of the batch
                Verdict verdict = verifiers.verify(item);
                if (verdict.exitCode() != Main.OK) {
                    throw new SigningException(verdict.summary());
                }
                try {
                    return JSON.writeValueAsBytes(JSON.readTree(verdict.json()));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            };
            return new Batch(spec.commandLine(), batch, "verified").run(file, out, task, false, false);
        }
        if (out != null) {
            throw new CliException(Main.USAGE, "--out is for --batch; a single verdict goes to standard output");
        }
        byte[] bytes = Inputs.read(file);
        if (!detached.isEmpty() && !isSeal(bytes)) {
            throw new CliException(Main.USAGE, "--detached is for a detached JAdES or XAdES seal, and " + file + " is not one");
        }
        if (!detached.isEmpty() && !SealVerifier.looksLikeXml(bytes) && !isDetachedJades(bytes)) {
            // the seal is checked over the payload it carries: say so rather than let the files seem checked
            spec.commandLine().getErr().println("warning: the seal carries its payload; the --detached content is not used");
            spec.commandLine().getErr().flush();
        }
        if (CertificateFiles.isPdf(bytes)) {
            return CertificateFiles.verify(bytes, this);
        }
        Verdict verdict = SdJwtFiles.isSdJwt(bytes)
                ? SdJwtFiles.verify(bytes, anchors(), issuerKey, audience, nonce, statusToken)
                : verifiers.verify(CertificateFiles.unbakeIfImage(bytes, file));
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.print(format.equals("json") ? verdict.json() : file + ": " + verdict.summary() + "\n");
        stdout.flush();
        return verdict.exitCode();
    }

    /** The verifiers of every kind, built once (and shared by the threads of a batch). */
    static final class Verifiers {
        private final DataIntegrityVerifier dataIntegrity;
        private final PresentationVerifier presentations;
        private final PresentationOptions expected;
        private final VcJwtVerifier jwt;
        private final SealVerifier seals;
        private final StatusOptions status;
        private final List<DetachedContent> detached;

        Verifiers(JsonLdContexts contexts, Map<URI, byte[]> relatedResources, List<X509Certificate> anchors, Instant at,
                StatusOptions status, KeyResolver keys, PresentationOptions expected, List<DetachedContent> detached,
                IssuerBinding binding) {
            this.status = status;
            this.detached = List.copyOf(detached);
            this.dataIntegrity = DataIntegrityVerifier.builder().contexts(contexts).keyResolver(keys)
                    .relatedResources(relatedResources).issuerBinding(binding).build();
            // the same settings verify the VC-JWT credentials a presentation envelopes
            this.presentations = PresentationVerifier.of(dataIntegrity);
            this.expected = expected;
            this.jwt = VcJwtVerifier.builder().keyResolver(keys).relatedResources(relatedResources).issuerBinding(binding).build();
            SealVerifier.Builder builder = SealVerifier.builder().trustAnchors(anchors);
            if (at != null) {
                builder.validationTime(at);
            }
            this.seals = builder.build();
        }

        /**
         * Verifies one input of any kind.
         *
         * @param bytes the input
         * @return the verdict
         * @throws CliException (usage) if the input is not a signed credential of a known kind
         */
        Verdict verify(byte[] bytes) {
            String input = new String(bytes, StandardCharsets.UTF_8).strip();
            // A compact JWS that names an X.509 certificate or carries JAdES properties is a seal, not a VC-JWT.
            if (isSeal(bytes)) {
                boolean xml = SealVerifier.looksLikeXml(bytes);
                SealReport report = xml ? seals.verifyXades(bytes, detached) : seals.verifyJades(bytes, detached);
                boolean unreadable = !report.intact()
                        && report.problems().stream().allMatch(p -> p.code() == SealProblem.Code.MALFORMED);
                if (detached.isEmpty() && (!xml && isDetachedJades(bytes) || xml && report.problems().stream()
                        .anyMatch(p -> p.code() == SealProblem.Code.REFERENCE_INVALID && p.message().contains("not supplied")))) {
                    // A detached seal alone proves nothing about a document; its verdict is never VALID without one.
                    return new Verdict(Main.FINDINGS, "INVALID (detached content not given): " + report.summary()
                            + "\n  the seal signs content that is not in the file; give it with --detached [NAME=]FILE",
                            report.toJson());
                }
                return new Verdict(report.isValid() ? Main.OK : unreadable ? Main.USAGE : Main.FINDINGS, report.summary(),
                        report.toJson());
            }
            VerificationReport report;
            if (input.startsWith("{") && isPresentation(bytes)) {
                PresentationReport presentation = presentations.verify(bytes, expected);
                int exit = presentation.isValid() ? Main.OK : presentation.malformed() ? Main.USAGE : Main.FINDINGS;
                return new Verdict(exit, presentation.summary(), presentation.toJson());
            }
            if (input.startsWith("{")) {
                report = dataIntegrity.verify(input);
            } else if (COMPACT_JWS.matcher(input).matches()) {
                report = jwt.verify(input);
            } else {
                throw new CliException(Main.USAGE, notSigned(bytes, input));
            }
            if (report.isValid() && input.startsWith("{")) {
                StatusResult checked = status.check(report.credential().orElseThrow(), dataIntegrity);
                if (!checked.entries().isEmpty() || !checked.findings().isEmpty()) {
                    return StatusReport.verdict(report, checked, status.requested());
                }
            }
            int exit = report.isValid() ? Main.OK : report.malformed() ? Main.USAGE : Main.FINDINGS;
            return new Verdict(exit, withProofs(report), report.toJson());
        }

        /**
         * The one-line verdict, and for a proof set or chain, or a proof with a warning, one line per
         * proof with its own verdict (the first failure) and warnings.
         */
        static String withProofs(VerificationReport report) {
            StringBuilder out = new StringBuilder(report.summary());
            boolean detail = report.proofs().size() > 1 || report.proofs().stream().anyMatch(p -> !p.warnings().isEmpty());
            if (!detail) {
                return out.toString();
            }
            for (ProofResult proof : report.proofs()) {
                out.append("\n  proof ").append(proof.index()).append(" (").append(proof.method().isEmpty() ? "?" : proof.method())
                        .append("): ");
                if (proof.valid()) {
                    out.append("valid");
                } else {
                    out.append(proof.failures().get(0)).append(proof.failures().size() > 1
                            ? " (+" + (proof.failures().size() - 1) + " more)" : "");
                }
                proof.warnings().forEach(w -> out.append("\n    warning: ").append(w));
            }
            return out.toString();
        }

        private static String notSigned(byte[] bytes, String input) {
            if (input.startsWith("[")) {
                int items;
                try {
                    items = JSON.readTree(bytes).size();
                } catch (IOException e) {
                    items = -1;
                }
                return "a JSON array" + (items >= 0 ? " of " + items + " item" + (items == 1 ? "" : "s") : "")
                        + ", not one signed credential: verify takes one credential per file; to verify many, give a folder"
                        + " or JSON Lines (one credential per line) with --batch";
            }
            List<String> why = Diagnosis.explain(bytes, List.of());
            String detail = why.get(0).contains(": ") ? why.get(0).substring(why.get(0).indexOf(": ") + 2) : why.get(0);
            return "not a signed credential (expected a JSON object with a Data Integrity proof or a JAdES seal, XML with"
                    + " a XAdES seal, or a compact JWS): " + (detail.startsWith("no reader") ? "unrecognised content" : detail);
        }
    }

    /** A W3C presentation: a JSON object whose type is or includes VerifiablePresentation. */
    static boolean isPresentation(byte[] bytes) {
        try {
            JsonNode type = JSON.readTree(bytes).path("type");
            if (type.isTextual()) {
                return type.asText().equals("VerifiablePresentation");
            }
            for (JsonNode t : type) {
                if (t.isTextual() && t.asText().equals("VerifiablePresentation")) {
                    return true;
                }
            }
            return false;
        } catch (IOException | RuntimeException e) {
            // unreadable here: the credential verifier reports why
            return false;
        }
    }

    private static boolean isJades(String input) {
        // a detached seal in the flattened JSON serialization may have no payload member (RFC 7515, appendix F)
        return input.contains("\"signatures\"") || (input.contains("\"payload\"") || input.contains("\"protected\""))
                && input.contains("\"signature\"") && !input.contains("\"proof\"");
    }

    /** A JAdES seal (JSON or compact) or a XAdES seal (XML), as opposed to a credential with a proof or a VC-JWT. */
    static boolean isSeal(byte[] bytes) {
        String input = new String(bytes, StandardCharsets.UTF_8).strip();
        // A compact JWS that names an X.509 certificate or carries JAdES properties is a seal, not a VC-JWT.
        return SealVerifier.looksLikeXml(bytes) || input.startsWith("{") && isJades(input) || SealVerifier.looksLikeCompactJades(bytes);
    }

    /**
     * A JAdES seal that does not carry what it signs: an empty payload in the compact serialization,
     * an absent or empty payload in JSON (RFC 7515, appendix F; a {@code sigD} seal is always so).
     */
    static boolean isDetachedJades(byte[] bytes) {
        String input = new String(bytes, StandardCharsets.UTF_8).strip();
        if (!input.startsWith("{")) {
            String[] parts = input.split("\\.", -1);
            return parts.length == 3 && parts[1].isEmpty();
        }
        try {
            JsonNode payload = JSON.readTree(bytes).path("payload");
            return payload.isMissingNode() || payload.isTextual() && payload.asText().isEmpty();
        } catch (IOException | RuntimeException e) {
            // unreadable here: the seal verifier reports why
            return false;
        }
    }

    /**
     * The --detached documents: {@code NAME=FILE}, split at the last '=' since a URI may hold one,
     * or a FILE alone (an existing file's path wins over a split), named by its file name.
     */
    private List<DetachedContent> detachedContent() {
        List<DetachedContent> documents = new ArrayList<>();
        for (String value : detached) {
            int equals = value.lastIndexOf('=');
            Path alone = Path.of(value);
            if (equals <= 0 || Files.isRegularFile(alone)) {
                Path name = alone.getFileName();
                documents.add(new DetachedContent(name == null ? value : name.toString(), Inputs.read(alone)));
            } else {
                documents.add(new DetachedContent(value.substring(0, equals), Inputs.read(Path.of(value.substring(equals + 1)))));
            }
        }
        return documents;
    }

    private Instant validationTime() {
        if (at == null) {
            return null;
        }
        try {
            return Instant.parse(at);
        } catch (DateTimeParseException e) {
            throw new CliException(Main.USAGE, "--at needs an ISO-8601 instant such as 2024-05-28T09:51:19Z, not " + at, e);
        }
    }

    private List<X509Certificate> anchors() {
        List<X509Certificate> anchors = new ArrayList<>();
        for (Path pem : trust) {
            try {
                for (Certificate c : CertificateFactory.getInstance("X.509")
                        .generateCertificates(new ByteArrayInputStream(Inputs.read(pem)))) {
                    anchors.add((X509Certificate) c);
                }
            } catch (CertificateException e) {
                throw new CliException(Main.USAGE, pem + ": not a PEM certificate", e);
            }
        }
        return anchors;
    }
}
