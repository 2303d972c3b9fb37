package io.github.microcredentials.cli;

import io.github.microcredentials.signing.SigningKey;
import io.github.microcredentials.wallet.SdJwtException;
import io.github.microcredentials.wallet.SdJwtHolder;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Makes an SD-JWT VC presentation: the holder chooses the claims, optionally with a Key Binding JWT. */
@Command(name = "present", mixinStandardHelpOptions = true,
        header = "Present chosen claims of an SD-JWT VC, with a Key Binding JWT for a verifier.",
        description = {"Claims are named by paths (title, ects, learner.familyName, learningOutcomes.0); a claim is "
                + "disclosed with everything inside it. --list prints the claims that can be disclosed.",
            "With --holder-key, --audience and --nonce the presentation ends with a Key Binding JWT (kb+jwt)."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  microcredentials present --list credential.sd-jwt",
            "  microcredentials present --disclose title,ects,awardingBody --holder-key holder.pem "
                + "--audience https://employer.example --nonce 8f3a credential.sd-jwt"})
final class PresentCommand implements Callable<Integer> {

    @Option(names = "--disclose", split = ",", paramLabel = "CLAIM", description = "Claims to disclose (comma-separated paths).")
    List<String> disclose = List.of();

    @Option(names = "--list", description = "List the claims that can be disclosed, and stop.")
    boolean list;

    @Option(names = "--holder-key", paramLabel = "KEY.pem", description = "The holder's PKCS#8 PEM key (the credential's cnf key).")
    Path holderKey;

    @Option(names = "--audience", paramLabel = "ID", description = "The verifier, the Key Binding JWT's aud.")
    String audience;

    @Option(names = "--nonce", paramLabel = "NONCE", description = "The verifier's nonce.")
    String nonce;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to this file instead of standard output.")
    Path out;

    @Parameters(paramLabel = "FILE", description = "The SD-JWT VC as issued ('-' for standard input).")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        String credential = new String(Inputs.read(file), StandardCharsets.US_ASCII).strip();
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
}
