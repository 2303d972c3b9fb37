package io.github.microcredentials.render;

import io.github.microcredentials.seals.SealLevel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link CertificateVerifier} found in a certificate PDF: the verdict on its PAdES seal, the
 * verdict on the credential embedded in it, and the problems with stable codes. The overall
 * {@link #indication()} is VALID only when both parts are (ETSI EN 319 102-1 semantics: INVALID
 * when something is proven wrong, INDETERMINATE when a conclusion cannot be reached, such as an
 * untrusted chain or a second embedded credential).
 */
public final class CertificateReport {

    /** A verdict. */
    public enum Indication {
        /** Every check passed. */
        VALID,
        /** Something is proven wrong: a changed byte, a failed signature or proof, a later change to the file. */
        INVALID,
        /** No conclusion: an unreadable part, no trust anchor, no or two credentials, an unknown key. */
        INDETERMINATE
    }

    /** What a problem is about. */
    public enum Code {
        /** The file is not a readable PDF, or larger than the limit. */
        MALFORMED_PDF,
        /** The PDF has no PAdES seal. */
        NO_SEAL,
        /** A signature that is not PAdES ({@code /SubFilter} other than {@code ETSI.CAdES.detached}). */
        NOT_PADES,
        /** A malformed byte range or signature value. */
        BYTE_RANGE,
        /** Bytes follow the sealed revision: the file was changed (an incremental update) after sealing. */
        MODIFIED_AFTER_SEALING,
        /** The digest of the sealed bytes differs from the signed message digest: a sealed byte changed. */
        DIGEST_MISMATCH,
        /** The signature value does not verify with the seal certificate. */
        SIGNATURE_INVALID,
        /** The CMS is malformed, or lacks the signer's certificate. */
        MALFORMED_SIGNATURE,
        /** An algorithm outside the allow-list (SHA-1, for example). */
        ALGORITHM_NOT_ALLOWED,
        /** The ESS signing-certificate-v2 attribute is missing or names another certificate. */
        SIGNING_CERTIFICATE_MISMATCH,
        /** The seal is valid but not PAdES baseline (signing-time attribute, no {@code /M}, ...). */
        NOT_BASELINE,
        /** No chain from the seal certificate to a trust anchor at the validation time. */
        CHAIN_UNTRUSTED,
        /** The seal certificate may not sign (key usage). */
        KEY_USAGE,
        /** The signature time-stamp does not cover the signature, or its signature fails. */
        TIMESTAMP_INVALID,
        /** The time-stamping authority does not chain to a trust anchor. */
        TIMESTAMP_UNTRUSTED,
        /** No embedded file is a signed credential. */
        NO_CREDENTIAL,
        /** More than one embedded signed credential: which one the certificate shows is unknown. */
        MULTIPLE_CREDENTIALS,
        /** The embedded credential is larger than the limit or cannot be read. */
        CREDENTIAL_UNREADABLE,
        /** The embedded credential's own proof or seal fails. */
        CREDENTIAL_INVALID,
        /** The embedded credential's proof or seal cannot be concluded (unknown key, untrusted chain). */
        CREDENTIAL_INDETERMINATE,
        /** The certificate's metadata names another credential than the one embedded. */
        CREDENTIAL_MISMATCH
    }

    /** How much a problem weighs. */
    public enum Severity {
        /** Makes the part INVALID. */
        INVALID,
        /** Makes the part INDETERMINATE. */
        INDETERMINATE,
        /** Reported only. */
        WARNING
    }

    /**
     * A problem.
     *
     * @param code the stable code
     * @param severity its weight
     * @param message the problem in words
     */
    public record Problem(Code code, Severity severity, String message) {
        /** Checks the components. */
        public Problem {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(severity, "severity");
            Objects.requireNonNull(message, "message");
        }

        @Override
        public String toString() {
            return severity + " " + code + ": " + message;
        }
    }

    /**
     * The PAdES seal as found.
     *
     * @param indication the seal's verdict
     * @param signer the subject of the seal certificate, if found
     * @param level the PAdES baseline level reached, if any
     * @param claimedSigningTime the signature dictionary's {@code /M}
     * @param timestampTime the time of a valid signature time-stamp
     * @param intact whether the sealed bytes are unchanged and the signature verifies
     * @param coversWholeFile whether the seal covers the whole file (no later update)
     * @param trusted whether the seal certificate chains to a trust anchor
     */
    public record Seal(Indication indication, Optional<String> signer, Optional<SealLevel> level,
            Optional<Instant> claimedSigningTime, Optional<Instant> timestampTime, boolean intact,
            boolean coversWholeFile, boolean trusted) {
    }

