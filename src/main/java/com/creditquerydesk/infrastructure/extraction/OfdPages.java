package com.creditquerydesk.infrastructure.extraction;

import com.creditquerydesk.domain.model.extraction.Box;
import com.creditquerydesk.domain.model.extraction.DocumentText;
import com.creditquerydesk.domain.model.extraction.DocumentText.TextBlock;
import com.creditquerydesk.domain.model.extraction.DocumentText.TextLine;
import com.creditquerydesk.infrastructure.extraction.OfdDocument.OfdImage;
import com.creditquerydesk.infrastructure.extraction.OfdDocument.OfdPage;
import com.creditquerydesk.infrastructure.extraction.OfdDocument.OfdText;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What the letter reader takes from an OFD: its text with positions, as a text PDF's (boxes in points from the top
 * left, so the correction view treats both alike), the page images of an OFD made of scans for OCR, and the pages
 * drawn for the correction view (Java2D: the images where they stand, the text at its baselines in a CJK font).
 * A page with no text but an image is a scan (docs/rules.md#R37).
 */
public final class OfdPages {

    static final double PT_PER_MM = 72 / 25.4;

    private OfdPages() {
    }

    public static DocumentText text(OfdDocument ofd) {
        List<DocumentText.TextPage> pages = new ArrayList<>();
        for (OfdPage p : ofd.pages()) {
            List<TextBlock> lines = new ArrayList<>();
            for (OfdText t : p.texts()) {
                lines.add(new TextLine(t.text(), box(t), 1.0));
            }
            boolean scan = lines.isEmpty() && !p.images().isEmpty();
            pages.add(new DocumentText.TextPage(p.number(), pt(p.width()), pt(p.height()), lines, scan));
        }
        return new DocumentText(DocumentText.Source.OFD_TEXT, pages);
    }

    /** The box of a text code in points: from the ascent above the baseline to the descent below, as PdfTextReader's. */
    static Box box(OfdText t) {
        int x = Math.max(0, (int) Math.round(t.x() * PT_PER_MM));
        int y = Math.max(0, (int) Math.round((t.baseline() - t.size() * 0.88) * PT_PER_MM));
        return new Box(x, y, Math.max(1, (int) Math.round(t.width() * PT_PER_MM)),
                Math.max(1, (int) Math.round(t.size() * 1.1 * PT_PER_MM)));
    }

    /** A scanned page's image (the largest on the page) as the file it was stored as. */
    public static byte[] scan(OfdPage p) {
        return p.images().stream().max(Comparator.comparingDouble(i -> i.width() * i.height())).orElseThrow().data();
    }

    /** The page drawn at {@code dpi}: white paper, its images in their boundaries, then its text. */
    public static BufferedImage render(OfdPage page, Font font, float dpi) {
        double scale = dpi / 25.4; // pixels per millimetre
        BufferedImage img = new BufferedImage(Math.max(1, (int) Math.ceil(page.width() * scale)),
                Math.max(1, (int) Math.ceil(page.height() * scale)), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, img.getWidth(), img.getHeight());
            for (OfdImage i : page.images()) {
                BufferedImage picture = decode(i);
                if (picture != null) {
                    g.drawImage(picture, (int) Math.round(i.x() * scale), (int) Math.round(i.y() * scale),
                            (int) Math.round(i.width() * scale), (int) Math.round(i.height() * scale), null);
                }
            }
            g.setColor(Color.BLACK);
            for (OfdText t : page.texts()) {
                g.setFont(font.deriveFont((float) (t.size() * scale)));
                g.drawString(t.text(), (float) (t.x() * scale), (float) (t.baseline() * scale));
            }
        } finally {
            g.dispose();
        }
        return img;
    }

    /** An image the checks at intake let through; one Java's ImageIO cannot decode is left out of the drawing. */
    private static BufferedImage decode(OfdImage i) {
        try {
            return ImageIO.read(new ByteArrayInputStream(i.data()));
        } catch (IOException e) {
            return null;
        }
    }

    private static int pt(double mm) {
        return (int) Math.round(mm * PT_PER_MM);
    }
}
