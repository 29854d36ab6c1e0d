package com.creditquerydesk.testsupport.letters;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

/** Paints a round red official seal: a ring, the unit's name along the upper rim and a star in the middle. */
final class SealPainter {

    static final Color SEAL_RED = new Color(220, 30, 35, 200);

    private SealPainter() {
    }

    /** Paints the seal centred on (cx, cy) with the given radius, in the graphics' current units. */
    static void paint(Graphics2D g, String unit, double cx, double cy, double radius) {
        AffineTransform saved = g.getTransform();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(SEAL_RED);
        g.setStroke(new BasicStroke((float) (radius * 0.06)));
        g.draw(new java.awt.geom.Ellipse2D.Double(cx - radius, cy - radius, 2 * radius, 2 * radius));
        g.fill(star(cx, cy, radius * 0.28));
        float size = (float) (radius * 0.24);
        Font font = LetterFonts.get().awtFont(LetterFonts.Role.BODY, unit, size).deriveFont(Font.BOLD);
        g.setFont(font);
        double sweep = Math.toRadians(Math.min(250, 22 * unit.length()));
        double step = unit.length() > 1 ? sweep / (unit.length() - 1) : 0;
        double start = -Math.PI / 2 - sweep / 2;
        for (int i = 0; i < unit.length(); i++) {
            double angle = start + i * step;
            g.setTransform(saved);
            g.translate(cx + Math.cos(angle) * radius * 0.7, cy + Math.sin(angle) * radius * 0.7);
            g.rotate(angle + Math.PI / 2);
            String ch = unit.substring(i, i + 1);
            g.drawString(ch, -g.getFontMetrics().stringWidth(ch) / 2f, size * 0.4f);
        }
        g.setTransform(saved);
    }

    /** The seal alone on a transparent square image, for vector renderers that place it as a picture. */
    static BufferedImage image(String unit, int pixels) {
        BufferedImage img = new BufferedImage(pixels, pixels, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        paint(g, unit, pixels / 2.0, pixels / 2.0, pixels / 2.0 - 2);
        g.dispose();
        return img;
    }

    private static Polygon star(double cx, double cy, double r) {
        Polygon p = new Polygon();
        for (int i = 0; i < 10; i++) {
            double rr = i % 2 == 0 ? r : r * 0.4;
            double a = -Math.PI / 2 + i * Math.PI / 5;
            p.addPoint((int) Math.round(cx + Math.cos(a) * rr), (int) Math.round(cy + Math.sin(a) * rr));
        }
        return p;
    }
}
