package io.github.microcredentials.examples;

import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.signing.KeyType;
import io.github.microcredentials.signing.SigningKey;
import io.github.microcredentials.signing.VerificationReport;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Runs the examples one after the other, as a consumer application would: build, validate,
 * Europass EDC and Open Badges round trips, Data Integrity and VC-JWT. The release check runs it
 * against the staged artifacts, on the class path and on the module path.
 */
public final class Tour {

    private Tour() {
    }

    /**
     * Runs the tour; exits with status 1 if a step does not give the expected result.
     *
     * @param args ignored
     * @throws Exception if a step fails
     */
    public static void main(String[] args) throws Exception {
        MicroCredential credential = BuildAndExchange.build();
        check("native JSON round trip", BuildAndExchange.roundTrip(credential).equals(credential));
        check("ECTS arithmetic", BuildAndExchange.ects().contains("3.0"));
        List<String> findings = ValidateCredentials.validate(credential);
        check("validation (" + (findings.size() - 1) + " findings, " + findings.get(findings.size() - 1) + ")",
                findings.get(findings.size() - 1).startsWith("conforms: ")
                        && findings.subList(0, findings.size() - 1).stream().allMatch(f -> f.matches("(ERROR|WARNING|INFO) \\S+ at .*")));
        String edc = EuropassEdc.write(credential);
        check("Europass EDC round trip", EuropassEdc.read(edc.getBytes(StandardCharsets.UTF_8)).isEmpty());
        String badge = OpenBadgesExchange.write(credential, () -> "salt");
        check("Open Badges 3.0 written", badge.contains("OpenBadgeCredential"));
        check("Data Integrity eddsa-rdfc-2022", SignAndVerify.dataIntegrity().isPresent());
        VerificationReport jwt = SignAndVerify.jwt();
        check("VC-JWT RS256", jwt.isValid());
        check("did:key", SigningKey.generate(KeyType.ED25519).publicKey().did().toString().startsWith("did:key:z6Mk"));
        System.out.println("tour completed on the " + (Tour.class.getModule().isNamed() ? "module path ("
                + Tour.class.getModule().getName() + ")" : "class path"));
    }

    private static void check(String step, boolean ok) {
        System.out.println((ok ? "ok     " : "FAILED ") + step);
        if (!ok) {
            System.exit(1);
        }
    }
}
