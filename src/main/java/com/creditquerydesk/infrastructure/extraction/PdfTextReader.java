package com.creditquerydesk.infrastructure.extraction;

import com.creditquerydesk.domain.model.extraction.Box;
import com.creditquerydesk.domain.model.extraction.DocumentText;
import com.creditquerydesk.domain.model.extraction.DocumentText.TextBlock;
import com.creditquerydesk.domain.model.extraction.DocumentText.TextLine;
import com.creditquerydesk.domain.model.extraction.DocumentText.TextPage;
import com.creditquerydesk.domain.shared.DomainException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads the text layer of a PDF with positions (PDFBox): glyphs are grouped into visual lines by
 * baseline, and a line is cut into separate runs where a gap wider than 0.6 em opens (table cells, whose
 * texts may be as little as two cell paddings apart; right-aligned dates), so a table reaches the field extractor as positioned cells just as OCR gives it.
 * Boxes are in PDF points from the page's top left. A page with too little real text, or mostly
 * unmapped glyphs, is marked as needing OCR.
 */
public final class PdfTextReader {

    /** Fewer meaningful characters than this on a page: treated as a scan (a page number is not text). */
    static final int MIN_CHARS_PER_PAGE = 10;
    /** More than this share of unmapped or replacement characters: the text layer is garbage. */
    static final double MAX_GARBAGE_SHARE = 0.25;
    /** Word tables pad cells by 0.19 cm on each side: two paddings are about 0.7 em at 4号. */
    static final double CELL_GAP_EM = 0.6;

    public DocumentText read(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            Stripper stripper = new Stripper();
            stripper.setSortByPosition(true);
            stripper.writeText(doc, new StringWriter());
            return new DocumentText(DocumentText.Source.PDF_TEXT, stripper.pages);
        } catch (IOException e) {
            throw new DomainException("PDF_UNREADABLE", "无法读取该 PDF 文件", "the PDF cannot be read");
        }
    }

    private static final class Stripper extends PDFTextStripper {
        private final List<TextPage> pages = new ArrayList<>();
        private final List<TextPosition> glyphs = new ArrayList<>();

        @Override
        protected void startPage(PDPage page) {
            glyphs.clear();
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            glyphs.addAll(positions);
        }

        @Override
        protected void endPage(PDPage page) {
            PDRectangle box = page.getCropBox();
            List<TextBlock> lines = new ArrayList<>(runs(lines(glyphs)));
            pages.add(new TextPage(getCurrentPageNo(), Math.round(box.getWidth()), Math.round(box.getHeight()),
                    lines, needsOcr(glyphText(glyphs))));
        }
    }

    private static float size(TextPosition t) {
        return t.getFontSizeInPt() > 1 ? t.getFontSizeInPt() : t.getHeightDir();
    }

    /** Glyphs sharing a baseline (within 0.4 em), each line ordered left to right. */
    static List<List<TextPosition>> lines(List<TextPosition> glyphs) {
        List<TextPosition> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(TextPosition::getYDirAdj).thenComparingDouble(TextPosition::getXDirAdj));
        List<List<TextPosition>> lines = new ArrayList<>();
        List<TextPosition> current = new ArrayList<>();
        for (TextPosition t : sorted) {
            if (!current.isEmpty()) {
                TextPosition first = current.get(0);
                if (Math.abs(t.getYDirAdj() - first.getYDirAdj()) > 0.4 * size(first)) {
                    lines.add(current);
                    current = new ArrayList<>();
                }
            }
            current.add(t);
        }
        if (!current.isEmpty()) {
            lines.add(current);
        }
        lines.forEach(l -> l.sort(Comparator.comparingDouble(TextPosition::getXDirAdj)));
        return lines;
    }

    /**
     * Cuts each line at gaps wider than {@link #CELL_GAP_EM}; blank runs are dropped. Cutting a letter-spaced
     * line too is harmless: the field extractor joins the runs of one row again.
     */
    static List<TextLine> runs(List<List<TextPosition>> lines) {
        List<TextLine> out = new ArrayList<>();
        for (List<TextPosition> line : lines) {
            int start = 0;
            for (int i = 1; i <= line.size(); i++) {
                if (i == line.size() || gap(line.get(i - 1), line.get(i)) > CELL_GAP_EM * size(line.get(i - 1))) {
                    run(line.subList(start, i)).ifPresent(out::add);
                    start = i;
                }
            }
        }
        return out;
    }

    private static double gap(TextPosition a, TextPosition b) {
        return b.getXDirAdj() - (a.getXDirAdj() + a.getWidthDirAdj());
    }

    private static java.util.Optional<TextLine> run(List<TextPosition> glyphs) {
        StringBuilder text = new StringBuilder();
        float left = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        float top = Float.MAX_VALUE;
        float bottom = -Float.MAX_VALUE;
        for (TextPosition t : glyphs) {
            text.append(t.getUnicode());
            float size = size(t);
            left = Math.min(left, t.getXDirAdj());
            right = Math.max(right, t.getXDirAdj() + t.getWidthDirAdj());
            top = Math.min(top, t.getYDirAdj() - size * 0.88f);
            bottom = Math.max(bottom, t.getYDirAdj() + size * 0.12f);
        }
        String s = text.toString().strip();
        if (s.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new TextLine(s, new Box(Math.round(left), Math.round(top),
                Math.round(right - left), Math.round(bottom - top)), 1.0));
    }

    /** The page's glyphs as one string; a glyph without a Unicode mapping becomes U+FFFD. */
    private static String glyphText(List<TextPosition> glyphs) {
        StringBuilder s = new StringBuilder();
        for (TextPosition t : glyphs) {
            String u = t.getUnicode();
            s.append(u == null || u.isEmpty() ? "\uFFFD" : u);
        }
        return s.toString();
    }

    /** Too few meaningful characters, or mostly unmapped ones: the page must be read by OCR. */
    static boolean needsOcr(String pageGlyphs) {
        int meaningful = 0;
        int garbage = 0;
        for (int i = 0; i < pageGlyphs.length(); ) {
            int cp = pageGlyphs.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == 0xFFFD || Character.getType(cp) == Character.PRIVATE_USE || Character.isISOControl(cp)) {
                garbage++;
            } else if (Character.isLetterOrDigit(cp)) {
                meaningful++;
            }
        }
        int total = meaningful + garbage;
        return meaningful < MIN_CHARS_PER_PAGE || (total > 0 && garbage > MAX_GARBAGE_SHARE * total);
    }
}
