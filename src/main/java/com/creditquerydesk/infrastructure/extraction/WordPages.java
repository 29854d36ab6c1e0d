package com.creditquerydesk.infrastructure.extraction;

import com.creditquerydesk.domain.model.extraction.DocumentText;
import com.creditquerydesk.domain.model.extraction.DocumentText.TextBlock;
import com.creditquerydesk.domain.model.extraction.DocumentText.TextLine;
import com.creditquerydesk.domain.model.extraction.DocumentText.TextTable;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws a Word letter (DOCX, DOC) on A4 pages for the correction view, which otherwise has no picture to compare with
 * (docs/rules.md#R67): its paragraphs and tables as they were read, in one font, wrapped to the page. A Word file holds
 * no pagination or final layout (Word makes them when it opens the file), so every page says it is a rendition of the
 * text and that 下载原件 gives the file itself. Pages in points (A4, 595 × 842) drawn at 2 pixels a point, as text PDFs.
 */
final class WordPages {

    static final float DPI = LetterReader.TEXT_PDF_RENDER_DPI;
    private static final float SCALE = DPI / 72f;
    private static final int WIDTH = 595;
    private static final int HEIGHT = 842;
    private static final int MARGIN_X = 79; // 28 mm, GB/T 9704's left margin
    private static final int MARGIN_TOP = 72;
    private static final int MARGIN_BOTTOM = 64;
    private static final float BODY = 16f; // 三号
    private static final float BODY_LEADING = 28f;
    private static final float CELL = 12f;
    private static final float CELL_LEADING = 17f;
    private static final float CELL_PAD = 4f;
    private static final String NOTE = "文字版式预览：Word 文件不含分页和版式，此页按读取的文字排出；原件请用“下载原件”查看";

    private final Font font;
    private final List<BufferedImage> pages = new ArrayList<>();
    private Graphics2D g;
    private float y;

    private WordPages(Font font) {
        this.font = font;
    }

    /** The letter's pages: each page of the reading starts a new one, and one that is longer than A4 runs on. */
    static List<BufferedImage> render(DocumentText text, Font font) {
        WordPages w = new WordPages(font);
        for (DocumentText.TextPage page : text.pages()) {
            w.newPage();
            for (TextBlock block : page.blocks()) {
                if (block instanceof TextLine line) {
                    w.paragraph(line.text());
                } else if (block instanceof TextTable table) {
                    w.table(table);
                }
            }
        }
        if (w.pages.isEmpty()) {
            w.newPage();
        }
        w.g.dispose();
        return w.pages;
    }

    private void newPage() {
        if (g != null) {
            g.dispose();
        }
        BufferedImage image = new BufferedImage(px(WIDTH), px(HEIGHT), BufferedImage.TYPE_INT_RGB);
        g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.scale(SCALE, SCALE);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        pages.add(image);
        g.setColor(new Color(0x77, 0x77, 0x77));
        g.setFont(font.deriveFont(9f));
        g.drawString(NOTE, MARGIN_X, 36);
        String folio = "— " + pages.size() + " —";
        g.drawString(folio, (WIDTH - g.getFontMetrics().stringWidth(folio)) / 2f, HEIGHT - 28);
        g.setColor(Color.BLACK);
        y = MARGIN_TOP;
    }

    private void paragraph(String text) {
        g.setFont(font.deriveFont(BODY));
        for (String line : wrap(text, WIDTH - 2 * MARGIN_X, g.getFontMetrics())) {
            if (y + BODY_LEADING > HEIGHT - MARGIN_BOTTOM) {
                newPage();
                g.setFont(font.deriveFont(BODY));
            }
            g.drawString(line, MARGIN_X, y + BODY);
            y += BODY_LEADING;
        }
    }

    private void table(TextTable table) {
        int columns = table.rows().stream().mapToInt(List::size).max().orElse(0);
        if (columns == 0) {
            return;
        }
        g.setFont(font.deriveFont(CELL));
        float[] widths = columnWidths(table, columns, WIDTH - 2 * MARGIN_X);
        y += 4;
        for (List<TextLine> row : table.rows()) {
            FontMetrics fm = g.getFontMetrics();
            List<List<String>> cells = new ArrayList<>();
            int lines = 1;
            for (int c = 0; c < columns; c++) {
                String text = c < row.size() ? row.get(c).text() : "";
                List<String> wrapped = wrap(text, widths[c] - 2 * CELL_PAD, fm);
                cells.add(wrapped);
                lines = Math.max(lines, wrapped.size());
            }
            float height = lines * CELL_LEADING + 2 * CELL_PAD;
            if (y + height > HEIGHT - MARGIN_BOTTOM) {
                newPage();
                g.setFont(font.deriveFont(CELL));
            }
            float x = MARGIN_X;
            g.setStroke(new BasicStroke(0.6f));
            for (int c = 0; c < columns; c++) {
                g.drawRect(Math.round(x), Math.round(y), Math.round(widths[c]), Math.round(height));
                float ly = y + CELL_PAD + CELL;
                for (String s : cells.get(c)) {
                    g.drawString(s, x + CELL_PAD, ly);
                    ly += CELL_LEADING;
                }
                x += widths[c];
            }
            y += height;
        }
        y += BODY_LEADING / 2;
    }

    /** Columns as wide as their longest cell needs, within the page's width; none narrower than two characters. */
    private static float[] columnWidths(TextTable table, int columns, float total) {
        float[] need = new float[columns];
        for (List<TextLine> row : table.rows()) {
            for (int c = 0; c < row.size(); c++) {
                need[c] = Math.max(need[c], Math.max(2, row.get(c).text().length()));
            }
        }
        float sum = 0;
        for (float n : need) {
            sum += n;
        }
        float[] widths = new float[columns];
        for (int c = 0; c < columns; c++) {
            widths[c] = total * need[c] / sum;
        }
        return widths;
    }

    /** The text broken into lines no wider than {@code width}, character by character (Chinese has no spaces). */
    static List<String> wrap(String text, float width, FontMetrics fm) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        text.replace('\t', ' ').codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            if (line.length() > 0 && fm.stringWidth(line + ch) > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(ch);
        });
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static int px(float points) {
        return Math.round(points * SCALE);
    }
}
