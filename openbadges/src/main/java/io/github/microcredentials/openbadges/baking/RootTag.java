package io.github.microcredentials.openbadges.baking;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the root start tag of an XML document is, found by scanning the prolog (XML declaration,
 * comments, processing instructions, document type declaration) byte by byte. Only UTF-8 (or
 * ASCII) documents are accepted: in them every markup character is one byte that never occurs
 * inside a multi-byte sequence, so offsets in bytes are exact.
 *
 * @param name the qualified name of the root element, as written
 * @param closeOffset the offset of the {@code >} (or {@code />}) that ends the start tag
 * @param endOffset the offset just after the start tag
 * @param selfClosing whether the root is an empty-element tag ({@code <svg …/>})
 * @param declaresEntities whether the document type's internal subset declares or refers to entities
 */
record RootTag(String name, int closeOffset, int endOffset, boolean selfClosing, boolean declaresEntities) {

    private static final Pattern ENCODING = Pattern.compile("encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");

    /**
     * Finds the root start tag of a well-formed document.
     *
     * @param requireUtf8 whether an XML declaration naming another encoding is refused
     * @throws BakingException if the document is not UTF-8 (when required) or its prolog cannot be scanned
     */
    static RootTag find(byte[] xml, boolean requireUtf8) throws BakingException {
        int pos = Svg.hasBom(xml) ? 3 : 0;
        boolean[] entities = {false};
        while (true) {
            pos = skipBlanks(xml, pos);
            if (startsWith(xml, pos, "<?")) {
                int end = indexOf(xml, pos, "?>");
                if (requireUtf8) {
                    checkEncoding(new String(xml, pos, end - pos, StandardCharsets.US_ASCII));
                }
                pos = end + 2;
            } else if (startsWith(xml, pos, "<!--")) {
                pos = indexOf(xml, pos + 4, "-->") + 3;
            } else if (startsWith(xml, pos, "<!")) {
                pos = skipDoctype(xml, pos + 2, entities);
            } else if (startsWith(xml, pos, "<")) {
                return startTag(xml, pos, entities[0]);
            } else {
                throw Svg.problem(BakingProblem.Code.MALFORMED, "no root element found");
            }
        }
    }

    private static void checkEncoding(String declaration) throws BakingException {
        Matcher m = ENCODING.matcher(declaration);
        if (declaration.startsWith("<?xml") && m.find()) {
            String encoding = m.group(1).toUpperCase(Locale.ROOT);
            if (!encoding.equals("UTF-8") && !encoding.equals("UTF8") && !encoding.equals("US-ASCII")) {
                throw Svg.problem(BakingProblem.Code.NOT_AN_IMAGE, "the SVG is encoded in " + m.group(1)
                        + "; only UTF-8 SVG can be baked");
            }
        }
    }

    /**
     * Skips a document type declaration, its quoted literals and its internal subset, noting an
     * entity declaration or a parameter-entity reference in the subset.
     */
    private static int skipDoctype(byte[] xml, int pos, boolean[] entities) throws BakingException {
        int brackets = 0;
        for (int i = pos; i < xml.length; i++) {
            byte b = xml[i];
            if (brackets > 0 && (b == '%' || startsWith(xml, i, "<!ENTITY"))) {
                entities[0] = true;
            }
            if (b == '"' || b == '\'') {
                i = indexOf(xml, i + 1, b == '"' ? "\"" : "'");
            } else if (b == '<' && startsWith(xml, i, "<!--")) {
                i = indexOf(xml, i + 4, "-->") + 2;
            } else if (b == '[') {
                brackets++;
            } else if (b == ']') {
                brackets--;
            } else if (b == '>' && brackets == 0) {
                return i + 1;
            }
        }
        throw Svg.problem(BakingProblem.Code.MALFORMED, "the document type declaration does not end");
    }

    private static RootTag startTag(byte[] xml, int start, boolean entities) throws BakingException {
        int i = start + 1;
        while (i < xml.length && !isBlank(xml[i]) && xml[i] != '>' && xml[i] != '/') {
            i++;
        }
        String name = new String(xml, start + 1, i - start - 1, StandardCharsets.UTF_8);
        for (; i < xml.length; i++) {
            byte b = xml[i];
            if (b == '"' || b == '\'') {
                i = indexOf(xml, i + 1, b == '"' ? "\"" : "'");
            } else if (b == '>') {
                boolean selfClosing = xml[i - 1] == '/';
                return new RootTag(name, selfClosing ? i - 1 : i, i + 1, selfClosing, entities);
            }
        }
        throw Svg.problem(BakingProblem.Code.MALFORMED, "the root start tag does not end");
    }

    private static int skipBlanks(byte[] xml, int pos) {
        while (pos < xml.length && isBlank(xml[pos])) {
            pos++;
        }
        return pos;
    }

    private static boolean isBlank(byte b) {
        return b == ' ' || b == '\t' || b == '\r' || b == '\n';
    }

    private static boolean startsWith(byte[] xml, int pos, String prefix) {
        if (pos + prefix.length() > xml.length) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (xml[pos + i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] xml, int from, String what) throws BakingException {
        for (int i = from; i + what.length() <= xml.length; i++) {
            if (startsWith(xml, i, what)) {
                return i;
            }
        }
        throw Svg.problem(BakingProblem.Code.MALFORMED, "unterminated markup at byte " + from);
    }
}
