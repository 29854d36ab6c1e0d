package com.creditquerydesk.infrastructure.signing;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Draws a red round official seal as a transparent PNG: a ring, the centre's name along the upper arc, a
 * five-pointed star in the middle and a line of text below it. In demo mode the text below reads 演示 DEMO,
 * so a demo seal can never pass for a real one.
 */
public final class SealImageGenerator {

    /** Seal red, close to the 朱红 of official seal ink. */
    static final Color SEAL_RED = new Color(0xE6, 0x00, 0x12);
    private static final float DIAMETER_MM = 42f;
    private static final int SIZE_PX = 480;

    private final Font font;

    /** @param fontFile a CJK font for the seal text (e.g. templates/fonts/FandolSong-Bold.otf) */
    public SealImageGenerator(Path fontFile) {
        try (InputStream in = Files.newInputStream(fontFile)) {
            this.font = Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalArgumentException("not a usable font: " + fontFile, e);
        }
    }

    /**
     * @param centreName the name along the arc, e.g. 陕西省公共信用信息中心
     * @param bottomText text under the star (may be empty); replaced by 演示 DEMO in demo mode
     * @param demo       whether this seal is for demonstration only
     */
    public SealImage generate(String centreName, String bottomText, boolean demo) {
        BufferedImage img = new BufferedImage(SIZE_PX, SIZE_PX, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(SEAL_RED);
            double c = SIZE_PX / 2.0;
            double pxPerMm = SIZE_PX / DIAMETER_MM;
            float ring = (float) (1.2 * pxPerMm);
            double r = c - ring / 2 - 2;
            g.setStroke(new BasicStroke(ring));
            g.draw(new java.awt.geom.Ellipse2D.Double(c - r, c - r, 2 * r, 2 * r));

            drawArcText(g, centreName, c, r - ring / 2 - 1.4 * pxPerMm, 5.8 * pxPerMm);
            g.fill(star(c, c, 6.8 * pxPerMm));

            String below = demo ? "演示 DEMO" : bottomText == null ? "" : bottomText.strip();
            if (!below.isEmpty()) {
                drawCentred(g, below, c, c + 12.8 * pxPerMm, 3.6 * pxPerMm);
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SealImage(out.toByteArray(), DIAMETER_MM);
    }

    /** Characters upright towards the centre, narrowed as on a real seal, over an arc of up to 230° centred on the top. */
    private void drawArcText(Graphics2D g, String text, double c, double radius, double charHeight) {
        int[] cps = text.codePoints().toArray();
        if (cps.length == 0) {
            return;
        }
        Font f = font.deriveFont((float) charHeight);
        double span = Math.toRadians(Math.min(230, 21.0 * cps.length));
        double step = cps.length == 1 ? 0 : span / (cps.length - 1);
        double start = -span / 2;
        FontRenderContext frc = g.getFontRenderContext();
        for (int i = 0; i < cps.length; i++) {
            double angle = start + i * step; // 0 = straight up
            GlyphVector gv = f.createGlyphVector(frc, new String(Character.toChars(cps[i])));
            Rectangle2D b = gv.getVisualBounds();
            AffineTransform at = new AffineTransform();
            at.translate(c, c);
            at.rotate(angle);
            at.translate(0, -radius);
            at.scale(0.78, 1);
            at.translate(-b.getCenterX(), -b.getY());
            g.fill(at.createTransformedShape(gv.getOutline()));
        }
    }

    private void drawCentred(Graphics2D g, String text, double cx, double baseline, double height) {
        Font f = font.deriveFont((float) height);
        GlyphVector gv = f.createGlyphVector(g.getFontRenderContext(), text);
        Rectangle2D b = gv.getVisualBounds();
        g.fill(AffineTransform.getTranslateInstance(cx - b.getCenterX(), baseline).createTransformedShape(gv.getOutline()));
    }

    private static Path2D star(double cx, double cy, double outer) {
        double inner = outer * 0.382;
        Path2D p = new Path2D.Double();
        for (int i = 0; i < 10; i++) {
            double rr = i % 2 == 0 ? outer : inner;
            double a = -Math.PI / 2 + i * Math.PI / 5;
            double x = cx + rr * Math.cos(a);
            double y = cy + rr * Math.sin(a);
            if (i == 0) {
                p.moveTo(x, y);
            } else {
                p.lineTo(x, y);
            }
        }
        p.closePath();
        return p;
    }
}
