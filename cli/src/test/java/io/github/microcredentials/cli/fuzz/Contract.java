package io.github.microcredentials.cli.fuzz;

import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.signing.PresentationReport;
import io.github.microcredentials.signing.VerificationReport;
import io.github.microcredentials.seals.SealReport;
import io.github.microcredentials.wallet.SdJwtCode;
import io.github.microcredentials.wallet.SdJwtVerification;

/**
 * The contract every public reader, converter and verifier keeps on any input: a result, or its
 * one documented exception whose message says what is wrong. A runtime exception or an
 * {@code Error} escaping is a finding (the fuzzer reports it); so is a documented exception or a
 * report that only exists because a library backstop caught a runtime exception no check foresaw.
 */
final class Contract {

    /**
     * How each backstop's message starts. Only the start counts: messages quote the input, and
     * the fuzzer learns these words from the comparison and writes them into inputs.
     */
    private static final String READER_BACKSTOP = "at document root: cannot read the credential (a defect";
    private static final String NATIVE_BACKSTOP = "at document root: cannot read the document (a defect";
    private static final String VERIFIER_BACKSTOP = "unexpected failure (a defect";
    private static final String SD_JWT_BACKSTOP = "unreadable input (";

    private Contract() {
    }

    static void expected(CredentialParseException e) {
        String message = String.valueOf(e.getMessage());
        if (message.startsWith(READER_BACKSTOP) || message.startsWith(NATIVE_BACKSTOP)) {
            throw new AssertionError("a runtime exception reached a reader's backstop", e);
        }
        if (e.getMessage() == null || e.getMessage().isBlank()) {
            throw new AssertionError("a parse failure without a message", e);
        }
    }

    static void checked(VerificationReport report) {
        if (report.failures().stream().anyMatch(f -> f.location().isEmpty() && f.message().startsWith(VERIFIER_BACKSTOP))) {
            throw new AssertionError("a runtime exception reached a verifier's backstop: " + report.summary());
        }
        if (report.isValid() != report.credential().isPresent()) {
            throw new AssertionError("a valid report without its credential, or the reverse");
        }
    }

    static void checked(PresentationReport report) {
        if (report.failures().stream().anyMatch(f -> f.location().isEmpty() && f.message().startsWith(VERIFIER_BACKSTOP))) {
            throw new AssertionError("a runtime exception reached the presentation verifier's backstop: " + report.summary());
        }
        report.credentials().forEach(Contract::checked);
        if (report.isValid() && (report.proofs().isEmpty() || !report.allFailures().isEmpty())) {
            throw new AssertionError("a valid presentation without proof, or with failures");
        }
    }

    static void checked(SealReport report) {
        if (report.problems().stream().anyMatch(p -> p.location().isEmpty() && p.message().startsWith(VERIFIER_BACKSTOP))) {
            throw new AssertionError("a runtime exception reached the seal verifier's backstop: " + report.problems());
        }
    }

    static void checked(SdJwtVerification result) {
        if (result.problems().stream().anyMatch(p -> p.code() == SdJwtCode.MALFORMED && p.message().startsWith(SD_JWT_BACKSTOP))) {
            throw new AssertionError("a runtime exception reached the SD-JWT verifier's backstop: " + result.problems());
        }
        if (result.isValid() != result.claims().isPresent()) {
            throw new AssertionError("a valid result without its claims, or the reverse");
        }
    }
}
