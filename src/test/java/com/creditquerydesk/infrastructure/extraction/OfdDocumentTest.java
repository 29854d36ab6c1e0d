package com.creditquerydesk.infrastructure.extraction;

import com.creditquerydesk.domain.model.extraction.ReadingChecks;
import com.creditquerydesk.domain.model.extraction.DocumentText;
import com.creditquerydesk.domain.model.extraction.ExtractionResult;
import com.creditquerydesk.domain.model.reading.LetterFieldExtractor;
import com.creditquerydesk.domain.shared.DomainException;
import com.creditquerydesk.testsupport.letters.LetterGenerator;
import com.creditquerydesk.testsupport.letters.LetterSpec;
import com.creditquerydesk.testsupport.letters.ReadResults;
import com.creditquerydesk.testsupport.letters.OfdLetterRenderer;
import com.creditquerydesk.testsupport.letters.ScanLetterRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.awt.Font;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OfdDocumentTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void aTextOfdReadsLikeATextPdf(long seed) {
        LetterSpec spec = LetterGenerator.generate(seed, 30);
        OfdDocument ofd = OfdDocument.read(OfdLetterRenderer.text(spec));
        DocumentText text = OfdPages.text(ofd);
        assertFalse(text.needsOcr());
        assertEquals(DocumentText.Source.OFD_TEXT, text.source());
        assertEquals(595, text.pages().get(0).width(), "A4 in points");
        ExtractionResult r = new LetterFieldExtractor(new ReadingChecks(0.9)).extract(text);
        ReadResults.assertMatches(spec, r);
        assertTrue(r.candidates().stream().allMatch(c -> c.box() != null), "positions in points");
    }

    @Test
    void pagesAreDrawnWithTheirText() throws Exception {
        OfdDocument ofd = OfdDocument.read(OfdLetterRenderer.text(LetterGenerator.generate(7, 3)));
        Font font = Font.createFont(Font.TRUETYPE_FONT, Path.of("templates/fonts/FandolSong-Regular.otf").toFile());
        BufferedImage page = OfdPages.render(ofd.pages().get(0), font, 144);
        assertEquals(1191, page.getWidth());
        assertEquals(1684, page.getHeight());
        int dark = 0;
        for (int y = 0; y < page.getHeight(); y += 2) {
            for (int x = 0; x < page.getWidth(); x += 2) {
                dark += (page.getRGB(x, y) & 0xff) < 128 ? 1 : 0;
            }
        }
        assertTrue(dark > 2000, "the text is drawn: " + dark + " dark samples");
    }

    @Test
    void aScannedOfdGoesToOcrWithItsPageImages() {
        LetterSpec spec = LetterGenerator.generate(8, 5);
        var pages = ScanLetterRenderer.render(spec, ScanLetterRenderer.ScanOptions.clean(150));
        OfdDocument ofd = OfdDocument.read(OfdLetterRenderer.scan(pages));
        assertTrue(OfdPages.text(ofd).needsOcr());
        byte[] first = OfdPages.scan(ofd.pages().get(0));
        assertEquals((byte) 0x89, first[0], "the page's PNG as stored");
        assertEquals(pages.size(), ofd.pages().size());
    }

    @Test
    void pathsThatLeaveTheOfdAreRefused() {
        Map<String, byte[]> e = OfdLetterRenderer.textEntries(LetterGenerator.generate(9, 2));
        String doc = new String(e.get("Doc_0/Document.xml"), StandardCharsets.UTF_8);
        e.put("Doc_0/Document.xml", doc.replace("Pages/Page_0/Content.xml", "../../etc/passwd")
                .getBytes(StandardCharsets.UTF_8));
        DomainException refused = assertThrows(DomainException.class, () -> OfdDocument.read(OfdLetterRenderer.zip(e)));
        assertEquals("FILE_CORRUPT", refused.code());
        assertTrue(refused.messageEn().contains("leaves the OFD"), refused.messageEn());
        assertEquals("Doc_0/Res/a.png", OfdDocument.resolve("Doc_0/", "./Res/../Res/a.png"));
        assertEquals("Doc_0/x.xml", OfdDocument.resolve("Doc_1/", "/Doc_0/x.xml"));
    }

    @Test
    void aDtdIsRefusedByTheParserToo() {
        Map<String, byte[]> e = OfdLetterRenderer.textEntries(LetterGenerator.generate(10, 2));
        e.put("OFD.xml", ("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>"
                + "<ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\">&b;</ofd:OFD>").getBytes(StandardCharsets.UTF_8));
        assertEquals("FILE_CORRUPT", assertThrows(DomainException.class,
                () -> OfdDocument.read(OfdLetterRenderer.zip(e))).code());
    }
}
