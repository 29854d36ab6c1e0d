package com.creditquerydesk.infrastructure.documents;

import com.creditquerydesk.application.export.ExportTable;
import com.creditquerydesk.application.export.TableCell;
import com.creditquerydesk.application.export.TableColumn;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import com.itextpdf.kernel.pdf.canvas.parser.listener.LocationTextExtractionStrategy;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shared table exporter, read back: the XLSX with POI, the PDF's text with iText. */
class TableDocumentsTest {

    private static PdfTables pdf;

    @BeforeAll
    static void loadFonts() {
        pdf = new PdfTables(new ReplyFonts(SampleReplies.FONTS));
    }

    private static ExportTable wide(int rows) {
        List<TableColumn> columns = List.of(TableColumn.of("序号", 0.5f), TableColumn.of("查询对象"),
                TableColumn.of("身份证号码", 2), TableColumn.of("命中条数"), TableColumn.of("金额"),
                TableColumn.of("命中率"), TableColumn.of("查询日期"), TableColumn.of("查询时间", 1.5f));
        List<List<TableCell>> body = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            body.add(List.of(TableCell.count(i), TableCell.text(i == 1 ? "垚**" : "陈**"),
                    TableCell.text("610102********123" + (i % 10)), TableCell.count(i % 3),
                    TableCell.decimal(new BigDecimal("1.50")), TableCell.percent(0.125),
                    TableCell.day(LocalDate.of(2026, 3, 5)), TableCell.moment(LocalDateTime.of(2026, 3, 5, 9, 7))));
        }
        return new ExportTable("信用信息核查应用情况登记表", "陕西省公共信用信息中心 2026-03-01 至 2026-03-31", columns, body)
                .withNotes(List.of("服务电话：029-63915000"));
    }

    @Test
    void xlsxKeepsTitleHeadersAndTypedCells() throws IOException {
        byte[] bytes = XlsxTables.write(List.of(wide(3)));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("信用信息核查应用情况登记表", sheet.getSheetName());
            assertEquals("信用信息核查应用情况登记表", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("陕西省公共信用信息中心 2026-03-01 至 2026-03-31", sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals("序号", sheet.getRow(2).getCell(0).getStringCellValue());
            assertEquals("查询时间", sheet.getRow(2).getCell(7).getStringCellValue());
            var first = sheet.getRow(3);
            assertEquals(CellType.NUMERIC, first.getCell(0).getCellType());
            assertEquals(1, first.getCell(0).getNumericCellValue());
            assertEquals("垚**", first.getCell(1).getStringCellValue());
            assertEquals(1.5, first.getCell(4).getNumericCellValue());
            assertEquals("0.00", first.getCell(4).getCellStyle().getDataFormatString());
            assertEquals(0.125, first.getCell(5).getNumericCellValue());
            assertEquals("0.0%", first.getCell(5).getCellStyle().getDataFormatString());
            assertTrue(DateUtil.isCellDateFormatted(first.getCell(6)));
            assertEquals(LocalDate.of(2026, 3, 5), first.getCell(6).getLocalDateTimeCellValue().toLocalDate());
            assertEquals(LocalDateTime.of(2026, 3, 5, 9, 7), first.getCell(7).getLocalDateTimeCellValue());
            assertEquals("服务电话：029-63915000", sheet.getRow(6).getCell(0).getStringCellValue());
            assertEquals(6, sheet.getLastRowNum());
            assertTrue(sheet.getPrintSetup().getLandscape());
            assertEquals(3, sheet.getPaneInformation().getHorizontalSplitPosition());
            assertTrue(sheet.getColumnWidth(2) > sheet.getColumnWidth(0), "the ID column is wider than 序号");
        }
    }

    @Test
    void severalTablesMakeSeveralSheetsWithUniqueNames() throws IOException {
        ExportTable narrow = new ExportTable("按单位", Optional.empty(), List.of(TableColumn.of("单位"), TableColumn.of("件数")),
                List.of(List.of(TableCell.text("省人社厅"), TableCell.count(4))), List.of(), ExportTable.Orientation.AUTO);
        byte[] bytes = XlsxTables.write(List.of(narrow, narrow, wide(1)));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertEquals(3, book.getNumberOfSheets());
            assertEquals("按单位", book.getSheetName(0));
            assertEquals("按单位 (2)", book.getSheetName(1));
            Sheet sheet = book.getSheetAt(0);
            assertEquals("单位", sheet.getRow(1).getCell(0).getStringCellValue(), "no subtitle row");
            assertEquals(4, sheet.getRow(2).getCell(1).getNumericCellValue());
            assertFalse(sheet.getPrintSetup().getLandscape());
        }
    }

    @Test
    void sheetNamesAreSafeAndShort() {
        Set<String> taken = new HashSet<>();
        String name = XlsxTables.uniqueName("统计/按单位:2026[一季度]*?很长很长很长很长很长很长很长很长很长很长很长很长", taken);
        assertTrue(name.length() <= 31);
        assertFalse(name.matches(".*[:/\\\\?*\\[\\]].*"), name);
        String again = XlsxTables.uniqueName("统计/按单位:2026[一季度]*?很长很长很长很长很长很长很长很长很长很长很长很长", taken);
        assertTrue(again.endsWith(" (2)") && again.length() <= 31, again);
    }

    @Test
    void pdfPrintsChineseOnLandscapePagesWithPageNumbers() throws IOException {
        byte[] bytes = pdf.write(List.of(wide(80)));
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(bytes)))) {
            assertTrue(doc.getNumberOfPages() >= 2, "80 rows take more than a page");
            var size = doc.getPage(1).getPageSize();
            assertTrue(size.getWidth() > size.getHeight(), "landscape");
            String first = text(doc, 1);
            assertTrue(first.contains("信用信息核查应用情况登记表"), first);
            assertTrue(first.contains("陕西省公共信用信息中心"), first);
            assertTrue(first.contains("垚**"), "the fallback font prints 垚: " + first);
            assertTrue(first.contains("610102********1231"), first);
            assertTrue(first.contains("12.5%") && first.contains("2026-03-05 09:07") && first.contains("1.50"), first);
            assertTrue(first.contains("第 1 页 共 " + doc.getNumberOfPages() + " 页"), first);
            String second = text(doc, 2);
            assertTrue(second.contains("身份证号码"), "the header repeats: " + second);
            String last = text(doc, doc.getNumberOfPages());
            assertTrue(last.contains("服务电话：029-63915000"), last);
        }
    }

    @Test
    void aNarrowTableIsPortraitAndAWideOneAfterItStartsALandscapePage() throws IOException {
        ExportTable narrow = new ExportTable("责任人联络表", null, List.of(TableColumn.of("姓名"), TableColumn.of("职务")),
                List.of(List.of(TableCell.text("王明"), TableCell.blank())));
        byte[] bytes = pdf.write(List.of(narrow, wide(1)));
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(bytes)))) {
            assertEquals(2, doc.getNumberOfPages());
            var one = doc.getPage(1).getPageSize();
            var two = doc.getPage(2).getPageSize();
            assertTrue(one.getHeight() > one.getWidth());
            assertTrue(two.getWidth() > two.getHeight());
            assertTrue(text(doc, 1).contains("王明"));
            assertTrue(text(doc, 2).contains("信用信息核查应用情况登记表"));
        }
    }

    @Test
    void aRowMustHaveOneCellPerColumn() {
        var e = assertThrows(IllegalArgumentException.class, () -> new ExportTable("表", null,
                List.of(TableColumn.of("甲"), TableColumn.of("乙")), List.of(List.of(TableCell.text("只有一格")))));
        assertTrue(e.getMessage().contains("row 1"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ExportTable(" ", null, List.of(TableColumn.of("甲")), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new ExportTable("表", null, List.of(), List.of()));
    }

    private static String text(PdfDocument doc, int page) {
        return PdfTextExtractor.getTextFromPage(doc.getPage(page), new LocationTextExtractionStrategy());
    }
}
