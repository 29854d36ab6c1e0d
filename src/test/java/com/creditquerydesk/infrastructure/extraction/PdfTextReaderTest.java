package com.creditquerydesk.infrastructure.extraction;

import com.creditquerydesk.domain.model.extraction.DocumentText;
import com.creditquerydesk.domain.model.extraction.DocumentText.TextLine;
import com.creditquerydesk.domain.shared.DomainException;
import com.creditquerydesk.testsupport.letters.LetterGenerator;
import com.creditquerydesk.testsupport.letters.LetterSpec;
import com.creditquerydesk.testsupport.letters.PdfLetterRenderer;
import com.creditquerydesk.testsupport.letters.ScanLetterRenderer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PdfTextReaderTest {

    private final PdfTextReader reader = new PdfTextReader();

    @Test
    void tableCellsComeAsSeparatePositionedRunsOnOneBaseline() {
        LetterSpec spec = LetterGenerator.generate(5);
        DocumentText text = reader.read(PdfLetterRenderer.render(spec));
        assertEquals(DocumentText.Source.PDF_TEXT, text.source());
        DocumentText.TextPage list = text.pages().get(1);
        assertEquals(595, list.width());
        List<TextLine> lines = list.blocks().stream().map(TextLine.class::cast).toList();
        LetterSpec.CandidateSpec first = spec.candidates().get(0);
        TextLine name = lines.stream().filter(l -> l.text().equals(first.name())).findFirst().orElseThrow();
        TextLine id = lines.stream().filter(l -> l.text().equals(first.idNumber())).findFirst().orElseThrow();
        assertTrue(id.box().x() > name.box().x() + name.box().width(), "the ID cell lies right of the name cell");
        assertTrue(Math.abs(id.box().y() - name.box().y()) <= 1, "same row");
        TextLine date = text.pages().get(0).blocks().stream().map(TextLine.class::cast)
                .filter(l -> l.text().equals(spec.dateText())).findFirst().orElseThrow();
        assertTrue(date.box().x() > 300, "the date is right-aligned");
    }

    @Test
    void anImageOnlyPdfNeedsOcr() {
        LetterSpec spec = LetterGenerator.generate(2, 3);
        byte[] scan = ScanLetterRenderer.imagePdf(ScanLetterRenderer.render(spec, ScanLetterRenderer.ScanOptions.clean(72)));
        DocumentText text = reader.read(scan);
        assertEquals(2, text.pages().size());
        assertTrue(text.pages().stream().allMatch(DocumentText.TextPage::needsOcr));
        assertFalse(reader.read(PdfLetterRenderer.render(spec)).needsOcr());
    }

    @Test
    void garbageOrScantTextLayersNeedOcr() {
        assertTrue(PdfTextReader.needsOcr(""));
        assertTrue(PdfTextReader.needsOcr("- 2 -"), "a page number alone is not a text layer");
        assertTrue(PdfTextReader.needsOcr("关于\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD的函"));
        assertTrue(PdfTextReader.needsOcr("\uE001\uE002\uE003\uE004\uE005\uE006\uE007\uE008\uE009\uE00A\uE00B查询对象"));
        assertFalse(PdfTextReader.needsOcr("1 张伟 11010519900307123X"), "one list row is enough");
        assertFalse(PdfTextReader.needsOcr("关于申请查询录用、调任人选社会信用记录的函\uFFFD"));
    }

    @Test
    void notAPdfIsABilingualError() {
        DomainException e = assertThrows(DomainException.class, () -> reader.read("%PDF-nope".getBytes()));
        assertEquals("PDF_UNREADABLE", e.code());
    }
}
