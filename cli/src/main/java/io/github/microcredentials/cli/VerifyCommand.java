package io.github.microcredentials.cli;

import io.github.microcredentials.signing.DataIntegrityVerifier;
import io.github.microcredentials.signing.seal.SealProblem;
import io.github.microcredentials.signing.seal.SealReport;
import io.github.microcredentials.signing.seal.SealVerifier;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import io.github.microcredentials.signing.VcJwtVerifier;
import io.github.microcredentials.signing.VerificationReport;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Verifies a sealed or signed credential: JAdES, XAdES, Data Integrity or VC-JWT (detected from the content). */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Verify a sealed or signed credential, detected from the content: a JAdES seal (JWS JSON), an",
            "XAdES seal (XML), embedded Data Integrity proofs (JSON) or a VC-JWT (compact JWS); a certificate PDF (its",
            "PAdES seal and its embedded credential) or a baked PNG/SVG badge (its credential). Seals chain to the",
            "--trust certificates; DI and JWT keys are did:key, resolved offline.",
            "Exit 0 valid and trusted, 1 invalid or untrusted, 2 unreadable."})
final class VerifyCommand implements Callable<Integer> {

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default: a one-line verdict) or json (the whole report).")
    String format;

    @Mixin
    SigningOptions options;

    @Option(names = "--trust", paramLabel = "CERT.pem", description = "A trust anchor for seals (PEM certificates; repeatable).")
    List<Path> trust = List.of();

    @Option(names = "--at", paramLabel = "TIME", description = "Check seal certificates at this time (for example 2024-05-28T09:51:19Z).")
    String at;

    @Parameters(paramLabel = "FILE", description = "The signed credential ('-' for standard input).")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!format.equals("text") && !format.equals("json")) {
            throw new CliException(Main.USAGE, "unknown --format '" + format + "' (expected text or json)");
        }
        byte[] bytes = Inputs.read(file);
        if (CertificateFiles.isPdf(bytes)) {
            return CertificateFiles.verify(bytes, this);
        }
        bytes = CertificateFiles.unbakeIfImage(bytes, file);
        String input = new String(bytes, StandardCharsets.UTF_8).strip();
        if (SealVerifier.looksLikeXml(bytes) || input.startsWith("{") && isJades(input)) {
            return seal(bytes);
        }
        VerificationReport report = input.startsWith("{")
                ? DataIntegrityVerifier.builder().contexts(options.contexts()).build().verify(input)
                : VcJwtVerifier.builder().build().verify(input);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.print(format.equals("json") ? report.toJson() : file + ": " + report.summary() + "\n");
        stdout.flush();
        switch (report.indication()) {
            case VALID:
                return Main.OK;
            case MALFORMED:
                return Main.USAGE;
            default:
                return Main.FINDINGS;
        }
    }

    private static boolean isJades(String input) {
        return input.contains("\"signatures\"") || input.contains("\"payload\"") && input.contains("\"signature\"")
                && !input.contains("\"proof\"");
    }

    private int seal(byte[] bytes) {
        SealVerifier.Builder builder = SealVerifier.builder().trustAnchors(anchors());
        if (at != null) {
            try {
                builder.validationTime(Instant.parse(at));
            } catch (DateTimeParseException e) {
                throw new CliException(Main.USAGE, "--at needs an ISO-8601 instant such as 2024-05-28T09:51:19Z, not " + at, e);
            }
        }
        SealReport report = builder.build().verify(bytes);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.print(format.equals("json") ? report.toJson() : file + ": " + report.summary() + "\n");
        stdout.flush();
        if (report.isValid()) {
            return Main.OK;
        }
        boolean unreadable = !report.intact() && report.problems().stream().allMatch(p -> p.code() == SealProblem.Code.MALFORMED);
        return unreadable ? Main.USAGE : Main.FINDINGS;
    }

    private List<X509Certificate> anchors() {
        List<X509Certificate> out = new ArrayList<>();
        for (Path pem : trust) {
            try {
                for (java.security.cert.Certificate c : CertificateFactory.getInstance("X.509")
                        .generateCertificates(new java.io.ByteArrayInputStream(Inputs.read(pem)))) {
                    out.add((X509Certificate) c);
                }
            } catch (CertificateException e) {
                throw new CliException(Main.USAGE, pem + ": not a PEM certificate", e);
            }
        }
        return out;
    }
}
