package io.github.microcredentials.render;

import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.model.Organisation;
import io.github.microcredentials.render.internal.Bundled;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Simple badge images of a micro-credential, to bake its signed credential into
 * ({@link io.github.microcredentials.openbadges.baking.BadgeBaker}): a round badge with the title
 * and the awarding body, as SVG or as a 512 x 512 PNG drawn with the bundled Noto Sans. Institutions
 * with their own badge artwork bake into that instead.
 */
public final class BadgeImages {

    private static final int SIZE = 512;
    private static final Color PRIMARY = new Color(0x14325c);
    private static final Color ACCENT = new Color(0x0a7f86);

    /** The bundled bold face, created once. */
    private static final class Faces {
        static final Font BOLD = font(Bundled.read("fonts/NotoSans-Bold.ttf"));
        static final Font REGULAR = font(Bundled.read("fonts/NotoSans-Regular.ttf"));

        private static Font font(byte[] bytes) {
            try {
                return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes));
            } catch (FontFormatException | IOException e) {
                throw new IllegalStateException("the bundled font cannot be read", e);
            }
        }
    }

    private BadgeImages() {
    }

    /**
     * An SVG badge: a circle, the title and the awarding body (text in the viewer's sans-serif font).
     *
     * @param credential the credential
     * @return UTF-8 SVG
     */
    public static byte[] svg(MicroCredential credential) {
        List<String> lines = wrap(title(credential), 18, 4);
        StringBuilder text = new StringBuilder();
        int y = 256 - (lines.size() - 1) * 19;
        for (String line : lines) {
            text.append("<text x=\"256\" y=\"").append(y).append("\">").append(escape(line)).append("</text>");
            y += 38;
        }
        String svg = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 512 512\" width=\"512\" height=\"512\">"
                + "<circle cx=\"256\" cy=\"256\" r=\"248\" fill=\"#14325c\"/>"
                + "<circle cx=\"256\" cy=\"256\" r=\"224\" fill=\"none\" stroke=\"#0a7f86\" stroke-width=\"10\"/>"
                + "<g fill=\"#ffffff\" font-family=\"Noto Sans, DejaVu Sans, sans-serif\" font-weight=\"bold\" font-size=\"32\""
                + " text-anchor=\"middle\">" + text + "</g>"
                + "<text x=\"256\" y=\"420\" fill=\"#d7e3f2\" font-family=\"Noto Sans, DejaVu Sans, sans-serif\" font-size=\"20\""
                + " text-anchor=\"middle\">" + escape(issuer(credential)) + "</text></svg>\n";
        return svg.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A 512 x 512 PNG badge drawn with the bundled Noto Sans.
     *
     * @param credential the credential
     * @return the PNG
     */
    public static byte[] png(MicroCredential credential) {
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(PRIMARY);
            g.fillOval(8, 8, SIZE - 16, SIZE - 16);
            g.setColor(ACCENT);
            g.setStroke(new BasicStroke(10));
            g.drawOval(32, 32, SIZE - 64, SIZE - 64);
            g.setColor(Color.WHITE);
            g.setFont(Faces.BOLD.deriveFont(32f));
            List<String> lines = wrap(title(credential), 18, 4);
            int y = 256 - (lines.size() - 1) * 19 + 11;
            for (String line : lines) {
                centre(g, line, y);
                y += 38;
            }
            g.setColor(new Color(0xd7e3f2));
            g.setFont(Faces.REGULAR.deriveFont(20f));
            centre(g, issuer(credential), 420);
        } finally {
            g.dispose();
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void centre(Graphics2D g, String text, int y) {
        FontMetrics metrics = g.getFontMetrics();
        g.drawString(text, (SIZE - metrics.stringWidth(text)) / 2, y);
    }

    private static String title(MicroCredential credential) {
        return credential.title().map(t -> t.preferred(List.of("en"))).orElse(credential.id().toString());
    }

    private static String issuer(MicroCredential credential) {
        List<Organisation> bodies = credential.awardingBodies();
        Organisation body = bodies.isEmpty() ? credential.issuer().orElse(null) : bodies.get(0);
        if (body == null) {
            return "";
        }
        return body.shortName().orElse(body.legalName()).preferred(List.of("en"));
    }

    /** Greedy word wrap to at most {@code maxLines} lines of about {@code width} characters. */
    static List<String> wrap(String text, int width, int maxLines) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        if (lines.size() > maxLines) {
            List<String> cut = new ArrayList<>(lines.subList(0, maxLines));
            cut.set(maxLines - 1, cut.get(maxLines - 1) + " …");
            return cut;
        }
        return lines;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
