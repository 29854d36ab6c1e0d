package com.creditquerydesk.infrastructure.extraction;

import com.creditquerydesk.domain.model.extraction.DocumentText;
import com.creditquerydesk.domain.model.extraction.DocumentText.TextBlock;
import com.creditquerydesk.domain.model.extraction.DocumentText.TextLine;
import com.creditquerydesk.domain.model.extraction.DocumentText.TextPage;
import com.creditquerydesk.domain.model.extraction.DocumentText.TextTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WordPagesTest {

    private static Font font;

    @BeforeAll
    static void loadFont() throws Exception {
        try (InputStream in = Files.newInputStream(Path.of("templates/fonts/FandolSong-Regular.otf"))) {
            font = Font.createFont(Font.TRUETYPE_FONT, in);
        }
    }

    private static TextLine line(String text) {
        return new TextLine(text, null, 1.0);
    }

    private static DocumentText docx(List<TextPage> pages) {
        return new DocumentText(DocumentText.Source.DOCX, pages);
    }

    /** Share of dark pixels in a band of rows of the page (fractions of its height). */
    private static double ink(BufferedImage page, double from, double to) {
        int dark = 0;
        int all = 0;
        for (int y = (int) (page.getHeight() * from); y < (int) (page.getHeight() * to); y++) {
            for (int x = 0; x < page.getWidth(); x++) {
                int rgb = page.getRGB(x, y) & 0xFFFFFF;
                dark += ((rgb >> 16 & 0xFF) + (rgb >> 8 & 0xFF) + (rgb & 0xFF)) / 3 < 128 ? 1 : 0;
                all++;
            }
        }
        return dark / (double) all;
    }

    @Test
    void eachPageOfTheReadingIsAnA4PageAtTheTextPdfResolution() {
        List<BufferedImage> pages = WordPages.render(docx(List.of(
                new TextPage(1, 0, 0, List.of(line("关于商请查询拟录用人员信用信息的函"), line("陕西省公共信用信息中心：")), false),
                new TextPage(2, 0, 0, List.of(line("附件：拟录用人员名单")), false))), font);
        assertEquals(2, pages.size(), "the page break of the file is kept");
        for (BufferedImage p : pages) {
            assertEquals(List.of(1190, 1684), List.of(p.getWidth(), p.getHeight()), "A4 at 2 pixels a point");
            assertTrue(ink(p, 0.08, 0.16) > 0.002, "the text is drawn under the top margin");
            assertTrue(ink(p, 0.03, 0.05) > 0.0005, "every page says it is a rendition of the text");
            assertEquals(0, ink(p, 0.3, 0.9), 1e-9, "nothing where the letter has nothing");
        }
    }

    @Test
    void aLongListRunsOnToMorePagesAndNothingIsDrawnOffThePage() {
        List<List<TextLine>> rows = new ArrayList<>();
        rows.add(List.of(line("序号"), line("姓名"), line("身份证号码")));
        for (int i = 1; i <= 80; i++) {
            rows.add(List.of(line(String.valueOf(i)), line("王小明"), line("61011319900101" + String.format("%04d", i))));
        }
        List<TextBlock> blocks = List.of(line("拟录用人员名单"), new TextTable(rows));
        List<BufferedImage> pages = WordPages.render(docx(List.of(new TextPage(1, 0, 0, blocks, false))), font);
        assertEquals(3, pages.size(), "81 rows of 25 points each fill three pages");
        assertTrue(ink(pages.get(2), 0.08, 0.2) > 0.002, "the list goes on at the top of the next page");
        for (BufferedImage p : pages) {
            assertEquals(0, ink(p, 0.93, 0.95), 1e-9, "the bottom margin stays empty above the page number");
        }
    }

    @Test
    void aParagraphWiderThanTheTextAreaIsWrappedCharacterByCharacter() {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        FontMetrics fm = scratch.createGraphics().getFontMetrics(font.deriveFont(16f));
        String text = "根据《关于在招录（聘）公务员及事业单位工作人员工作中开展失信联合惩戒的通知》要求，现将拟录用人员名单送上。";
        List<String> lines = WordPages.wrap(text, 437, fm);
        assertTrue(lines.size() > 1, lines.toString());
        assertEquals(text, String.join("", lines), "nothing lost or added");
        for (String l : lines) {
            assertTrue(fm.stringWidth(l) <= 437, l);
        }
        assertEquals(List.of(""), WordPages.wrap("", 437, fm), "an empty paragraph is one empty line");
    }
}
