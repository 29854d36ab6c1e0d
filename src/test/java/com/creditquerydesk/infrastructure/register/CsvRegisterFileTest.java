package com.creditquerydesk.infrastructure.register;

import com.creditquerydesk.domain.model.register.RegisterRecord;
import com.creditquerydesk.domain.model.register.RejectedRow;
import com.creditquerydesk.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsvRegisterFileTest {

    private final List<RegisterRecord> accepted = new ArrayList<>();
    private final List<Long> acceptedRows = new ArrayList<>();
    private final List<RejectedRow> rejected = new ArrayList<>();

    private String read(String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new CsvRegisterFile("t.csv", () -> new ByteArrayInputStream(bytes)).read((r, n) -> {
            accepted.add(r);
            acceptedRows.add(n);
        }, rejected::add);
    }

    @Test
    void readsTheSampleRegister() throws Exception {
        String text = String.join("\n", RegisterFiles.sampleLines());
        String sha = read(text);
        assertEquals(30, accepted.size());
        assertTrue(rejected.isEmpty(), () -> rejected.toString());
        RegisterRecord first = accepted.get(0);
        assertEquals("罗勇", first.name());
        assertEquals("4202021976****8087", first.idNumber().value());
        assertEquals("（2018）鄂0202执9851号", first.caseNumber());
        assertEquals(LocalDate.of(2018, 1, 6), first.filedOn());
        assertEquals(LocalDate.of(2018, 7, 10), first.publishedOn());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8))), sha);
    }

    @Test
    void bomQuotesEmbeddedLineBreaksAndCrlf() throws Exception {
        String tricky = "\"王静\",6101131983****343x,\"西安市\"\"雁塔\"\"区法院\",陕西,（2018）陕0113执1号,文号,"
                + "\"偿还借款，\r\n及利息\",部分未履行,违反限制消费令,2018-1-21,2018/09/12";
        read("\uFEFF" + RegisterFiles.HEADER + "\r\n" + tricky + "\r\n\r\n" + RegisterFiles.row("李四",
                "6101131983****3431", "（2018）陕0113执2号"));
        assertTrue(rejected.isEmpty(), () -> rejected.toString());
        assertEquals(2, accepted.size());
        RegisterRecord r = accepted.get(0);
        assertEquals("西安市\"雁塔\"区法院", r.court());
        assertEquals("偿还借款，\r\n及利息", r.duty());
        assertEquals("6101131983****343X", r.idNumber().value());
        assertEquals(LocalDate.of(2018, 1, 21), r.filedOn());
        assertEquals(List.of(2L, 4L), acceptedRows);
    }

    @Test
    void badRowsAreReportedAndReadingGoesOn() throws Exception {
        read(String.join("\n", RegisterFiles.HEADER,
                RegisterFiles.row("甲", "6101131983****3431", "案1"),
                RegisterFiles.row("乙", "6101131983**3431", "案2"),
                RegisterFiles.row("丙", "6101131983****3431", "案3", "违反限制消费令", "2018年02月30日"),
                "丁,6101131983****3431,法院",
                RegisterFiles.row("", "6101131983****3431", "案5"),
                RegisterFiles.row("戊", "6101131983****3431", "案6")));
        assertEquals(List.of("甲", "戊"), accepted.stream().map(RegisterRecord::name).toList());
        assertEquals(List.of(3L, 4L, 5L, 6L), rejected.stream().map(RejectedRow::rowNumber).toList());
        assertTrue(rejected.get(0).reasonZh().startsWith("身份证号码"), rejected.get(0).reasonZh());
        assertTrue(rejected.get(1).reasonZh().contains("立案时间"), rejected.get(1).reasonZh());
        assertTrue(rejected.get(1).reasonEn().contains("regDate"), rejected.get(1).reasonEn());
        assertTrue(rejected.get(2).reasonEn().contains("3 cells"), rejected.get(2).reasonEn());
        assertTrue(rejected.get(3).reasonZh().contains("姓名"), rejected.get(3).reasonZh());
    }

    @Test
    void unknownColumnsAreReportedAndIgnoredApiNamesAccepted() throws Exception {
        String header = "iname,cardNum,courtName,areaName,caseCode,gistId,duty,performance,disruptTypeName,regDate,"
                + "publishDate,备注";
        read(header + "\n" + RegisterFiles.row("甲", "6101131983****3431", "案1") + ",随便");
        assertEquals(1, accepted.size());
        assertEquals(1, rejected.size());
        assertEquals(1L, rejected.get(0).rowNumber());
        assertTrue(rejected.get(0).reasonZh().contains("备注"));
    }

    @Test
    void aMissingColumnMakesTheFileUnusable() {
        String header = RegisterFiles.HEADER.replace(",案号", "");
        DomainException e = assertThrows(DomainException.class, () -> read(header + "\n甲"));
        assertEquals("REGISTER_HEADER_INVALID", e.code());
        assertTrue(e.messageZh().contains("案号"));
    }
}
