package io.github.microcredentials.cli;

import io.github.microcredentials.signing.SigningException;
import io.github.microcredentials.seals.SealSigner;
import io.github.microcredentials.seals.SealSigners;
import io.github.microcredentials.seals.TsaClient;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Option;

/**
 * Options of sealing: the PKCS#12 key store and its password, which never comes from the command
 * line (other users see the process list), and the time-stamping authority.
 */
final class SealOptions {

    /** The environment variable that may hold the key store password. */
    static final String PASSWORD_VARIABLE = "MICROCREDENTIALS_KEYSTORE_PASSWORD";

    /** Reads environment variables; replaceable in tests. */
    static UnaryOperator<String> environment = System::getenv;

    @Option(names = "--keystore", paramLabel = "FILE.p12", description = "The seal key and certificate chain (PKCS#12), for jades and xades.")
    Path keystore;

    @Option(names = "--alias", paramLabel = "NAME", description = "The key entry of the key store (default: its only key).")
    String alias;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "A file whose first line is the key store password (else the environment variable " + PASSWORD_VARIABLE + ").")
    Path passwordFile;

    @Option(names = "--tsa", paramLabel = "URL", description = "An RFC 3161 time-stamping authority: makes a BASELINE-T seal.")
    URI tsa;

    SealSigner signer() {
        if (keystore == null) {
            throw new CliException(Main.USAGE, "jades and xades seal with --keystore FILE.p12");
        }
        char[] password = password();
        try {
            return SealSigners.pkcs12(keystore, password, Optional.ofNullable(alias));
        } catch (SigningException e) {
            throw new CliException(Main.USAGE, e.getMessage(), e);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    Optional<TsaClient> tsa() {
        try {
            return Optional.ofNullable(tsa).map(TsaClient::http);
        } catch (IllegalArgumentException e) {
            throw new CliException(Main.USAGE, "--tsa: " + e.getMessage(), e);
        }
    }

    private char[] password() {
        if (passwordFile != null) {
            byte[] bytes = Inputs.read(passwordFile);
            try {
                CharBuffer chars = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes));
                int end = 0;
                while (end < chars.limit() && chars.get(end) != '\n' && chars.get(end) != '\r') {
                    end++;
                }
                char[] password = new char[end];
                chars.get(password, 0, end);
                Arrays.fill(chars.array(), '\0');
                return password;
            } finally {
                Arrays.fill(bytes, (byte) 0);
            }
        }
        String fromEnvironment = environment.apply(PASSWORD_VARIABLE);
        if (fromEnvironment == null) {
            throw new CliException(Main.USAGE, "the key store password comes from --password-file FILE or the environment variable "
                    + PASSWORD_VARIABLE + " (never from the command line)");
        }
        return fromEnvironment.toCharArray();
    }
}