    /**
     * The embedded credential as verified.
     *
     * @param indication its verdict
     * @param form its form
     * @param fileName the name of the embedded file
     * @param summary the verifier's one-line verdict
     * @param verified the credential exactly as embedded, present only when {@code indication} is VALID
     */
    public record Credential(Indication indication, SignedCredential.Form form, String fileName, String summary,
            Optional<SignedCredential> verified) {
    }

    private final List<Problem> problems;
    private final Optional<Seal> seal;
    private final Optional<Credential> credential;

    CertificateReport(List<Problem> problems, Optional<Seal> seal, Optional<Credential> credential) {
        this.problems = List.copyOf(problems);
        this.seal = seal;
        this.credential = credential;
    }

    /**
     * The overall verdict: the worse of seal and credential, and of any problem with the file.
     *
     * @return the indication
     */
    public Indication indication() {
        return worst(problems);
    }

    /**
     * Whether seal and credential are valid.
     *
     * @return {@code true} when {@link #indication()} is VALID
     */
    public boolean isValid() {
        return indication() == Indication.VALID;
    }

    /**
     * The seal's verdict and details, when the PDF has a seal.
     *
     * @return the seal
     */
    public Optional<Seal> seal() {
        return seal;
    }

    /**
     * The embedded credential's verdict, when exactly one was found.
     *
     * @return the credential
     */
    public Optional<Credential> credential() {
        return credential;
    }

    /**
     * Every problem, warnings included.
     *
     * @return the problems in the order found
     */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * Whether a problem with a code was found.
     *
     * @param code the code
     * @return {@code true} if any problem has it
     */
    public boolean has(Code code) {
        return problems.stream().anyMatch(p -> p.code() == code);
    }

    static Indication worst(List<Problem> problems) {
        if (problems.stream().anyMatch(p -> p.severity() == Severity.INVALID)) {
            return Indication.INVALID;
        }
        return problems.stream().anyMatch(p -> p.severity() == Severity.INDETERMINATE) ? Indication.INDETERMINATE
                : Indication.VALID;
    }

    /**
     * One line for people: the verdict, the seal and the credential.
     *
     * @return the summary
     */
    public String summary() {
        StringBuilder out = new StringBuilder(indication().name());
        seal.ifPresent(s -> out.append("; seal ").append(s.indication()).append(s.level().map(l -> " PAdES-BASELINE-"
                + l.name().substring("BASELINE_".length())).orElse("")).append(s.signer().map(n -> " by " + n).orElse("")));
        credential.ifPresent(c -> out.append("; embedded ").append(c.form()).append(' ').append(c.indication())
                .append(" (").append(c.summary()).append(')'));
        List<Problem> shown = new ArrayList<>(problems.stream().filter(p -> p.severity() != Severity.WARNING).toList());
        if (!shown.isEmpty()) {
            out.append("; ").append(shown.get(0).code()).append(": ").append(shown.get(0).message());
        }
        return out.toString();
    }

    /**
     * The report as JSON: indication, seal, credential and problems.
     *
     * @return the JSON text
     */
    public String toJson() {
        StringBuilder out = new StringBuilder("{\"indication\":\"").append(indication()).append('"');
        seal.ifPresent(s -> out.append(",\"seal\":{\"indication\":\"").append(s.indication()).append('"')
                .append(s.signer().map(n -> ",\"signer\":" + quote(n)).orElse(""))
                .append(s.level().map(l -> ",\"level\":\"" + l + "\"").orElse(""))
                .append(s.claimedSigningTime().map(t -> ",\"claimedSigningTime\":\"" + t + "\"").orElse(""))
                .append(s.timestampTime().map(t -> ",\"timestampTime\":\"" + t + "\"").orElse(""))
                .append(",\"intact\":").append(s.intact()).append(",\"coversWholeFile\":").append(s.coversWholeFile())
                .append(",\"trusted\":").append(s.trusted()).append('}'));
        credential.ifPresent(c -> out.append(",\"credential\":{\"indication\":\"").append(c.indication())
                .append("\",\"form\":\"").append(c.form()).append("\",\"file\":").append(quote(c.fileName()))
                .append(",\"summary\":").append(quote(c.summary())).append('}'));
        out.append(",\"problems\":[");
        for (int i = 0; i < problems.size(); i++) {
            Problem p = problems.get(i);
            out.append(i == 0 ? "" : ",").append("{\"code\":\"").append(p.code()).append("\",\"severity\":\"")
                    .append(p.severity()).append("\",\"message\":").append(quote(p.message())).append('}');
        }
        return out.append("]}").toString();
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /** The summary. */
    @Override
    public String toString() {
        return summary();
    }
}
