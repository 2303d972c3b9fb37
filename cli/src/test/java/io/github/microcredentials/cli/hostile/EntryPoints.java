package io.github.microcredentials.cli.hostile;

import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.core.json.NativeJson;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.validation.Validator;
import io.github.microcredentials.edc.EdcReader;
import io.github.microcredentials.edc.EdcSealing;
import io.github.microcredentials.edc.EdcWriter;
import io.github.microcredentials.openbadges.OpenBadgesReader;
import io.github.microcredentials.openbadges.OpenBadgesWriter;
import io.github.microcredentials.signing.Cryptosuite;
import io.github.microcredentials.signing.DataIntegritySigner;
import io.github.microcredentials.signing.DataIntegrityVerifier;
import io.github.microcredentials.signing.SigningException;
import io.github.microcredentials.signing.SigningKey;
import io.github.microcredentials.signing.VcJwtVerifier;
import io.github.microcredentials.signing.VerificationReport;
import io.github.microcredentials.seals.SealReport;
import io.github.microcredentials.seals.SealVerifier;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every public entry point that takes untrusted bytes, each called the way an application calls
 * it and checked against its contract: a result, or its documented exception, never a runtime
 * exception of a dependency, never an {@code Error}.
 */
final class EntryPoints {

    /** One entry point: returns a short outcome, or throws what escaped. */
    @FunctionalInterface
    interface Call {
        String call(byte[] input) throws Exception;
    }

    private static final NativeJson NATIVE = NativeJson.create();
    private static final DataIntegrityVerifier DI = DataIntegrityVerifier.builder().build();
    private static final VcJwtVerifier JWT = VcJwtVerifier.builder().build();
    private static final SealVerifier SEALS = SealVerifier.builder().build();
    private static final SigningKey KEY = SigningKey.fromMultikey("z3u2en7t5LR2WtQH5PfFqMqwVHBeXouLzo6haApm8XHqvjxq");
    private static final DataIntegritySigner SIGNER = DataIntegritySigner.builder(Cryptosuite.EDDSA_RDFC_2022, KEY.signer()).build();

    private EntryPoints() {
    }

    static Map<String, Call> all() {
        Map<String, Call> calls = new LinkedHashMap<>();
        calls.put("NativeJson.readAnyReporting", b -> parse(() -> NATIVE.readAnyReporting(b).value().getClass().getSimpleName()));
        calls.put("NativeJson.read(stream)", b -> parse(() -> NATIVE.read(new ByteArrayInputStream(b), MicroCredential.class).id().toString()));
        calls.put("NativeJson.isNativeDocument", b -> Boolean.toString(NATIVE.isNativeDocument(b)));
        calls.put("EdcReader.read", b -> parse(() -> EdcReader.create().read(b).findings().findings().size() + " findings"));
        calls.put("EdcReader.isEdcDocument", b -> Boolean.toString(EdcReader.create().isEdcDocument(b)));
        calls.put("OpenBadgesReader.read", b -> parse(() -> OpenBadgesReader.create().read(b).findings().findings().size() + " findings"));
        calls.put("OpenBadgesReader.isOpenBadgeCredential", b -> Boolean.toString(OpenBadgesReader.create().isOpenBadgeCredential(b)));
        calls.put("Validator (native)", b -> parse(() -> Validator.create().validateDocument(NATIVE.readAny(b)).findings().size() + " findings"));
        calls.put("convert EDC to OB3, native", b -> parse(() -> {
            MicroCredential credential = EdcReader.create().read(b).value();
            NATIVE.writeBytes(credential);
            return writeOpenBadges(credential);
        }));
        calls.put("convert OB3 to EDC, native", b -> parse(() -> {
            MicroCredential credential = OpenBadgesReader.create().read(b).value();
            NATIVE.writeBytes(credential);
            return EdcWriter.create().writeBytes(credential).length + " bytes";
        }));
        calls.put("EdcSealing.prepare", b -> parse(() -> EdcSealing.prepare(b, new EdcSealing.Sealer("Uni", "VATBE-0123456789",
                new io.github.microcredentials.core.vocab.Country("BE"), java.util.Optional.empty()), Instant.EPOCH).length + " bytes"));
        calls.put("DataIntegrityVerifier.verify", b -> report(DI.verify(b)));
        calls.put("VcJwtVerifier.verify", b -> report(JWT.verify(new String(b, StandardCharsets.UTF_8))));
        calls.put("SealVerifier.verify", b -> report(SEALS.verify(b)));
        calls.put("SealVerifier.verifyJades", b -> report(SEALS.verifyJades(b)));
        calls.put("SealVerifier.verifyXades", b -> report(SEALS.verifyXades(b)));
        calls.put("DataIntegritySigner.sign", b -> {
            try {
                return SIGNER.sign(b).length + " bytes";
            } catch (CredentialParseException | SigningException e) {
                return e.getClass().getSimpleName() + ": " + e.getMessage();
            }
        });
        return calls;
    }

    private static String writeOpenBadges(MicroCredential credential) {
        try {
            return OpenBadgesWriter.create().writeBytes(credential).length + " bytes";
        } catch (IllegalArgumentException e) {
            // Documented: Open Badges 3.0 requires what this credential lacks.
            return "not writable as Open Badges 3.0: " + e.getMessage();
        }
    }

    @FunctionalInterface
    private interface Parse {
        String run() throws CredentialParseException;
    }

    private static String parse(Parse parse) {
        try {
            return parse.run();
        } catch (CredentialParseException e) {
            if (e.getMessage().startsWith("at document root: cannot read the") && e.getMessage().contains("(a defect")) {
                throw new AssertionError("a reader's backstop caught a runtime exception", e);
            }
            return "CredentialParseException " + e.problem() + ": " + e.getMessage();
        }
    }

    static String report(VerificationReport report) {
        if (report.failures().stream().anyMatch(f -> f.location().isEmpty() && f.message().startsWith("unexpected failure (a defect"))) {
            throw new AssertionError("a verifier's backstop caught a runtime exception: " + report.summary());
        }
        return report.summary();
    }

    static String report(SealReport report) {
        if (report.problems().stream().anyMatch(p -> p.location().isEmpty() && p.message().startsWith("unexpected failure (a defect"))) {
            throw new AssertionError("the seal verifier's backstop caught a runtime exception: " + report.problems());
        }
        return report.problems().isEmpty() ? "no problem" : report.problems().get(0).toString();
    }
}
