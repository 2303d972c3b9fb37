package io.github.microcredentials.edc.internal.elm;

import java.util.ArrayList;
import java.util.List;

/**
 * The grades of a grading scheme in one note literal (ELM's {@code GradingScheme} has no property
 * for them): the grades in order, separated by {@code " | "}; a {@code |} or {@code \} inside a
 * grade is escaped with {@code \}.
 */
public final class GradeList {

    private static final String SEPARATOR = " | ";

    private GradeList() {
    }

    /**
     * @param grades the grades
     * @return the literal
     */
    public static String join(List<String> grades) {
        StringBuilder out = new StringBuilder();
        for (String grade : grades) {
            if (out.length() > 0) {
                out.append(SEPARATOR);
            }
            out.append(grade.replace("\\", "\\\\").replace("|", "\\|"));
        }
        return out.toString();
    }

    /**
     * @param literal a literal written by {@link #join(List)}
     * @return the grades
     */
    public static List<String> split(String literal) {
        List<String> grades = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            if (c == '\\' && i + 1 < literal.length()) {
                current.append(literal.charAt(++i));
            } else if (c == '|') {
                grades.add(withoutLastSpace(current));
                current.setLength(0);
                i += i + 1 < literal.length() && literal.charAt(i + 1) == ' ' ? 1 : 0;
            } else {
                current.append(c);
            }
        }
        grades.add(current.toString());
        return grades;
    }

    private static String withoutLastSpace(StringBuilder text) {
        int end = text.length() > 0 && text.charAt(text.length() - 1) == ' ' ? text.length() - 1 : text.length();
        return text.substring(0, end);
    }
}
