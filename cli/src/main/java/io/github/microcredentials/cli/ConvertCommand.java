package io.github.microcredentials.cli;

import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.core.json.ReadResult;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.validation.Report;
import io.github.microcredentials.signing.Cryptosuite;
import io.github.microcredentials.signing.DataIntegritySigner;
import io.github.microcredentials.signing.KeyType;
import io.github.microcredentials.signing.SigningException;
import io.github.microcredentials.signing.SigningKey;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import com.fasterxml.jackson.databind.ObjectMapper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Converts a credential from one format to another. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        header = "Convert a credential between native JSON, Europass EDC and Open Badges 3.0.",
        description = {
            "The input format is detected from the content unless --from names it. What the target format "
                + "cannot carry, and what the reader could not read, is reported on standard error.",
            "An EDC is checked against the EU's EDC shapes: one that does not conform (for example, its issuer "
                + "has no eIDAS identifier, which a sealer adds) is still written, and the exit code is 1.",
            "--issuer-id sets the issuer's id of the output (an https id the writer put there moves to the issuer's url); "
                + "--key signs the output with a Data Integrity proof, refused unless the issuer controls the key "
                + "(its did:key, or --issuer-id with a --did-document listing the key).",
            "--batch converts a folder (into the --out folder, one file per credential, same names) or a JSON "
                + "Lines file (into JSON Lines)."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  microcredentials convert --to edc credential.json > credential.edc.jsonld",
            "  microcredentials convert --to ob3 --issuer-id did:web:example.edu --key issuer.pem --did-document did.json "
                + "credential.json",
            "  microcredentials convert --to ob3 --from edc --out badge.json credential.edc.jsonld",
            "  microcredentials convert --batch --to edc --out edc/ native/",
            "  microcredentials convert --to sd-jwt-vc --key issuer.pem --cert chain.pem --issuer https://university.example "
                + "--holder-key holder.jwk credential.json > credential.sd-jwt"})
