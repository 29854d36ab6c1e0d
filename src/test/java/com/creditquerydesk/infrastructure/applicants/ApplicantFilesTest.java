package com.creditquerydesk.infrastructure.applicants;

import com.creditquerydesk.domain.shared.DomainException;
import com.creditquerydesk.testsupport.HostileFiles;
import com.creditquerydesk.testsupport.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** docs/rules.md#R40: applicant lists in XLSX and CSV, read a row at a time; hostile spreadsheets refused. */
class ApplicantFilesTest {

    @TempDir
    Path dir;

    private final ApplicantFiles files = new ApplicantFiles();

    private List<String> rows(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        files.read(file, (row, name, id) -> out.add(row + ":" + name + ":" + id));
        return out;
    }

    private Path write(String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, content);
        return p;
    }

    @Test
    void aCsvInUtf8WithOtherColumnsAndBlankLinesGivesTheTwoCellsWithTheirRowNumbers() throws IOException {
        Path csv = write("a.csv", ("\uFEFF序号,报考岗位,姓 名,身份证号码 *,备注\n1,岗位A,张三,11010519491231002X,\n,,,,\n"
                + "2,岗位B,李四,\"110105491231002\",无\n3,岗位C,王五\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("2:张三:11010519491231002X", "4:李四:110105491231002", "5:王五:"), rows(csv));
    }

    @Test
    void aCsvAsExcelSavesItOnAChineseWindowsIsReadAsGb18030() throws IOException {
        Path csv = write("gbk.csv", "姓名,身份证号\r\n张三,11010519491231002X\r\n".getBytes(Charset.forName("GB18030")));
        assertEquals(List.of("2:张三:11010519491231002X"), rows(csv));
    }

    @Test
    void anXlsxHeaderAfterATitleRowIsFoundAndRowsKeepTheSpreadsheetsNumbers() throws IOException {
        Path xlsx = write("a.xlsx", TestFiles.xlsx(List.of(List.of(), List.of("考生号", "身份证号码", "姓名"),
                List.of("A1", "11010519491231002x", "张三"), List.of(), List.of("A2", "", "李四"))));
        assertEquals(List.of("3:张三:11010519491231002x", "5:李四:"), rows(xlsx));
    }

    @Test
    void aMissingColumnIsRefusedNamingItAndShowingTheHeaderWithIdsMasked() throws IOException {
        Path csv = write("b.csv", "姓名,证件\n张三,11010519491231002X\n".getBytes(StandardCharsets.UTF_8));
        DomainException e = assertThrows(DomainException.class, () -> files.checkHeader(csv));
        assertEquals("APPLICANT_COLUMN_MISSING", e.code());
        assertTrue(e.messageZh().contains("身份证号码") && e.messageZh().contains("证件"), e.messageZh());
        Path noHeader = write("c.csv", "张三,11010519491231002X\n".getBytes(StandardCharsets.UTF_8));
        DomainException n = assertThrows(DomainException.class, () -> files.checkHeader(noHeader));
        assertTrue(n.messageZh().contains("110105********002X") && !n.messageZh().contains("11010519491231002X"),
                n.messageZh());
        assertTrue(n.messageEn().contains("姓名 (name) and 身份证号码 (ID number)"), n.messageEn());
        Path xlsx = write("d.xlsx", TestFiles.xlsx(List.of(List.of("身份证号码"), List.of("11010519491231002X"))));
        assertEquals("APPLICANT_COLUMN_MISSING", assertThrows(DomainException.class, () -> files.checkHeader(xlsx)).code());
    }

    @Test
    void anEmptyFileAndASheetOfBlankRowsAreEmpty() throws IOException {
        Path blank = write("e.csv", ",,\n\n , \n".getBytes(StandardCharsets.UTF_8));
        assertEquals("APPLICANT_FILE_EMPTY", assertThrows(DomainException.class, () -> files.checkHeader(blank)).code());
        Path xlsx = write("e.xlsx", TestFiles.xlsx(List.of(List.of(""), List.of(" "))));
        assertEquals("APPLICANT_FILE_EMPTY", assertThrows(DomainException.class, () -> files.read(xlsx, (r, n, i) -> {
        })).code());
    }

    @Test
    void aMillionEmptyRowsAreReadAsNothingWithoutHoldingThem() throws IOException {
        StringBuilder sheet = new StringBuilder("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>姓名</t></is></c>"
                + "<c r=\"B1\" t=\"inlineStr\"><is><t>身份证号码</t></is></c></row>");
        for (int r = 2; r <= 1_000_000; r++) {
            sheet.append("<row r=\"").append(r).append("\"/>");
        }
        sheet.append("<row r=\"1000001\"><c r=\"A1000001\" t=\"inlineStr\"><is><t>张三</t></is></c>"
                + "<c r=\"B1000001\" t=\"inlineStr\"><is><t>11010519491231002X</t></is></c></row>");
        Path xlsx = write("empty-rows.xlsx", HostileFiles.xlsx(sheet.toString(), null));
        assertEquals(List.of("1000001:张三:11010519491231002X"), rows(xlsx));
    }

    @Test
    void aHugeSharedStringsTableIsRefusedBeforeItIsLoaded() throws IOException {
        // distinct strings: not compressible enough for POI's zip-bomb guard, so the bound of the reader is what stops it
        Path xlsx = write("bomb.xlsx", HostileFiles.xlsx(HostileFiles.SHARED_HEADER_ROW,
                HostileFiles.distinctSharedStrings(2_000_000)));
        ApplicantFiles bounded = new ApplicantFiles(1024 * 1024);
        DomainException e = assertThrows(DomainException.class, () -> bounded.checkHeader(xlsx));
        assertEquals("XLSX_SHARED_STRINGS_TOO_LARGE", e.code());
        assertEquals(DomainException.Kind.TOO_LARGE, e.kind());
    }

    @Test
    void aHighlyCompressedBombAndAZipThatIsNoSpreadsheetAreRefusedAsInvalid() throws IOException {
        byte[] strings = ("<si><t>姓名</t></si><si><t>身份证号码</t></si>" + "<si><t>x</t></si>".repeat(1_000_000))
                .getBytes(StandardCharsets.UTF_8);
        Path bomb = write("ratio.xlsx", HostileFiles.xlsx(HostileFiles.SHARED_HEADER_ROW, strings));
        DomainException e = assertThrows(DomainException.class, () -> files.checkHeader(bomb));
        assertTrue(e.code().startsWith("XLSX_"), e.code());
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("hello.txt"));
            z.write("hi".getBytes(StandardCharsets.UTF_8));
        }
        Path notXlsx = write("x.xlsx", zip.toByteArray());
        assertEquals("XLSX_INVALID", assertThrows(DomainException.class, () -> files.checkHeader(notXlsx)).code());
    }

}
