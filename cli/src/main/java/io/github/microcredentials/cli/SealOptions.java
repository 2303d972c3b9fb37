package io.github.microcredentials.cli;

import io.github.microcredentials.signing.SigningException;
import io.github.microcredentials.seals.TsaClient;
import io.github.microcredentials.signing.Signer;
import io.github.microcredentials.signing.Signers;
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

    /**
     * The seal key: on the PKCS#11 token if one is given, else in the PKCS#12 key store.
     *
     * @param pkcs11 the token options
     * @return the signer, with its certificate chain
     */
    Signer signer(Pkcs11Options pkcs11) {
        if (pkcs11.enabled()) {
            if (keystore != null) {
                throw new CliException(Main.USAGE, "seal with --keystore or --pkcs11-config, not both");
            }
            return pkcs11.signer();
        }
        if (keystore == null) {
            throw new CliException(Main.USAGE, "jades and xades seal with --keystore FILE.p12 or --pkcs11-config FILE");
        }
        char[] password = secret(passwordFile, PASSWORD_VARIABLE, "the key store password");
        try {
            return Signers.pkcs12(keystore, password, Optional.ofNullable(alias));
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

    /**
     * A secret from the first line of a file, else from an environment variable; never from the command line.
     *
     * @param file the file, or {@code null}
     * @param variable the environment variable
     * @param what what the secret is, for the message
     * @return the secret; the caller clears it
     */
    static char[] secret(Path file, String variable, String what) {
        if (file != null) {
            byte[] bytes = Inputs.read(file);
            try {
                CharBuffer chars = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes));
                int end = 0;
                while (end < chars.limit() && chars.get(end) != '\n' && chars.get(end) != '\r') {
                    end++;
                }
                char[] secret = new char[end];
                chars.get(secret, 0, end);
                Arrays.fill(chars.array(), '\0');
                return secret;
            } finally {
                Arrays.fill(bytes, (byte) 0);
            }
        }
        String fromEnvironment = environment.apply(variable);
        if (fromEnvironment == null) {
            throw new CliException(Main.USAGE, what + " comes from " + (variable.equals(PASSWORD_VARIABLE) ? "--password-file" : "--pin-file")
                    + " FILE or the environment variable " + variable + " (never from the command line)");
        }
        return fromEnvironment.toCharArray();
    }
}
