package io.github.microcredentials.testfixtures;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Provider;
import java.security.Security;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;

/**
 * A SoftHSM2 token for the PKCS#11 tests, made from the machine's {@code softhsm2-util} and
 * {@code libsofthsm2.so} (Debian's {@code softhsm2} package, which {@code .ci/run} installs when
 * missing). Without them the tests are skipped with the reason, unless
 * {@code -Dmc.softhsm.required=true} (set by {@code .ci/run}) makes that a failure.
 *
 * <p>The library reads its configuration from {@code SOFTHSM2_CONF} once per process, and the JVM
 * cannot set its own environment: the module's surefire configuration sets the variable to a file
 * under {@code target/}, which this class writes (token directory next to it) before the first
 * PKCS#11 call, and passes to {@code softhsm2-util} too. One token per test JVM ({@link #get()}).
 * Shared by the PKCS#11 tests of seals, cli and examples.
 *
 * @param config the SunPKCS11 configuration file of the token
 * @param untouchedConfig the SunPKCS11 configuration of a second token (same PIN) that no test logs in to
 * @param provider a provider over the token, for the test's own key generation and certificate signing
 */
public record SoftHsm(Path config, Path untouchedConfig, Provider provider) {

    /** The user PIN of both tokens. */
    public static final char[] PIN = "4711-test".toCharArray();
    private static final String LABEL = "mc-test";
    private static final List<String> LIBRARIES = List.of("/usr/lib/softhsm/libsofthsm2.so",
            "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so", "/usr/lib/aarch64-linux-gnu/softhsm/libsofthsm2.so",
            "/usr/lib64/softhsm/libsofthsm2.so", "/usr/local/lib/softhsm/libsofthsm2.so");
    private static @Nullable SoftHsm instance;

    /**
     * The token, created on first use; skips or fails the test when SoftHSM2 is absent.
     *
     * @return the token
     * @throws Exception if SoftHSM2 is there but the token cannot be made, or if it is absent and
     *     {@code -Dmc.softhsm.required=true}
     */
    public static synchronized SoftHsm get() throws Exception {
        if (instance == null) {
            instance = create();
        }
        return instance;
    }

    private static SoftHsm create() throws Exception {
        Optional<Path> library = LIBRARIES.stream().map(Path::of).filter(Files::isRegularFile).findFirst();
        Optional<Path> util = Stream.of("/usr/bin/softhsm2-util", "/usr/local/bin/softhsm2-util").map(Path::of)
                .filter(Files::isExecutable).findFirst();
        if (library.isEmpty() || util.isEmpty()) {
            String reason = "SoftHSM2 not found (softhsm2-util and libsofthsm2.so): install Debian's softhsm2 package";
            if (Boolean.getBoolean("mc.softhsm.required")) {
                throw new IllegalStateException(reason);
            }
            Assumptions.abort(reason);
        }
        String conf = System.getenv("SOFTHSM2_CONF");
        if (conf == null) {
            throw new IllegalStateException("SOFTHSM2_CONF is not set: run the test through Maven (the module's surefire "
                    + "configuration sets it), or set it to a writable file path");
        }
        Path confFile = Path.of(conf);
        Path tokens = confFile.resolveSibling("tokens");
        if (Files.exists(tokens)) {
            try (Stream<Path> old = Files.walk(tokens)) {
                old.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        Files.createDirectories(tokens);
        Files.writeString(confFile, "directories.tokendir = " + tokens + "\nobjectstore.backend = file\nlog.level = ERROR\n"
                + "slots.removable = false\n", StandardCharsets.UTF_8);
        Path config = token(util.get(), library.get(), confFile, LABEL);
        // A second token nobody logs in to: PKCS#11 logins are per process and token, so a wrong PIN
        // is only refused by a token this process has not logged in to yet.
        Path untouched = token(util.get(), library.get(), confFile, "mc-untouched");
        Provider provider = Security.getProvider("SunPKCS11").configure(config.toString());
        java.security.KeyStore store = java.security.KeyStore.getInstance("PKCS11", provider);
        store.load(null, PIN);
        return new SoftHsm(config, untouched, provider);
    }

    private static Path token(Path util, Path library, Path confFile, String label) throws IOException, InterruptedException {
        String output = run(util, confFile, "--init-token", "--free", "--label", label, "--pin", new String(PIN),
                "--so-pin", "0815-test-so");
        Matcher slot = Pattern.compile("reassigned to slot (\\d+)").matcher(output);
        if (!slot.find()) {
            throw new IllegalStateException("softhsm2-util did not say the token's slot: " + output);
        }
        Path config = confFile.resolveSibling(label + ".cfg");
        Files.writeString(config, "name = " + label.replace("-", "") + "\nlibrary = " + library + "\nslot = " + slot.group(1) + "\n",
                StandardCharsets.UTF_8);
        return config;
    }

    private static String run(Path util, Path conf, String... arguments) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(Stream.concat(Stream.of(util.toString()), Stream.of(arguments)).toList());
        builder.environment().put("SOFTHSM2_CONF", conf.toString());
        builder.redirectErrorStream(true);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("softhsm2-util " + arguments[0] + " failed: " + output);
        }
        return output;
    }
}
