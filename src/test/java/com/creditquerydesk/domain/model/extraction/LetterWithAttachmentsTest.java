package com.creditquerydesk.domain.model.extraction;

import com.creditquerydesk.domain.model.extraction.ExtractionRepository.LetterReading;
import com.creditquerydesk.domain.model.extraction.ExtractionRepository.PageImage;
import com.creditquerydesk.domain.model.extraction.ExtractionResult.ExtractedCandidate;
import com.creditquerydesk.domain.model.extraction.ExtractionResult.FieldEvidence;
import com.creditquerydesk.domain.model.letter.DocumentNumber;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LetterWithAttachmentsTest {

    private static final String A = "110105199003071239";
    private static final String B = "65010219900101101X";
    private static final String C = "110101199001011237";

    private static ExtractedCandidate row(String name, String id, int page, int sheetRow) {
        return new ExtractedCandidate(name, id, true, IdCheck.VALID, null, null, 1.0, page, null, sheetRow);
    }

    private static LetterReading reading(String source, DocumentNumber number, String unit, List<ExtractedCandidate> rows,
                                         List<PageImage> pages, Map<Field, FieldEvidence> fields) {
        return new LetterReading(new ExtractionResult(number, unit, null, number == null ? null : LocalDate.of(2026, 3, 5),
                null, null, null, rows, fields), source, pages);
    }

    @Test
    void withoutAttachmentsTheLetterIsItsOwnReading() {
        LetterReading letter = reading("DOCX", null, null, List.of(row("张三", A, 2, 0)), List.of(), Map.of());
        assertSame(letter, LetterWithAttachments.merge(letter, List.of()));
    }

    @Test
    void fieldsFromTheLetterRowsFromBothOncePerIdAConflictFlagged() {
        DocumentNumber number = DocumentNumber.parse("陕人社函〔2026〕12号");
        LetterReading letter = reading("PDF_TEXT", number, "陕西省人力资源和社会保障厅", List.of(row("张三", A, 2, 0),
                        row("李四", B, 2, 0)), List.of(new PageImage(1, 595, 842, "p1"), new PageImage(2, 595, 842, "p2")),
                Map.of(Field.DOC_NUMBER, new FieldEvidence(1, 1, null)));
        LetterReading list = reading("XLSX", null, null, List.of(row("张三", A, 1, 4), row("李思", B, 1, 5),
                row("王五", C, 1, 6)), List.of(), Map.of());
        LetterReading scan = reading("OCR:ppocr", DocumentNumber.parse("陕人社函〔2026〕99号"), "别的单位",
                List.of(row("赵六", "11010519491231002X", 1, 0)), List.of(new PageImage(1, 2480, 3508, "s1")),
                Map.of(Field.DOC_NUMBER, new FieldEvidence(0.9, 1, null)));

        LetterReading merged = LetterWithAttachments.merge(letter, List.of(list, scan));
        ExtractionResult r = merged.result();
        assertEquals("PDF_TEXT+XLSX+OCR:ppocr", merged.source());
        assertEquals(number, r.docNumber(), "the letter's number, not the scan's");
        assertEquals("陕西省人力资源和社会保障厅", r.senderUnit());
        assertEquals(1, r.fields().get(Field.DOC_NUMBER).page());
        assertEquals(List.of("张三", "李四", "王五", "赵六"), r.candidates().stream().map(ExtractedCandidate::name).toList());
        ExtractedCandidate conflict = r.candidates().get(1);
        assertTrue(conflict.idNote().contains("李四 / 李思"), conflict.idNote());
        assertTrue(conflict.doubts().contains(Doubt.FILES_DISAGREE), conflict.doubts().toString());
        assertNull(r.candidates().get(0).idNote(), "the same name twice is one person, no conflict");
        assertEquals(6, r.candidates().get(2).sheetRow(), "a spreadsheet row keeps its sheet and row");
        assertEquals(1, r.candidates().get(2).page());
        assertEquals(4, r.candidates().get(3).page(), "the scan's page 1 follows the letter's two pages and the list's one");
        assertEquals(List.of(1, 2, 4), merged.pages().stream().map(PageImage::number).toList());
    }

    @Test
    void aListSentFirstLendsTheLetterItsFields() {
        LetterReading list = reading("CSV", null, null, List.of(row("张三", A, 1, 2)), List.of(), Map.of());
        DocumentNumber number = DocumentNumber.parse("榆政办函〔2026〕3号");
        LetterReading letter = reading("DOCX", number, "榆林市人民政府办公室", List.of(), List.of(),
                Map.of(Field.SENDER_UNIT, new FieldEvidence(1, 1, null)));
        ExtractionResult r = LetterWithAttachments.merge(list, List.of(letter)).result();
        assertEquals(number, r.docNumber());
        assertEquals("榆林市人民政府办公室", r.senderUnit());
        assertEquals(2, r.fields().get(Field.SENDER_UNIT).page(), "its evidence on the page after the list's");
        assertEquals(List.of("张三"), r.candidates().stream().map(ExtractedCandidate::name).toList());
    }
}
