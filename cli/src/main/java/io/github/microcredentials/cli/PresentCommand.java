package io.github.microcredentials.cli;

import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.signing.Cryptosuite;
import io.github.microcredentials.signing.DataIntegritySigner;
import io.github.microcredentials.signing.KeyType;
import io.github.microcredentials.signing.PresentationOptions;
import io.github.microcredentials.signing.PresentationSigner;
import io.github.microcredentials.signing.SigningException;
import io.github.microcredentials.signing.SigningKey;
import io.github.microcredentials.wallet.SdJwtException;
import io.github.microcredentials.wallet.SdJwtHolder;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Makes a presentation: of an SD-JWT VC (the holder chooses the claims, optionally with a Key Binding
 * JWT), or a W3C Verifiable Presentation of Data Integrity credentials signed by the holder.
 */
@Command(name = "present", mixinStandardHelpOptions = true,
        header = "Present SD-JWT VC claims, or credentials in a W3C presentation the holder signs.",
        description = {"Claims are named by paths (title, ects, learner.familyName, learningOutcomes.0); a claim is "
                + "disclosed with everything inside it. --list prints the claims that can be disclosed.",
            "With --holder-key, --audience and --nonce the presentation ends with a Key Binding JWT (kb+jwt).",
            "Given JSON credentials (Data Integrity), it writes a W3C Verifiable Presentation holding them, signed "
                + "with --holder-key (proof purpose authentication; holder: the key's did:key) and bound to the "
                + "verifier's --nonce (the proof's challenge) and --audience (its domain)."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  microcredentials present --list credential.sd-jwt",
            "  microcredentials present --disclose title,ects,awardingBody --holder-key holder.pem "
                + "--audience https://employer.example --nonce 8f3a credential.sd-jwt",
            "  microcredentials present --holder-key holder.pem --nonce 8f3a --audience https://employer.example "
                + "diploma.signed.json badge.signed.json"})
final class PresentCommand implements Callable<Integer> {

    @Option(names = "--disclose", split = ",", paramLabel = "CLAIM", description = "Claims to disclose (comma-separated paths).")
    List<String> disclose = List.of();

    @Option(names = "--list", description = "List the claims that can be disclosed, and stop.")
    boolean list;

    @Option(names = "--holder-key", paramLabel = "KEY.pem", description = "The holder's PKCS#8 PEM key (the credential's cnf key).")
    Path holderKey;

    @Option(names = {"--audience", "--domain"}, paramLabel = "ID",
            description = "The verifier: the Key Binding JWT's aud, or the W3C proof's domain.")
    String audience;

    @Option(names = {"--nonce", "--challenge"}, paramLabel = "NONCE",
            description = "The verifier's nonce: in the Key Binding JWT, or the W3C proof's challenge.")
    String nonce;

    @Option(names = "--suite", paramLabel = "SUITE", description = "For a W3C presentation: the Data Integrity cryptosuite "
            + "(default eddsa-rdfc-2022 for Ed25519, ecdsa-rdfc-2019 for P-256 and P-384).")
    String suite;

    @Mixin
    SigningOptions options;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to this file instead of standard output.")
    Path out;

    @Parameters(paramLabel = "FILE", arity = "1..*",
            description = "The SD-JWT VC as issued ('-' for standard input), or one or more signed JSON credentials.")
    List<Path> files;

    private Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        file = files.get(0);
        byte[] first = Inputs.read(file);
        if (new String(first, StandardCharsets.UTF_8).strip().startsWith("{")) {
            return presentW3c(first);
        }
        if (files.size() > 1) {
            throw new CliException(Main.USAGE, "an SD-JWT VC is presented alone; give one file");
        }
        String credential = new String(first, StandardCharsets.US_ASCII).strip();
        PrintWriter stdout = spec.commandLine().getOut();
        try {
            if (list) {
                SdJwtHolder.disclosablePaths(credential).forEach(stdout::println);
                stdout.flush();
                return Main.OK;
            }
            if (disclose.isEmpty()) {
                throw new CliException(Main.USAGE, "name the claims to disclose with --disclose (see --list)");
            }
            String presentation;
            if (holderKey == null) {
                if (audience != null || nonce != null) {
                    throw new CliException(Main.USAGE, "a Key Binding JWT needs --holder-key as well as --audience and --nonce");
                }
                presentation = SdJwtHolder.present(credential, disclose);
            } else {
                if (audience == null || nonce == null) {
                    throw new CliException(Main.USAGE, "a Key Binding JWT needs --audience and --nonce");
                }
                SigningKey key = SigningOptions.readKey(holderKey);
                presentation = SdJwtHolder.present(credential, disclose, key.signer(), audience, nonce, Instant.now());
            }
            if (out == null) {
                stdout.println(presentation);
                stdout.flush();
            } else {
                Files.writeString(out, presentation, StandardCharsets.US_ASCII);
            }
            return Main.OK;
        } catch (SdJwtException e) {
            throw new CliException(Main.USAGE, file + ": " + e.getMessage(), e);
        }
    }

    /** A W3C Verifiable Presentation of the JSON credentials, signed with the holder's key. */
    private Integer presentW3c(byte[] first) throws IOException {
        if (holderKey == null) {
            throw new CliException(Main.USAGE, "a W3C presentation is signed by the holder: give --holder-key");
        }
        if (list || !disclose.isEmpty()) {
            throw new CliException(Main.USAGE, "--list and --disclose are for SD-JWT VCs; a W3C presentation holds whole credentials");
        }
        List<byte[]> credentials = new ArrayList<>();
        credentials.add(first);
        for (Path other : files.subList(1, files.size())) {
            credentials.add(Inputs.read(other));
        }
        SigningKey key = SigningOptions.readKey(holderKey);
        Cryptosuite chosen = suite != null
                ? Cryptosuite.of(suite).orElseThrow(() -> new CliException(Main.USAGE, "unknown --suite '" + suite + "'"))
                : key.type() == KeyType.P256 || key.type() == KeyType.P384 ? Cryptosuite.ECDSA_RDFC_2019 : Cryptosuite.EDDSA_RDFC_2022;
        if (!chosen.accepts(key.type())) {
            throw new CliException(Main.USAGE, chosen.id() + " does not sign with " + key.type().label() + " keys");
        }
        byte[] presentation;
        try {
            presentation = PresentationSigner.builder(DataIntegritySigner.builder(chosen, key.signer()).contexts(options.contexts()).build())
                    .build().present(credentials, new PresentationOptions(Optional.ofNullable(nonce), Optional.ofNullable(audience)));
        } catch (CredentialParseException | SigningException e) {
            throw new CliException(Main.USAGE, "nothing was presented: " + e.getMessage(), e);
        }
        if (out == null) {
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.println(new String(presentation, StandardCharsets.UTF_8));
            stdout.flush();
        } else {
            Files.write(out, presentation);
        }
        return Main.OK;
    }
}
