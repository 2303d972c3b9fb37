package io.github.microcredentials.core.internal.report;

import org.jspecify.annotations.Nullable;

/** Text that XML 1.0 can hold. */
public final class XmlText {

    private XmlText() {
    }

    /**
     * Replaces every character XML 1.0 forbids (controls other than tab, line feed and carriage
     * return; lone surrogates; U+FFFE and U+FFFF) by U+FFFD, so that hostile values in findings
     * cannot make a report unreadable.
     *
     * @param text any text
     * @return the text, cleaned
     */
    public static String clean(String text) {
        @Nullable StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed;
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (out != null) {
                    out.append(c).append(text.charAt(i + 1));
                }
                i++;
                continue;
            }
            allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
            if (!allowed && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(allowed ? c : '\uFFFD');
            }
        }
        return out == null ? text : out.toString();
    }
}
