package io.github.microcredentials.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.signing.Cryptosuite;
import io.github.microcredentials.signing.DataIntegritySigner;
import io.github.microcredentials.signing.KeyType;
import io.github.microcredentials.signing.SigningException;
import io.github.microcredentials.signing.Signer;
import io.github.microcredentials.signing.VcJwtSigner;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Signs a JSON-LD credential with a Data Integrity proof or as a VC-JWT, or seals it (JAdES, XAdES). */
@Command(name = "sign", mixinStandardHelpOptions = true,
        header = "Sign a credential (Data Integrity, VC-JWT) or seal it (JAdES, XAdES).",
        description = {
            "--format di (the default) adds a Data Integrity proof, --format jwt makes a VC-JWT, both with "
                + "--key FILE. The key's did:key becomes the issuer id when the credential has none; an existing, "
                + "different issuer id is never replaced (signing fails instead). To sign as a did:web or https "
                + "issuer, give --issuer-id and its --did-document: signing is refused unless that document lists the "
                + "key under assertionMethod, since verifiers would reject the proof. A credential id must be an "
                + "absolute URI.",
            "--format jades seals a Europass EDC with an X.509 seal certificate (--keystore FILE.p12); the EDC "
                + "gets its issuer and issued from the certificate, as Europass does. Other JSON is sealed only "
                + "with --force. --format xades seals an XML document. The key store password comes from "
                + "--password-file or $MICROCREDENTIALS_KEYSTORE_PASSWORD, never from the command line.",
            "Instead of --key or --keystore, --pkcs11-config FILE --pkcs11-alias LABEL signs with a key on a PKCS#11 "
                + "token (HSM, smart card) through the JDK's SunPKCS11 provider; the key signs on the token. The PIN "
                + "comes from --pin-file or $MICROCREDENTIALS_PKCS11_PIN, never from the command line.",
            "--batch signs a folder of credentials or a JSON Lines file (one credential per line) in parallel "
                + "and goes on after a bad item; see the batch options."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  microcredentials keygen --out issuer.pem",
            "  microcredentials sign --key issuer.pem credential.json > signed.json",
            "  microcredentials sign --key issuer.pem --issuer-id did:web:example.edu --did-document did.json credential.json",
            "  microcredentials sign --format jades --keystore seal.p12 --password-file pw.txt edc.jsonld",
            "  microcredentials sign --batch --key issuer.pem --out signed.jsonl cohort.jsonl",
            "  microcredentials sign --pkcs11-config hsm.cfg --pkcs11-alias issuer --pin-file pin.txt credential.json"})
