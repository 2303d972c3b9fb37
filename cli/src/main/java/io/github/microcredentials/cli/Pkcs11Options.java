package io.github.microcredentials.cli;

import io.github.microcredentials.signing.Signer;
import io.github.microcredentials.signing.Signers;
import io.github.microcredentials.signing.SigningException;
import java.nio.file.Path;
import java.util.Arrays;
import picocli.CommandLine.Option;

/**
 * A key on a PKCS#11 token (an HSM, a smart card, SoftHSM2) through the JDK's SunPKCS11 provider.
 * The PIN comes from a file or an environment variable, never from the command line (other users
 * see the process list), and is cleared after the login; it is never printed.
 */
final class Pkcs11Options {

    /** The environment variable that may hold the token's PIN. */
    static final String PIN_VARIABLE = "MICROCREDENTIALS_PKCS11_PIN";

    @Option(names = "--pkcs11-config", paramLabel = "FILE",
            description = "A SunPKCS11 configuration file (name, library, slot): sign with a key on that PKCS#11 token.")
    Path config;

    @Option(names = "--pkcs11-alias", paramLabel = "LABEL", description = "With --pkcs11-config: the key's label on the token.")
    String alias;

    @Option(names = "--pin-file", paramLabel = "FILE",
            description = "With --pkcs11-config: a file whose first line is the token's PIN (else the environment variable "
                    + PIN_VARIABLE + ").")
    Path pinFile;

    /** Whether a token key was asked for; the other PKCS#11 options alone are a usage error. */
    boolean enabled() {
        if (config == null && (alias != null || pinFile != null)) {
            throw new CliException(Main.USAGE, "--pkcs11-alias and --pin-file go with --pkcs11-config FILE");
        }
        return config != null;
    }

    Signer signer() {
        if (alias == null) {
            throw new CliException(Main.USAGE, "--pkcs11-config needs --pkcs11-alias LABEL (the key on the token)");
        }
        char[] pin = SealOptions.secret(pinFile, PIN_VARIABLE, "the PKCS#11 PIN");
        try {
            return Signers.pkcs11(config, pin, alias);
        } catch (SigningException e) {
            throw new CliException(Main.USAGE, e.getMessage(), e);
        } finally {
            Arrays.fill(pin, '\0');
        }
    }
}
