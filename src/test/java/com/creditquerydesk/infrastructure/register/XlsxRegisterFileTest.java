package com.creditquerydesk.infrastructure.register;

import com.creditquerydesk.domain.model.register.RegisterRecord;
import com.creditquerydesk.domain.model.register.RejectedRow;
import com.creditquerydesk.domain.shared.DomainException;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class XlsxRegisterFileTest {

    private final List<RegisterRecord> accepted = new ArrayList<>();
    private final List<Long> acceptedRows = new ArrayList<>();
    private final List<RejectedRow> rejected = new ArrayList<>();

    /** Builds a workbook: a blank first row, the header, then {@code rows} (null cells are left out). */
    private static byte[] workbook(List<String> header, List<Object[]> rows) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("失信被执行人");
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
            Row h = sheet.createRow(1);
            for (int i = 0; i < header.size(); i++) {
                h.createCell(i).setCellValue(header.get(i));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 2);
                Object[] cells = rows.get(r);
                for (int i = 0; i < cells.length; i++) {
                    if (cells[i] instanceof LocalDate d) {
                        row.createCell(i).setCellValue(d);
                        row.getCell(i).setCellStyle(dateStyle);
                    } else if (cells[i] != null) {
                        row.createCell(i).setCellValue(cells[i].toString());
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static Object[] cells(String name, String id, String caseNumber, Object filed) {
        return new Object[]{name, id, "西安市雁塔区人民法院", "陕西", caseNumber, "（2017）陕0113民初1号", "偿还借款",
                "全部未履行", "违反限制消费令", filed, "2018年07月10日"};
    }

    private String read(byte[] bytes) throws IOException {
        return new XlsxRegisterFile("r.xlsx", () -> new ByteArrayInputStream(bytes)).read((r, n) -> {
            accepted.add(r);
            acceptedRows.add(n);
        }, rejected::add);
    }

    @Test
    void readsStringAndDateCellsWithSpreadsheetRowNumbers() throws Exception {
        List<String> header = List.of(RegisterFiles.HEADER.split(","));
        Object[] sparse = cells("丁", "6101131983****3431", "案4", "2018年01月06日");
        sparse[2] = null;   // an empty court cell: the reader fills the gap
        byte[] bytes = workbook(header, List.of(
                cells("甲", "6101131983****3431", "案1", "2018年01月06日"),
                cells("乙", "6101131983****343x", "案2", LocalDate.of(2019, 3, 4)),
                cells("丙", "not an id", "案3", "2018年13月06日"),
                sparse));
        String sha = read(bytes);
        assertEquals(List.of("甲", "乙", "丁"), accepted.stream().map(RegisterRecord::name).toList());
        assertEquals(List.of(3L, 4L, 6L), acceptedRows);
        assertEquals(LocalDate.of(2019, 3, 4), accepted.get(1).filedOn());
        assertEquals("6101131983****343X", accepted.get(1).idNumber().value());
        assertEquals("", accepted.get(2).court());
        assertEquals(1, rejected.size());
        assertEquals(5L, rejected.get(0).rowNumber());
        assertTrue(rejected.get(0).reasonZh().contains("身份证号码") && rejected.get(0).reasonZh().contains("立案时间"),
                rejected.get(0).reasonZh());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)), sha);
    }

    @Test
    void streamsALargeSheet() throws Exception {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            rows.add(cells("张" + (char) ('甲' + i % 10), "6101131983****3431", "（2020）陕0113执" + i + "号",
                    "2020年01月0" + (1 + i % 9) + "日"));
        }
        read(workbook(List.of(RegisterFiles.HEADER.split(",")), rows));
        assertEquals(20_000, accepted.size());
        assertTrue(rejected.isEmpty());
        assertEquals(20_002L, acceptedRows.get(acceptedRows.size() - 1));
    }

    @Test
    void aMissingColumnMakesTheFileUnusable() throws Exception {
        byte[] bytes = workbook(List.of("姓名", "身份证号码"), List.<Object[]>of(new Object[]{"甲", "6101131983****3431"}));
        DomainException e = assertThrows(DomainException.class, () -> read(bytes));
        assertEquals("REGISTER_HEADER_INVALID", e.code());
    }
}