final class SignCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "di", description = "di (default), jwt, jades or xades.")
    String format;

    @Option(names = "--key", paramLabel = "FILE", description = "The private key (PKCS#8 PEM, as keygen writes it), for di and jwt.")
    Path keyFile;

    @Option(names = "--suite", paramLabel = "SUITE",
            description = "Data Integrity cryptosuite: eddsa-rdfc-2022 (default for Ed25519), eddsa-jcs-2022, ecdsa-rdfc-2019 (default for P-256 and P-384), ecdsa-jcs-2019.")
    String suite;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to this file instead of standard output.")
    Path out;

    @Option(names = "--force", description = "With --format jades: seal JSON that is not a Europass EDC, as it is.")
    boolean force;

    @Mixin
    BatchOptions batch;

    @Mixin
    SigningOptions options;

    @Mixin
    SealOptions seal;

    @Mixin
    Pkcs11Options pkcs11;

    @Mixin
    IdentityOptions identity;

    @Parameters(paramLabel = "FILE", description = "The credential to sign ('-' for standard input); with --batch, a "
            + "folder or a JSON Lines file.")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws CredentialParseException, SigningException, IOException, InterruptedException {
        if (format.equals("jades") || format.equals("xades")) {
            if (batch.enabled) {
                throw new CliException(Main.USAGE, "--batch signs with --format di or jwt, not " + format);
            }
            byte[] sealed = Seals.seal(format, Inputs.read(file), seal.signer(pkcs11), seal, force, spec.commandLine().getErr());
            if (out == null) {
                spec.commandLine().getOut().print(new String(sealed, StandardCharsets.UTF_8) + "\n");
                spec.commandLine().getOut().flush();
            } else {
                Files.write(out, sealed);
            }
            return Main.OK;
        }
        Signer key;
        if (pkcs11.enabled()) {
            if (keyFile != null) {
                throw new CliException(Main.USAGE, "sign with --key FILE or --pkcs11-config FILE, not both");
            }
            key = pkcs11.signer();
        } else if (keyFile == null) {
            throw new CliException(Main.USAGE, "--format " + format + " signs with --key FILE or --pkcs11-config FILE");
        } else {
            key = SigningOptions.readKey(keyFile).signer();
        }
        if (batch.enabled) {
            ItemTask task = BatchSign.task(key, identity.identity(key), format, format.equals("di") ? suite(key) : null,
                    options.contexts());
            return new Batch(spec.commandLine(), batch, "signed").run(file, out, task, true, true);
        }
        IdentityOptions.Identity signer = identity.identity(key);
        byte[] credential = Inputs.read(file);
        String signed;
        switch (format) {
            case "di":
                DataIntegritySigner di = DataIntegritySigner.builder(suite(key), key).contexts(options.contexts())
                        .verificationMethod(signer.verificationMethod()).keyResolver(signer.resolver())
                        .relatedResources(options.relatedResources()).build();
                // The bytes, not a String: malformed UTF-8 must reach the signer as it is, to be refused.
                signed = new String(signAs(credential, signer.issuer(), checked -> di.sign(checked)), StandardCharsets.UTF_8);
                break;
            case "jwt":
                VcJwtSigner jwt = VcJwtSigner.withKeyId(key, signer.verificationMethod()).withKeyResolver(signer.resolver())
                        .withRelatedResources(options.relatedResources());
                signed = signAs(credential, signer.issuer(), jwt::sign) + "\n";
                break;
            default:
                throw new CliException(Main.USAGE, "unknown --format '" + format + "' (expected di, jwt, jades or xades)");
        }
        if (out == null) {
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.print(signed);
            stdout.flush();
        } else {
            Files.writeString(out, signed);
        }
        return Main.OK;
    }

    private Cryptosuite suite(Signer signer) {
        KeyType type = signer.publicKey().type();
        if (suite != null) {
            return Cryptosuite.of(suite).orElseThrow(() -> new CliException(Main.USAGE, "unknown --suite '" + suite + "'"));
        }
        if (type == KeyType.RSA) {
            throw new CliException(Main.USAGE, "no Data Integrity suite signs with RSA keys; use --format jwt");
        }
        return type == KeyType.P256 || type == KeyType.P384 ? Cryptosuite.ECDSA_RDFC_2019 : Cryptosuite.EDDSA_RDFC_2022;
    }

    /**
     * Refuses a credential whose {@code id} is not an absolute URI (VC Data Model: a URL): a relative
     * id would be resolved against wherever the credential happens to be, or dropped from what the
     * proof covers.
     *
     * @param document the credential
     * @throws CredentialParseException if the id is relative, not a string, or not a URI
     */
    static void requireAbsoluteId(JsonNode document) throws CredentialParseException {
        JsonNode id = document.get("id");
        if (id == null) {
            return;
        }
        if (!id.isTextual()) {
            throw new CredentialParseException(CredentialParseException.Problem.WRONG_TYPE, "/id",
                    "the credential id must be a string (an absolute URI), not " + id.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
        }
        URI uri;
        try {
            uri = new URI(id.asText());
        } catch (java.net.URISyntaxException e) {
            throw new CredentialParseException(CredentialParseException.Problem.INVALID_VALUE, "/id",
                    "the credential id is not a URI: " + id.asText(), e);
        }
        if (!uri.isAbsolute()) {
            throw new CredentialParseException(CredentialParseException.Problem.INVALID_VALUE, "/id",
                    "the credential id \"" + id.asText() + "\" is a relative URI; it must be absolute, such as "
                    + "urn:uuid:... or https://...; nothing was signed");
        }
    }

    /** Signs a credential given as UTF-8 JSON; what {@link #signAs} does after the issuer check. */
    @FunctionalInterface
    interface Signing<T> {
        T sign(byte[] credential) throws CredentialParseException, SigningException;
    }

    /**
     * Signs a credential as the signing identity, with the outcome of {@link #withIssuer} followed by
     * signing, and that method's errors first. The usual credential of a batch already names this
     * issuer: {@link IssuerScan} sees so without reading it into a tree, and it is signed as it is.
     * The signer reads every byte strictly; if it fails, the tree-based check runs after all, so
     * that a credential it refuses (malformed for Jackson, say) is refused in its words, as before.
     *
     * @param credential the credential, UTF-8 JSON
     * @param did the signing identity's issuer id
     * @param signing the signing of the checked credential
     * @param <T> what signing returns
     * @return what signing returned
     * @throws CredentialParseException as {@link #withIssuer}, or from signing
     * @throws SigningException from signing
     * @throws CliException if the credential names another issuer
     */
    static <T> T signAs(byte[] credential, URI did, Signing<T> signing) throws CredentialParseException, SigningException {
        if (!IssuerScan.signableAsIs(credential, did.toString().getBytes(StandardCharsets.UTF_8))) {
            return signing.sign(withIssuer(credential, did));
        }
        try {
            return signing.sign(credential);
        } catch (CredentialParseException | SigningException | RuntimeException e) {
            withIssuer(credential, did);        // throws what the check would have thrown before signing
            throw e;
        }
    }

    /**
     * Sets the issuer id to the signing identity when the credential has none; refuses to replace another.
     *
     * @param credential the credential, UTF-8 JSON
     * @param did the signing identity's issuer id
     * @return the credential itself when it names this issuer, else the credential with the issuer id added
     *     (two-space indented JSON)
     * @throws CredentialParseException if the credential is not strict JSON ({@code MALFORMED}, "not strict
     *     JSON: " and the parser's message), not an object, or its id is not an absolute URI
     * @throws CliException if the credential names another issuer
     */
    static byte[] withIssuer(byte[] credential, URI did) throws CredentialParseException {
        JsonNode tree;
        try {
            tree = JSON.readTree(credential);
        } catch (IOException | NumberFormatException e) {
            // Jackson reports a float whose exponent BigDecimal cannot hold (1e2147483648) unchecked; it is malformed input all the same.
            throw new CredentialParseException(CredentialParseException.Problem.MALFORMED, "", "not strict JSON: "
                    + e.getMessage().lines().findFirst().orElse(""), e);
        }
        if (!(tree instanceof ObjectNode document)) {
            throw new CredentialParseException(CredentialParseException.Problem.WRONG_TYPE, "", "expected a JSON object");
        }
        requireAbsoluteId(document);
        JsonNode issuer = document.get("issuer");
        JsonNode id = issuer != null && issuer.isObject() ? issuer.get("id") : issuer;
        if (id == null) {
            if (issuer != null && issuer.isObject()) {
                ((ObjectNode) issuer).put("id", did.toString());
            } else {
                document.put("issuer", did.toString());
            }
            try {
                return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(document);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        if (!id.isTextual() || !id.asText().equals(did.toString())) {
            throw new CliException(Main.USAGE, "the credential's issuer id " + id + " is not " + did + ", the identity "
                    + "signing (--issuer-id, or the key's did:key); the proof would not verify (the issuer must control the "
                    + "key), so nothing was signed. Sign with --issuer-id " + id + " --did-document FILE (the issuer's DID "
                    + "document listing this key), or remove the issuer id to sign as " + did);
        }
        return credential;
    }
}
