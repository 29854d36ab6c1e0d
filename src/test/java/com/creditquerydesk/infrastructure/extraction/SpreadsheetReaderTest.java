package com.creditquerydesk.infrastructure.extraction;

import com.creditquerydesk.domain.model.extraction.ReadingChecks;
import com.creditquerydesk.domain.model.extraction.ExtractionResult;
import com.creditquerydesk.domain.model.extraction.ExtractionResult.ExtractedCandidate;
import com.creditquerydesk.domain.model.extraction.IdCheck;
import com.creditquerydesk.domain.model.reading.LetterFieldExtractor;
import com.creditquerydesk.domain.model.reading.SheetList;
import com.creditquerydesk.domain.shared.DomainException;
import com.creditquerydesk.infrastructure.extraction.SpreadsheetReader.Format;
import com.creditquerydesk.testsupport.letters.LetterGenerator;
import com.creditquerydesk.testsupport.letters.LetterSpec;
import com.creditquerydesk.testsupport.letters.SpreadsheetListRenderer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpreadsheetReaderTest {

    private static final LetterFieldExtractor EXTRACTOR = new LetterFieldExtractor(new ReadingChecks(0.9));

    private static ExtractionResult read(byte[] file, Format format) {
        return EXTRACTOR.extract(SheetList.of(SpreadsheetReader.read(file, format)));
    }

    /** Every candidate in order, its ID exact, on the list's sheet (2: after the 说明 sheet) and the row shown there. */
    private static void assertList(LetterSpec spec, ExtractionResult r, int sheet, int firstRow) {
        assertEquals(spec.candidates().size(), r.candidates().size());
        for (int i = 0; i < spec.candidates().size(); i++) {
            ExtractedCandidate c = r.candidates().get(i);
            assertEquals(spec.candidates().get(i).name(), c.name(), "row " + i);
            assertEquals(spec.candidates().get(i).idNumber(), c.idNumber(), "row " + i);
            assertEquals(IdCheck.VALID, c.idCheck());
            assertEquals(sheet, c.page());
            assertEquals(firstRow + i, c.sheetRow());
        }
        assertNull(r.docNumber(), "a spreadsheet has no letter fields: the clerk enters them");
        assertNull(r.senderUnit());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void xlsxAndXlsListsOnTheSecondSheetUnderMergedHeaders(long seed) {
        LetterSpec spec = LetterGenerator.generate(seed, 15);
        assertList(spec, read(SpreadsheetListRenderer.xlsx(spec), Format.XLSX), 2, SpreadsheetListRenderer.FIRST_ROW);
        assertList(spec, read(SpreadsheetListRenderer.xls(spec), Format.XLS), 2, SpreadsheetListRenderer.FIRST_ROW);
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "GB18030"})
    void csvInUtf8OrGb18030(String charset) {
        LetterSpec spec = LetterGenerator.generate(11, 20);
        assertList(spec, read(SpreadsheetListRenderer.csv(spec, Charset.forName(charset)), Format.CSV), 1, 2);
        byte[] withBom = ("\uFEFF" + new String(SpreadsheetListRenderer.csv(spec, StandardCharsets.UTF_8),
                StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        assertList(spec, read(withBom, Format.CSV), 1, 2);
    }

    @Test
    void aCsvInAnotherEncodingIsRefused() {
        LetterSpec spec = LetterGenerator.generate(12, 3);
        byte[] utf16 = ("\uFEFF" + new String(SpreadsheetListRenderer.csv(spec, StandardCharsets.UTF_8),
                StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_16LE);
        DomainException e = assertThrows(DomainException.class, () -> SpreadsheetReader.read(utf16, Format.CSV));
        assertEquals("CSV_ENCODING_UNKNOWN", e.code());
        assertEquals(DomainException.Kind.UNSUPPORTED, e.kind());
    }

    @Test
    void misreadsAreProposedAsRepairsAndANumericIdIsInvalidWithItsRow() throws IOException {
        String good = LetterGenerator.generate(13, 1).candidates().get(0).idNumber();
        String misread = good.substring(0, 6) + "O" + good.substring(7); // a letter O for a 0, as typed
        byte[] file = xlsx(new String[][]{{"单位名称", "姓名", "证件号码"}, {"某局", "张三", misread}},
                new Object[]{"某局", "李四", 110105199003071234.0});
        ExtractionResult r = read(file, Format.XLSX);
        assertEquals(2, r.candidates().size());
        ExtractedCandidate repaired = r.candidates().get(0);
        assertEquals(IdCheck.REPAIRED, repaired.idCheck(), repaired.toString());
        assertEquals(good, repaired.idNumber());
        assertEquals(2, repaired.sheetRow());
        ExtractedCandidate numeric = r.candidates().get(1);
        assertEquals(IdCheck.INVALID, numeric.idCheck(), "Excel kept 15 digits of a number: " + numeric);
        assertEquals(3, numeric.sheetRow());
        assertEquals("第 2 行（工作表 1 第 3 行）", numeric.whereZh(2));
        assertEquals("row 2 (sheet 1, row 3)", numeric.whereEn(2));
    }

    @Test
    void aSpreadsheetWithoutTheIdColumnIsRefused() throws IOException {
        byte[] file = xlsx(new String[][]{{"序号", "姓名", "性别", "证件类型"}, {"1", "张三", "男", "居民身份证"}});
        DomainException e = assertThrows(DomainException.class,
                () -> SheetList.of(SpreadsheetReader.read(file, Format.XLSX)));
        assertEquals("SPREADSHEET_NO_ID_COLUMN", e.code());
    }

    @Test
    void moreRowsThanTheBudgetAreRefusedEvenWhenEmpty() throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet();
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("姓名");
            header.createCell(1).setCellValue("身份证号码");
            for (int i = 1; i <= SpreadsheetReader.MAX_ROWS; i++) {
                sheet.createRow(i);
            }
            wb.write(out);
            DomainException e = assertThrows(DomainException.class,
                    () -> SpreadsheetReader.read(out.toByteArray(), Format.XLSX));
            assertEquals("SPREADSHEET_TOO_MANY_ROWS", e.code());
            assertEquals(DomainException.Kind.TOO_LARGE, e.kind());
        }
    }

    @Test
    void garbageIsCorrupt() {
        assertEquals("FILE_CORRUPT", assertThrows(DomainException.class,
                () -> SpreadsheetReader.read(new byte[]{'P', 'K', 3, 4, 0, 0}, Format.XLSX)).code());
        assertEquals("FILE_CORRUPT", assertThrows(DomainException.class,
                () -> SpreadsheetReader.read(new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}, Format.XLS)).code());
    }

    @Test
    void numbersAreShownAsTyped() {
        assertEquals("1", SpreadsheetReader.plain(1.0));
        assertEquals("110105199003071000", SpreadsheetReader.plain(110105199003071234.0));
        assertEquals("2.5", SpreadsheetReader.plain(2.5));
    }

    /** A first sheet of text rows, then one more row of mixed cells (numbers as numbers). */
    private static byte[] xlsx(String[][] rows, Object[]... more) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet();
            int n = 0;
            for (String[] cells : rows) {
                Row r = sheet.createRow(n++);
                for (int c = 0; c < cells.length; c++) {
                    r.createCell(c).setCellValue(cells[c]);
                }
            }
            for (Object[] cells : more) {
                Row r = sheet.createRow(n++);
                for (int c = 0; c < cells.length; c++) {
                    if (cells[c] instanceof Double d) {
                        r.createCell(c).setCellValue(d);
                    } else {
                        r.createCell(c).setCellValue((String) cells[c]);
                    }
                }
            }
            wb.write(out);
            assertTrue(out.size() > 0);
            return out.toByteArray();
        }
    }
}
