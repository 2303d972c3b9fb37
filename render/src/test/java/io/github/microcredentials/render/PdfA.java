package io.github.microcredentials.render;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Collectors;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** The veraPDF validator (test scope only): the independent judge of PDF/A-3b conformance. */
final class PdfA {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    /** veraPDF's verdict: compliant, and the failed rules with their messages. */
    record Verdict(boolean compliant, List<String> failures) {
    }

    private PdfA() {
    }

    static Verdict validate(byte[] pdf) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_3_B);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_3_B, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failures = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage()
                            + " [" + a.getLocation().getContext() + "]")
                    .distinct().collect(Collectors.toList());
            return new Verdict(result.isCompliant(), failures);
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF failed", e);
        }
    }
}
