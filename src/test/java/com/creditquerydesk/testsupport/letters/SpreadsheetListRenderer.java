package com.creditquerydesk.testsupport.letters;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A letter's candidate list as units send it in a spreadsheet, made with POI: a 说明 sheet first, then the list
 * under a title merged over the columns and a two-row header whose 序号, 姓名 and ID cells are merged over both rows,
 * with the spec's extra columns (性别, 拟任职位) under a 报考信息 heading. The ID heading varies by seed
 * (身份证号码, 证件号码, 身份证号). Also as CSV in a given encoding, one header row.
 */
public final class SpreadsheetListRenderer {

    /** The row (1-based, as the spreadsheet shows it) of the first candidate in {@link #xlsx} and {@link #xls}. */
    public static final int FIRST_ROW = 4;

    private SpreadsheetListRenderer() {
    }

    public static byte[] xlsx(LetterSpec spec) {
        return workbook(spec, XSSFWorkbook::new);
    }

    public static byte[] xls(LetterSpec spec) {
        return workbook(spec, HSSFWorkbook::new);
    }

    /** One header row, then one row per candidate: the candidate's sheet row is its index + 2. */
    public static byte[] csv(LetterSpec spec, Charset charset) {
        StringBuilder s = new StringBuilder();
        s.append(String.join(",", header(spec))).append("\r\n");
        for (int i = 0; i < spec.candidates().size(); i++) {
            List<String> row = spec.tableRow(i);
            // A name with a comma never occurs; quote the ID as Excel does for text that looks like a number.
            s.append(String.join(",", row.stream().map(c -> c.matches("\\d{15,}X?") ? "\"" + c + "\"" : c).toList()))
                    .append("\r\n");
        }
        return s.toString().getBytes(charset);
    }

    /** The spec's header with the seed's name for the ID column. */
    static List<String> header(LetterSpec spec) {
        String id = List.of("身份证号码", "证件号码", "身份证号").get((int) Math.floorMod(spec.seed(), 3L));
        List<String> h = new ArrayList<>(spec.tableHeader());
        h.replaceAll(c -> c.contains("身份") ? id : c);
        return h;
    }

    private static byte[] workbook(LetterSpec spec, Supplier<Workbook> create) {
        try (Workbook wb = create.get(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet notes = wb.createSheet("填表说明");
            notes.createRow(0).createCell(0).setCellValue("请按姓名、身份证号码填写，身份证号码设置为文本格式。");
            Sheet sheet = wb.createSheet("查询对象名单");
            List<String> header = header(spec);
            int last = header.size() - 1;
            sheet.createRow(0).createCell(0).setCellValue("附件：查询对象名单");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, last));
            Row top = sheet.createRow(1);
            Row sub = sheet.createRow(2);
            for (int c = 0; c <= last; c++) {
                String h = header.get(c);
                if (h.equals("性别") || h.equals("拟任职位")) {
                    top.createCell(c).setCellValue("报考信息");
                    sub.createCell(c).setCellValue(h);
                } else {
                    top.createCell(c).setCellValue(h);
                    sheet.addMergedRegion(new CellRangeAddress(1, 2, c, c));
                }
            }
            for (int i = 0; i < spec.candidates().size(); i++) {
                Row r = sheet.createRow(FIRST_ROW - 1 + i);
                List<String> cells = spec.tableRow(i);
                for (int c = 0; c < cells.size(); c++) {
                    if (c == 0) {
                        r.createCell(c).setCellValue(i + 1); // the serial as a number, as typed
                    } else {
                        r.createCell(c).setCellValue(cells.get(c));
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
