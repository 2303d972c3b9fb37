package io.github.microcredentials.cli;

import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.core.json.NativeJson;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.sample.Samples;
import io.github.microcredentials.edc.EdcWriter;
import io.github.microcredentials.openbadges.OpenBadgesWriter;
import io.github.microcredentials.signing.Cryptosuite;
import io.github.microcredentials.signing.DataIntegritySigner;
import io.github.microcredentials.signing.DataIntegrityVerifier;
import io.github.microcredentials.signing.KeyType;
import io.github.microcredentials.signing.SigningException;
import io.github.microcredentials.signing.SigningKey;
import io.github.microcredentials.signing.VerificationReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Builds the sample micro-credential, shows it, and issues it as a signed Open Badges 3.0
 * credential that is then verified.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        header = "Build, print, sign and verify a sample micro-credential.",
        description = "Builds a sample HEROES micro-credential (3 ECTS, EQF 6, ESCO skills), prints its native JSON "
                + "and a short summary, then signs it as an Open Badges 3.0 credential (eddsa-rdfc-2022, a fresh "
                + "did:key) and verifies the signed credential. Nothing is written to disk unless --out names a "
                + "directory: then every file (native JSON, Europass EDC, signed Open Badges 3.0, the certificate PDF "
                + "and a baked badge) goes there and "
                + "only the summary is printed.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  microcredentials demo",
            "  microcredentials demo --out demo && microcredentials verify demo/microcredential.ob3.signed.json"})
final class DemoCommand implements Callable<Integer> {

    static final String NATIVE_FILE = "microcredential.json";
    static final String EDC_FILE = "microcredential.edc.jsonld";
    static final String SIGNED_OB3_FILE = "microcredential.ob3.signed.json";

    @Option(names = "--out", paramLabel = "DIR", description = "Write the files into this directory.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, CredentialParseException, SigningException {
        MicroCredential credential = Samples.microCredential();
        String json = NativeJson.create().write(credential);
        PrintWriter stdout = spec.commandLine().getOut();
        if (out == null) {
            stdout.println(json);
            stdout.println();
        } else {
            Files.createDirectories(out);
            write(out.resolve(NATIVE_FILE), json, stdout);
            write(out.resolve(EDC_FILE), EdcWriter.create().write(credential), stdout);
        }
        Summary.of(credential).forEach(stdout::println);
        return issueSigned(credential, out, stdout);
    }

    /**
     * Signs the credential as Open Badges 3.0 with a fresh key and verifies what was signed: the
     * written file with --out, else the signed bytes in memory (no temporary files left behind).
     */
    private static int issueSigned(MicroCredential credential, Path directory, PrintWriter stdout)
            throws IOException, CredentialParseException, SigningException {
        SigningKey key = SigningKey.generate(KeyType.ED25519);
        String badge = OpenBadgesWriter.builder().issuerId(key.publicKey().did()).build().write(credential);
        String signed = DataIntegritySigner.builder(Cryptosuite.EDDSA_RDFC_2022, key.signer()).build().sign(badge);
        byte[] verified;
        if (directory == null) {
            verified = signed.getBytes(StandardCharsets.UTF_8);
            stdout.println("signed as an Open Badges 3.0 credential (" + verified.length + " bytes, not written: "
                    + "--out DIR keeps the files)");
        } else {
            Path file = directory.resolve(SIGNED_OB3_FILE);
            write(file, signed, stdout);
            CertificateFiles.writeDemo(credential, signed, directory, stdout);
            verified = Files.readAllBytes(file);
        }
        VerificationReport report = DataIntegrityVerifier.builder().build().verify(verified);
        stdout.println("verified " + (directory == null ? "the signed credential" : SIGNED_OB3_FILE) + ": " + report.summary());
        return report.isValid() ? Main.OK : Main.FINDINGS;
    }

    private static void write(Path file, String content, PrintWriter stdout) throws IOException {
        Files.writeString(file, content.endsWith("\n") ? content : content + "\n", StandardCharsets.UTF_8);
        stdout.println("wrote " + file);
    }
}
