package io.github.microcredentials.cli;

import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.openbadges.baking.BadgeBaker;
import io.github.microcredentials.openbadges.baking.UnbakeResult;
import io.github.microcredentials.render.BadgeImages;
import io.github.microcredentials.render.CertificateReport;
import io.github.microcredentials.render.CertificateRenderer;
import io.github.microcredentials.render.CertificateVerifier;
import io.github.microcredentials.render.RenderException;
import io.github.microcredentials.render.SignedCredential;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Certificates and baked badges for the verify and demo commands. */
final class CertificateFiles {

    static final String CERTIFICATE_FILE = "microcredential.certificate.pdf";
    static final String BADGE_FILE = "microcredential.badge.png";
    private static final Pattern SVG_ROOT = Pattern.compile("<([A-Za-z_][\\w.-]*:)?svg[\\s>/]");

    private CertificateFiles() {
    }

    static boolean isPdf(byte[] bytes) {
        return CertificateVerifier.isPdf(bytes);
    }

    /** verify CERTIFICATE.pdf: the PAdES seal and the embedded credential. */
    static int verify(byte[] pdf, VerifyCommand command) {
        CertificateVerifier.Builder builder = CertificateVerifier.builder().trustAnchors(anchors(command.trust))
                .contexts(command.options.contexts());
        if (command.at != null) {
            try {
                builder.validationTime(Instant.parse(command.at));
            } catch (DateTimeParseException e) {
                throw new CliException(Main.USAGE, "--at needs an ISO-8601 instant such as 2024-05-28T09:51:19Z, not " + command.at, e);
            }
        }
        CertificateReport report = builder.build().verify(pdf);
        PrintWriter stdout = command.spec.commandLine().getOut();
        stdout.print(command.format.equals("json") ? report.toJson() + "\n" : command.file + ": " + report.summary() + "\n");
        stdout.flush();
        if (report.isValid()) {
            return Main.OK;
        }
        return report.has(CertificateReport.Code.MALFORMED_PDF) && report.seal().isEmpty() ? Main.USAGE : Main.FINDINGS;
    }

    /** The credential baked into a PNG or SVG badge, to be verified as any credential; other input unchanged. */
    static byte[] unbakeIfImage(byte[] bytes, Path file) {
        if (!isImage(bytes)) {
            return bytes;
        }
        UnbakeResult result = BadgeBaker.create().unbake(bytes);
        if (result.credential().isEmpty()) {
            throw new CliException(Main.FINDINGS, file + ": " + result.problems().get(0));
        }
        return result.credential().get().bytes();
    }

    private static boolean isImage(byte[] bytes) {
        if (BadgeBaker.detect(bytes).isEmpty()) {
            return false;
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 8192), StandardCharsets.ISO_8859_1);
        return head.startsWith("\u0089PNG") || SVG_ROOT.matcher(head).find();
    }

    /** The demo's certificate (unsealed: seal it with seal-pdf) and a badge image with the credential baked in. */
    static void writeDemo(MicroCredential credential, String signed, Path directory, PrintWriter stdout) throws IOException {
        try {
            byte[] pdf = CertificateRenderer.create().pdf(credential, SignedCredential.of(signed));
            Path certificate = directory.resolve(CERTIFICATE_FILE);
            Files.write(certificate, pdf);
            stdout.println("wrote " + certificate);
            Path badge = directory.resolve(BADGE_FILE);
            Files.write(badge, BadgeBaker.create().bake(BadgeImages.png(credential), signed));
            stdout.println("wrote " + badge);
        } catch (RenderException | io.github.microcredentials.openbadges.baking.BakingException e) {
            throw new IOException("cannot write the demo certificate or badge: " + e.getMessage(), e);
        }
    }

    private static List<X509Certificate> anchors(List<Path> files) {
        List<X509Certificate> out = new ArrayList<>();
        for (Path pem : files) {
            try {
                for (Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(
                        new ByteArrayInputStream(Inputs.read(pem)))) {
                    out.add((X509Certificate) c);
                }
            } catch (CertificateException e) {
                throw new CliException(Main.USAGE, pem + ": not a PEM certificate", e);
            }
        }
        return out;
    }

}
