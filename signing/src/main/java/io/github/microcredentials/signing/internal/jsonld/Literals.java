package io.github.microcredentials.signing.internal.jsonld;

import com.apicatalog.jsonld.lang.LanguageTag;
import io.github.microcredentials.signing.internal.rdf.canon.ByteSink;
import io.github.microcredentials.signing.internal.rdf.canon.RdfTerm;
import jakarta.json.JsonNumber;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Literals as JSON-LD to RDF makes them (JSON-LD 1.1 API §8.6 "Object to RDF Conversion", steps
 * 9–12), with Titanium's exact choices: a number is an {@code xsd:double} in the form
 * {@code 0.0##############E0} when it has a fractional part, is at least 10^21 or is coerced to
 * {@code xsd:double}/{@code xsd:float}, otherwise an integer; language tags are lower-cased and
 * must be well-formed.
 */
final class Literals {

    static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    static final String XSD_DOUBLE = XSD + "double";
    static final String XSD_FLOAT = XSD + "float";
    static final String XSD_INTEGER = XSD + "integer";
    static final String XSD_BOOLEAN = XSD + "boolean";

    private static final BigDecimal LARGE = BigDecimal.ONE.movePointRight(21);
    /** Numbers with more digits or a larger exponent go to the full path (bounded cost, same result). */
    private static final int MAX_DIGITS = 400;
    private static final ThreadLocal<DecimalFormat> DOUBLE_FORMAT = ThreadLocal.withInitial(() -> {
        DecimalFormat format = new DecimalFormat("0.0##############E0", new DecimalFormatSymbols(Locale.ENGLISH));
        format.setMinimumFractionDigits(1);
        return format;
    });
    private static final int MAX_TAGS = 1024;
    private static final Map<String, Boolean> WELL_FORMED = new ConcurrentHashMap<>();
    private static final Map<String, byte[]> SUFFIXES = new ConcurrentHashMap<>();
    private static final Map<String, byte[]> LANGUAGES = new ConcurrentHashMap<>();
    private static final byte[] NO_SUFFIX = new byte[0];

    private Literals() {
    }

    static RdfTerm string(String value, @Nullable String datatype, ByteSink scratch) {
        return RdfTerm.literal(value, datatype == null ? NO_SUFFIX : suffix(datatype), scratch);
    }

    static RdfTerm bool(boolean value, @Nullable String datatype, ByteSink scratch) {
        return RdfTerm.literal(Boolean.toString(value), suffix(datatype == null ? XSD_BOOLEAN : datatype), scratch);
    }

    /** The N-Quads suffix of a datatype, kept for the few datatypes documents use. */
    private static byte[] suffix(String datatype) {
        byte[] suffix = SUFFIXES.get(datatype);
        if (suffix == null) {
            suffix = RdfTerm.datatypeSuffix(datatype);
            if (SUFFIXES.size() < MAX_TAGS) {
                SUFFIXES.put(datatype, suffix);
            }
        }
        return suffix;
    }

    static RdfTerm number(JsonNumber number, @Nullable String datatype, ByteSink scratch) throws Unsupported {
        BigDecimal value = number.bigDecimalValue();
        if (Math.abs(value.scale()) > MAX_DIGITS || value.precision() > MAX_DIGITS) {
            throw new Unsupported("a number with very many digits");
        }
        if (!number.isIntegral() && number.doubleValue() % -1 != 0
                || XSD_DOUBLE.equals(datatype) || XSD_FLOAT.equals(datatype) || value.compareTo(LARGE) >= 0) {
            return RdfTerm.literal(doubleText(value), suffix(datatype == null ? XSD_DOUBLE : datatype), scratch);
        }
        return RdfTerm.literal(number.bigIntegerValue().toString(), suffix(datatype == null ? XSD_INTEGER : datatype), scratch);
    }

    /**
     * The canonical {@code xsd:double} form JSON-LD gives a number: one digit before the point, at
     * most fifteen after it, trailing zeros dropped. A number of up to sixteen significant digits
     * (credit points and the like) needs no rounding and is written from its digits; others go
     * through the decimal format. Both give what Titanium gives, which the fast path must reproduce:
     * the exact decimal, rounded half-even to sixteen digits (not the IEEE double the specification
     * names, which can differ in the last digit).
     */
    static String doubleText(BigDecimal value) {
        if (value.signum() != 0) {
            BigDecimal plain = value.stripTrailingZeros();
            if (plain.precision() <= 16) {
                String digits = plain.unscaledValue().abs().toString();
                StringBuilder text = new StringBuilder(digits.length() + 8);
                if (plain.signum() < 0) {
                    text.append('-');
                }
                text.append(digits.charAt(0)).append('.');
                if (digits.length() > 1) {
                    text.append(digits, 1, digits.length());
                } else {
                    text.append('0');
                }
                return text.append('E').append((long) plain.precision() - 1 - plain.scale()).toString();
            }
        }
        return DOUBLE_FORMAT.get().format(value);
    }

    /**
     * A language-tagged string; the tag as JSON-LD expansion stores it (lower case).
     *
     * @throws Unsupported if the tag is not well-formed (Titanium drops such literals)
     */
    static RdfTerm tagged(String value, String tag, ByteSink scratch) throws Unsupported {
        // The default locale, exactly as Titanium lower-cases tags during expansion.
        String lower = tag.toLowerCase();
        if (!wellFormed(lower)) {
            throw new Unsupported("a language tag that is not well-formed: " + tag);
        }
        byte[] suffix = LANGUAGES.get(lower);
        if (suffix == null) {
            suffix = RdfTerm.languageSuffix(lower);
            if (LANGUAGES.size() < MAX_TAGS) {
                LANGUAGES.put(lower, suffix);
            }
        }
        return RdfTerm.literal(value, suffix, scratch);
    }

    private static boolean wellFormed(String tag) {
        Boolean known = WELL_FORMED.get(tag);
        if (known == null) {
            known = LanguageTag.isWellFormed(tag);
            if (WELL_FORMED.size() < MAX_TAGS) {
                WELL_FORMED.put(tag, known);
            }
        }
        return known;
    }
}
