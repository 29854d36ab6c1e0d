package com.creditquerydesk.infrastructure.applicants;

import com.creditquerydesk.domain.model.applicants.ApplicantResult;
import com.creditquerydesk.domain.model.applicants.ApplicantResultWriter;
import com.creditquerydesk.domain.model.reply.ReplyContent;
import com.creditquerydesk.domain.model.screening.HitRecord;
import com.creditquerydesk.domain.model.screening.ScreeningResult;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

/**
 * The result of an applicant list as an XLSX (docs/rules.md#R42), written by POI's streaming workbook (a window of
 * 100 rows in memory): 序号, 姓名, 身份证号码, 查询结果, 执行法院, 案号 for each listed applicant (a person with several
 * records has them joined in one row), then the counts. No other column of the register reaches it.
 */
@ApplicationScoped
public class XlsxApplicantResult implements ApplicantResultWriter {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Override
    public void write(ApplicantResult result, Iterable<ScreeningResult> listed, OutputStream out) throws IOException {
        SXSSFWorkbook book = new SXSSFWorkbook(100);
        try {
            Sheet sheet = book.createSheet("查询结果");
            int n = 0;
            row(sheet, n++, "社会信用记录查询结果（招聘人员名单）");
            row(sheet, n++, "来函", result.receiptNumber(), "来函单位", result.requestingUnit() == null ? "" : result.requestingUnit());
            row(sheet, n++, "查询时间", WHEN.format(result.screenedAt()), "名单版本", String.valueOf(result.registerVersion()));
            n++;
            row(sheet, n++, "序号", "姓名", "身份证号码", "查询结果", "执行法院", "案号");
            int serial = 0;
            for (ScreeningResult r : listed) {
                row(sheet, n++, String.valueOf(++serial), r.name(), r.idNumber(), ReplyContent.LISTED,
                        r.listedRecords().stream().map(HitRecord::court).collect(Collectors.joining("；")),
                        r.listedRecords().stream().map(HitRecord::caseNumber).collect(Collectors.joining("；")));
            }
            n++;
            row(sheet, n++, "共查询 " + result.applicants() + " 人，其中系失信联合惩戒对象 " + result.listed() + " 人，其余 "
                    + result.noRecord() + " 人" + ReplyContent.NO_RECORD + "。");
            if (result.rejected() > 0) {
                row(sheet, n, "另有 " + result.rejected() + " 行因姓名或身份证号码不合规或重复未予查询，见无效行报告。");
            }
            book.write(out);
        } finally {
            book.dispose();
            book.close();
        }
    }

    private static void row(Sheet sheet, int index, String... cells) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < cells.length; i++) {
            row.createCell(i).setCellValue(cells[i]);
        }
    }
}
