package io.github.microcredentials.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.render.CertificateRenderer;
import io.github.microcredentials.render.QrContent;
import io.github.microcredentials.render.RenderException;
import io.github.microcredentials.render.SignedCredential;
import io.github.microcredentials.render.Template;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Renders a credential as a PDF/A-3b certificate (with the signed credential embedded) or as PNG pages. */
@Command(name = "render", mixinStandardHelpOptions = true,
        header = "Render a credential as a printable PDF/A-3b certificate (or PNG pages).",
        description = {"One page per language with the Annex I elements and a QR code; a signed credential (Data "
            + "Integrity JSON, VC-JWT, JAdES) is embedded in the PDF byte for byte. --to png draws the pages as PNG "
            + "images. Seal the PDF with seal-pdf."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  microcredentials render --lang en,de --verify-url https://www.example.edu/verify signed.json",
            "  microcredentials render --to png --lang el --out certificate.png signed.json"})
final class RenderCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--to", paramLabel = "FORMAT", defaultValue = "pdf", description = "pdf (default) or png.")
    String to;

    @Option(names = "--lang", paramLabel = "LANG", split = ",",
            description = "Page languages, e.g. en,de (labels: en de fr es it pl nl el bg); default: the title's language.")
    List<String> languages = List.of();

    @Option(names = "--template", paramLabel = "DIR", description = "An institution template directory (logo, colours, CSS, page).")
    Path template;

    @Option(names = "--verify-url", paramLabel = "URL",
            description = "The issuer's verification page; the QR code links to it with ?credential=<id>.")
    URI verifyUrl;

    @Option(names = "--qr", paramLabel = "CONTENT",
            description = "What the QR code carries: id (default), link (needs --verify-url), credential (a small VC-JWT) or none.")
    String qr;

    @Option(names = "--dpi", paramLabel = "N", defaultValue = "150", description = "The resolution of PNG pages (default 150).")
    int dpi;

    @Option(names = "--out", paramLabel = "FILE", description = "The output file (default: the input name with .pdf or .png).")
    Path out;

    @Parameters(paramLabel = "CREDENTIAL", description = "A signed credential, or an unsigned native, EDC or Open Badges 3.0 one.")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!to.equals("pdf") && !to.equals("png")) {
            throw new CliException(Main.USAGE, "unknown --to '" + to + "' (expected pdf or png)");
        }
        byte[] bytes = Inputs.read(file);
        Optional<SignedCredential> signed = signed(bytes);
        MicroCredential credential = credential(bytes, signed);
        CertificateRenderer renderer = renderer();
        PrintWriter stdout = spec.commandLine().getOut();
        try {
            if (to.equals("pdf")) {
                Path target = target(".pdf");
                byte[] pdf = signed.isPresent() ? renderer.pdf(credential, signed.get()) : renderer.pdf(credential);
                Files.write(target, pdf);
                stdout.println("wrote " + target + (signed.isPresent() ? " (embeds the " + signed.get().form() + " credential)" : ""));
            } else {
                List<byte[]> pages = renderer.png(credential, signed);
                for (int i = 0; i < pages.size(); i++) {
                    Path target = pages.size() == 1 ? target(".png") : numbered(target(".png"), i + 1);
                    Files.write(target, pages.get(i));
                    stdout.println("wrote " + target);
                }
            }
        } catch (RenderException e) {
            throw new CliException(Main.USAGE, e.getMessage(), e);
        }
        stdout.flush();
        return Main.OK;
    }

    private CertificateRenderer renderer() {
        CertificateRenderer.Builder builder = CertificateRenderer.builder().qr(qrContent());
        try {
            builder.dpi(dpi);
            if (!languages.isEmpty()) {
                builder.languages(languages);
            }
            if (template != null) {
                builder.template(Template.fromDirectory(template));
            }
        } catch (IllegalArgumentException | RenderException e) {
            throw new CliException(Main.USAGE, e.getMessage(), e);
        }
        return builder.build();
    }

    private QrContent qrContent() {
        String choice = qr != null ? qr : verifyUrl != null ? "link" : "id";
        switch (choice) {
            case "id":
                return QrContent.credentialId();
            case "none":
                return QrContent.none();
            case "credential":
                return QrContent.compactCredential();
            case "link":
                if (verifyUrl == null) {
                    throw new CliException(Main.USAGE, "--qr link needs --verify-url URL");
                }
                return QrContent.verificationPage(verifyUrl);
            default:
                throw new CliException(Main.USAGE, "unknown --qr '" + choice + "' (expected id, link, credential or none)");
        }
    }

    /** A signed credential: JSON with a proof, a VC-JWT or a JAdES seal. */
    static Optional<SignedCredential> signed(byte[] bytes) {
        Optional<SignedCredential> detected = SignedCredential.detect(bytes);
        if (detected.isPresent() && detected.get().form() == SignedCredential.Form.DATA_INTEGRITY) {
            try {
                JsonNode node = JSON.readTree(bytes);
                return node.has("proof") ? detected : Optional.empty();
            } catch (IOException e) {
                return Optional.empty();
            }
        }
        return detected.filter(s -> s.form() != SignedCredential.Form.XADES);
    }

    private static MicroCredential credential(byte[] bytes, Optional<SignedCredential> signed) {
        try {
            return signed.isPresent() ? signed.get().read().value() : Formats.detect("input", bytes).read(bytes).value();
        } catch (CredentialParseException e) {
            throw new CliException(Main.USAGE, e.getMessage(), e);
        }
    }

    private Path target(String extension) {
        if (out != null) {
            return out;
        }
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return file.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + extension);
    }

    private static Path numbered(Path file, int page) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return file.resolveSibling(name.substring(0, dot) + "-" + page + name.substring(dot));
    }
}
