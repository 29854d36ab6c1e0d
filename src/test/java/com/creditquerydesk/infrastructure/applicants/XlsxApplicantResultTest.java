package com.creditquerydesk.infrastructure.applicants;

import com.creditquerydesk.domain.model.applicants.ApplicantResult;
import com.creditquerydesk.domain.model.screening.HitRecord;
import com.creditquerydesk.domain.model.screening.ScreeningResult;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** docs/rules.md#R42: the result workbook holds the listed applicants' name, ID, result, court and 案号, and the counts. */
class XlsxApplicantResultTest {

    private static HitRecord record(String court, String caseNumber) {
        return new HitRecord("张三", "1101051949****002X", court, "北京", caseNumber, "（2025）京0101民初1号",
                "偿还借款 5 万元", "全部未履行", "违反限制消费令", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 2, 1), 1);
    }

    @Test
    void theListedApplicantsAndTheCountsAndNothingElseOfTheRegister() throws IOException {
        ApplicantResult result = new ApplicantResult("收2026-0007", "陕西省人力资源和社会保障厅", 4,
                ZonedDateTime.parse("2026-12-02T10:30:00+08:00[Asia/Shanghai]"), 1000, 2, 3);
        List<ScreeningResult> listed = List.of(
                new ScreeningResult(12, "张三", "11010519491231002X", List.of(record("东城法院", "（2026）京0101执1号"),
                        record("西城法院", "（2026）京0102执9号")), List.of(), null),
                new ScreeningResult(977, "李四", "610102199003071235", List.of(record("碑林法院", "（2026）陕0103执5号")), List.of(), null));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxApplicantResult().write(result, listed, out);

        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    row.forEach((Cell c) -> cells.add(c.getStringCellValue()));
                }
                rows.add(cells);
            }
        }
        assertEquals(List.of("来函", "收2026-0007", "来函单位", "陕西省人力资源和社会保障厅"), rows.get(1));
        assertEquals(List.of("查询时间", "2026-12-02 10:30", "名单版本", "4"), rows.get(2));
        assertEquals(List.of("序号", "姓名", "身份证号码", "查询结果", "执行法院", "案号"), rows.get(4));
        assertEquals(List.of("1", "张三", "11010519491231002X", "系失信联合惩戒对象", "东城法院；西城法院",
                "（2026）京0101执1号；（2026）京0102执9号"), rows.get(5));
        assertEquals(List.of("2", "李四", "610102199003071235", "系失信联合惩戒对象", "碑林法院", "（2026）陕0103执5号"),
                rows.get(6));
        assertEquals(List.of("共查询 1000 人，其中系失信联合惩戒对象 2 人，其余 998 人未发现失信联合惩戒对象记录。"), rows.get(8));
        assertEquals(List.of("另有 3 行因姓名或身份证号码不合规或重复未予查询，见无效行报告。"), rows.get(9));
        String all = rows.toString();
        for (String other : new String[]{"偿还借款", "全部未履行", "违反限制消费令", "民初", "2026-01-05"}) {
            assertFalse(all.contains(other), other + " is credit information beyond the result (docs/rules.md#R3)");
        }
    }
}
