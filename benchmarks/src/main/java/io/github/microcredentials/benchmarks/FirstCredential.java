package io.github.microcredentials.benchmarks;

import io.github.microcredentials.signing.Cryptosuite;
import io.github.microcredentials.signing.DataIntegritySigner;
import io.github.microcredentials.signing.DataIntegrityVerifier;
import io.github.microcredentials.signing.KeyType;
import io.github.microcredentials.signing.SigningKey;
import java.lang.management.ManagementFactory;

/**
 * Time to the first signed credential in a fresh JVM: from JVM start (as the runtime MXBean
 * records it; the line also gives the wall-clock time of the signature, in epoch milliseconds, to
 * compare with the time the command was launched) to the first eddsa-rdfc-2022 signature of the 3.2 KB Open Badges 3.0
 * micro-credential, including key set-up, context processing and class loading; then the first
 * verification, and the second signature for comparison.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar io.github.microcredentials.benchmarks.FirstCredential}
 */
public final class FirstCredential {

    private FirstCredential() {
    }

    /**
     * Measures.
     *
     * @param args none
     * @throws Exception if signing fails
     */
    public static void main(String[] args) throws Exception {
        // The operating system's process start time has a granularity of a second on Linux: use the JVM's.
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long mainStart = System.currentTimeMillis();
        SigningKey key = SigningKey.generate(KeyType.ED25519);
        DataIntegritySigner signer = DataIntegritySigner.builder(Cryptosuite.EDDSA_RDFC_2022, key.signer()).build();
        byte[] credential = Fixtures.microCredential(key);
        byte[] signed = signer.sign(credential);
        long firstSigned = System.currentTimeMillis();
        boolean valid = DataIntegrityVerifier.builder().build().verify(signed).isValid();
        long firstVerified = System.currentTimeMillis();
        long t = System.nanoTime();
        signer.sign(credential);
        double second = (System.nanoTime() - t) / 1e6;
        System.out.printf("JVM start to main: %d ms; first credential signed %d ms after JVM start (%d ms in main, at %d);"
                        + " first verification %s after %d ms more; second signature %.2f ms%n",
                mainStart - jvmStart, firstSigned - jvmStart, firstSigned - mainStart, firstSigned, valid ? "valid" : "INVALID",
                firstVerified - firstSigned, second);
    }
}