final class ConvertCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--to", required = true, paramLabel = "FORMAT",
            description = "Target format: native, edc, ob3, or sd-jwt-vc (signed; needs --key and --issuer-id, its iss URL).")
    String to;

    @Option(names = "--cert", paramLabel = "CHAIN.pem", description = "With --to sd-jwt-vc: the issuer's certificate chain "
            + "(PEM, leaf first) for x5c.")
    Path cert;

    @Option(names = "--holder-key", paramLabel = "JWK", description = "With --to sd-jwt-vc: the holder's public JWK (cnf).")
    Path holderKey;

    @Option(names = "--from", paramLabel = "FORMAT", description = "Input format (default: detected).")
    String from;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to this file instead of standard output; with "
            + "--batch, a folder (for a folder) or a JSON Lines file.")
    Path out;

    @Mixin
    BatchOptions batch;

    @Mixin
    IdentityOptions identity;

    @Option(names = "--key", paramLabel = "FILE", description = "Sign the converted credential with a Data Integrity proof "
            + "(PKCS#8 PEM, as keygen writes it); the issuer id becomes --issuer-id or the key's did:key, checked as sign does. "
            + "With --to sd-jwt-vc: the issuer's key.")
    Path keyFile;

    @Mixin
    SigningOptions signing;

    @Parameters(paramLabel = "FILE", description = "The credential to convert ('-' for standard input); with --batch, a "
            + "folder or a JSON Lines file.")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws CredentialParseException, SigningException, IOException, InterruptedException {
        boolean sdJwtVc = "sd-jwt-vc".equals(to);
        if (sdJwtVc && batch.enabled) {
            throw new CliException(Main.USAGE, "--to sd-jwt-vc converts one credential at a time");
        }
        CredentialFormat target = sdJwtVc ? null : Formats.byName(to);
        if ((keyFile != null || identity.issuerId != null) && to.equals("edc")) {
            throw new CliException(Main.USAGE, "a Europass EDC issuer is identified by its seal certificate, not by "
                    + "--issuer-id or a signing key: convert to edc, then seal with sign --format jades --keystore FILE");
        }
        // An SD-JWT VC's issuer is its iss and x5c chain, not a DID: the key is used as it is.
        SigningKey signingKey = keyFile == null || sdJwtVc ? null : SigningOptions.readKey(keyFile);
        IdentityOptions.Identity signer = sdJwtVc ? null : signingKey != null ? identity.identity(signingKey.signer())
                : identity.issuerId != null ? new IdentityOptions.Identity(java.net.URI.create(identity.issuerId), null, null) : null;
        CredentialFormat fixedSource = from == null ? null : Formats.byName(from);
        if (batch.enabled) {
            boolean folder = Files.isDirectory(file);
            ItemTask task = item -> {
                CredentialFormat source = fixedSource != null ? fixedSource : Formats.detect("item", item);
                byte[] converted = identified(write(target, source.read(item).value(), signer).bytes(), signingKey, signer);
                // JSON Lines output needs one line per credential
                return folder ? converted : compact(converted);
            };
            return new Batch(spec.commandLine(), batch, "converted").run(file, out, task, true, true);
        }
        byte[] input = Inputs.read(file);
        CredentialFormat source = fixedSource != null ? fixedSource : Formats.detect(file.toString(), input);
        ReadResult<MicroCredential> read = source.read(input);
        PrintWriter err = spec.commandLine().getErr();
        read.findings().findings().forEach(f -> err.println(file + ": " + f));
        if (sdJwtVc) {
            emit(SdJwtFiles.issue(read.value(), keyFile, cert, identity.issuerId, holderKey));
            return Main.OK;
        }
        CredentialFormat.Written written = write(target, read.value(), signer);
        written.findings().findings().forEach(f -> err.println(file + ": " + f));
        if (!written.findings().conforms()) {
            err.println(file + ": the " + target.name() + " written does not conform ("
                    + written.findings().findings(io.github.microcredentials.core.validation.Severity.ERROR).size()
                    + " errors above); it is written all the same");
        }
        emit(identified(written.bytes(), signingKey, signer));
        err.flush();
        return written.findings().conforms() ? Main.OK : Main.FINDINGS;
    }

    private void emit(byte[] output) throws IOException {
        if (out == null) {
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.println(new String(output, java.nio.charset.StandardCharsets.UTF_8));
            stdout.flush();
        } else {
            Files.write(out, output);
        }
    }

    private static CredentialFormat.Written write(CredentialFormat target, MicroCredential credential,
            IdentityOptions.Identity signer) {
        return signer != null && target instanceof Ob3Format ob3
                ? new CredentialFormat.Written(ob3.write(credential, signer.issuer()), Report.empty())
                : target.writeReporting(credential);
    }

    /** The output with the signing identity as issuer id, and signed when a key is given. */
    private byte[] identified(byte[] output, SigningKey key, IdentityOptions.Identity signer)
            throws CredentialParseException, SigningException {
        if (signer == null) {
            return output;
        }
        byte[] withIssuer = withIssuerId(output, signer.issuer());
        if (key == null) {
            return withIssuer;
        }
        if (key.type() == KeyType.RSA) {
            throw new CliException(Main.USAGE, "no Data Integrity suite signs with RSA keys");
        }
        Cryptosuite suite = key.type() == KeyType.ED25519 ? Cryptosuite.EDDSA_RDFC_2022 : Cryptosuite.ECDSA_RDFC_2019;
        return DataIntegritySigner.builder(suite, key.signer()).contexts(signing.contexts())
                .verificationMethod(signer.verificationMethod()).keyResolver(signer.resolver()).build().sign(withIssuer);
    }

    /** Sets the issuer's id; an https id the writer put there (a homepage) is kept as the issuer's url. */
    static byte[] withIssuerId(byte[] json, java.net.URI issuer) {
        try {
            com.fasterxml.jackson.databind.JsonNode tree = JSON.readTree(json);
            if (!(tree instanceof com.fasterxml.jackson.databind.node.ObjectNode document)) {
                throw new CliException(Main.USAGE, "--issuer-id needs JSON output");
            }
            com.fasterxml.jackson.databind.JsonNode current = document.get("issuer");
            if (current instanceof com.fasterxml.jackson.databind.node.ObjectNode object) {
                com.fasterxml.jackson.databind.JsonNode old = object.get("id");
                if (old != null && old.isTextual() && old.asText().startsWith("https://") && !object.has("url")
                        && !old.asText().equals(issuer.toString())) {
                    object.put("url", old.asText());
                }
                object.put("id", issuer.toString());
            } else {
                document.put("issuer", issuer.toString());
            }
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(document);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] compact(byte[] json) {
        try {
            return JSON.writeValueAsBytes(JSON.readTree(json));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
