package io.github.microcredentials.edc.internal.shape;

import io.github.microcredentials.edc.internal.graph.Rdf;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Whether a literal's lexical form is valid for its XML Schema datatype, as a SHACL processor
 * checks {@code sh:datatype}: a value of the right datatype with an invalid form does not conform.
 */
final class Lexical {

    private static final Pattern DATE_TIME = Pattern.compile(
            "-?\\d{4,}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})?");
    private static final Pattern DATE = Pattern.compile("-?\\d{4,}-\\d{2}-\\d{2}(Z|[+-]\\d{2}:\\d{2})?");
    private static final Pattern DURATION = Pattern.compile(
            "-?P(?=\\d|T\\d)(\\d+Y)?(\\d+M)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?");
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Pattern DOUBLE = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?|[+-]?INF|NaN");

    private Lexical() {
    }

    static boolean valid(String lexical, String datatype) {
        return switch (datatype.startsWith(Rdf.XSD) ? datatype.substring(Rdf.XSD.length()) : datatype) {
            case "dateTime" -> DATE_TIME.matcher(lexical).matches() && dateTime(lexical);
            case "date" -> DATE.matcher(lexical).matches() && date(lexical.substring(0, lexical.indexOf('-', 1) + 6));
            case "duration" -> DURATION.matcher(lexical).matches();
            case "boolean" -> lexical.equals("true") || lexical.equals("false") || lexical.equals("1") || lexical.equals("0");
            case "integer" -> INTEGER.matcher(lexical).matches();
            case "positiveInteger" -> INTEGER.matcher(lexical).matches() && new BigDecimal(lexical).signum() > 0;
            case "nonNegativeInteger" -> INTEGER.matcher(lexical).matches() && new BigDecimal(lexical).signum() >= 0;
            case "decimal" -> DECIMAL.matcher(lexical).matches();
            case "double", "float" -> DOUBLE.matcher(lexical).matches();
            default -> true;
        };
    }

    /** A date and time whose fields are in range (24:00:00 is allowed, as XML Schema does). */
    private static boolean dateTime(String lexical) {
        String local = lexical.replaceAll("(Z|[+-]\\d{2}:\\d{2})$", "");
        if (local.startsWith("-")) {
            return true;
        }
        try {
            if (local.contains("T24:00:00")) {
                return local.matches(".*T24:00:00(\\.0+)?") && date(local.substring(0, local.indexOf('T')));
            }
            LocalDateTime.parse(local);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean date(String text) {
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** The numeric value of a literal, for bounds; {@code null} when it is not a number. */
    static BigDecimal number(String lexical) {
        try {
            return new BigDecimal(lexical);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
