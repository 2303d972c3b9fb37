package io.github.microcredentials.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RenderSmokeTest {

    @Test
    void demo_rendersAndVeraPdfJudges() throws Exception {
        byte[] pdf = CertificateRenderer.builder().clock(Fixtures.CLOCK).languages(List.of("en", "de", "el", "bg")).build()
                .pdf(Fixtures.multilingual(), SignedCredential.of("{\"proof\":{}}"));
        Files.createDirectories(Path.of("target/smoke"));
        Files.write(Path.of("target/smoke/demo.pdf"), pdf);
        List<byte[]> pngs = CertificateRenderer.pages(pdf, 80);
        for (int i = 0; i < pngs.size(); i++) {
            Files.write(Path.of("target/smoke/demo-" + i + ".png"), pngs.get(i));
        }
        PdfA.Verdict verdict = PdfA.validate(pdf);
        verdict.failures().forEach(System.out::println);
        assertThat(verdict.compliant()).isTrue();
        assertThat(Optional.of(pdf)).isPresent();
    }
}
