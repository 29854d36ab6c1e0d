package com.creditquerydesk.infrastructure.documents;

import com.creditquerydesk.domain.model.letter.DocumentNumber;
import com.creditquerydesk.domain.model.letter.QueryKind;
import com.creditquerydesk.domain.model.reply.ReplyContent;
import com.creditquerydesk.domain.model.reply.ReplyKind;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Builds the templates with {@link ReplyTemplateGenerator} (into target/, or into templates/ with
 * -Dtemplates.out=templates), checks the committed templates are current, and fills each with a reply.
 */
class DocxReplyRendererTest {

    static final Path COMMITTED = Path.of("templates");

    @Test
    void committedTemplatesMatchTheGenerator() throws Exception {
        Path out = Path.of(System.getProperty("templates.out", "target/reply-docs/templates"));
        ReplyTemplateGenerator.main(new String[]{out.toString()});
        for (ReplyKind kind : ReplyKind.values()) {
            assertEquals(body(documentXml(Files.readAllBytes(out.resolve(kind.templateFile())))),
                    body(documentXml(Files.readAllBytes(COMMITTED.resolve(kind.templateFile())))),
                    kind.templateFile() + " is stale: rebuild with -Dtemplates.out=templates");
        }
    }

    @Test
    void bindsEveryFieldAndRowIntoContentControls() throws Exception {
        DocxReplyRenderer renderer = new DocxReplyRenderer(COMMITTED);
        Files.createDirectories(Path.of("target/reply-docs"));
        for (ReplyKind kind : List.of(ReplyKind.NATIONAL, ReplyKind.SHAANXI, ReplyKind.PUBLIC_INSTITUTION)) {
            ReplyContent content = SampleReplies.signedOff();
            long t0 = System.nanoTime();
            byte[] docx = renderer.render(content, kind);
            System.out.printf("docx %s: %d ms, %d bytes%n", kind, (System.nanoTime() - t0) / 1_000_000, docx.length);
            Files.write(Path.of("target/reply-docs").resolve("filled-" + kind.templateFile()), docx);
            String xml = documentXml(docx);

            for (ReplyField f : ReplyField.values()) {
                if (xml.contains("od:xpath=" + f.xmlName() + "\"")) {
                    assertTrue(controlValues(xml, f.xmlName()).contains(f.valueOf(content)),
                            kind + " " + f + " bound: " + controlValues(xml, f.xmlName()));
                }
            }
            assertEquals(List.of("陕西省公共信用信息中心"), controlValues(xml, "centreName"), "signature block");
            assertEquals(List.of("陕西省公共信用信息中心"), controlValues(part(docx, "word/header1.xml"), "centreName"),
                    "red issuer mark in the first-page header");
            assertEquals(List.of("张伟", "王垚", "欧阳晓明"), controlValues(xml, "row_name"));
            assertEquals(List.of("1", "2", "3"), controlValues(xml, "row_serial"));
            assertEquals(List.of("西安市雁塔区人民法院", "西安市中级人民法院"), controlValues(xml, "record_court"));
            assertEquals(List.of("（2024）陕0113执1234号", "（2025）陕01执恢88号"), controlValues(xml, "record_caseNumber"));
            assertTrue(text(xml).contains("你单位7月1日来函（陕组函〔2026〕58号）收悉。"), text(xml));
            assertFalse(text(xml).contains("XX"), "no template placeholder left");
        }
    }

    @Test
    void theCorrectionCitesTheReplyItCorrectsAndListsOnlyTheNamedCandidates() throws Exception {
        ReplyContent original = SampleReplies.signedOff();
        ReplyContent correction = original.correctedBy(List.of(original.rows().get(1)))
                .signedOff(DocumentNumber.parse("陕信用函〔2026〕15号"), LocalDate.of(2026, 7, 20));
        String xml = documentXml(new DocxReplyRenderer(COMMITTED).render(correction, ReplyKind.CORRECTION));
        assertEquals(List.of("陕信用函〔2026〕12号", "陕信用函〔2026〕12号"), controlValues(xml, "originalNumber"));
        assertEquals(List.of("2026年7月6日"), controlValues(xml, "originalDate"));
        assertEquals(List.of("陕信用函〔2026〕15号"), controlValues(xml, "replyNumber"));
        assertEquals(List.of("王垚"), controlValues(xml, "row_name"), "the named candidate only");
        assertEquals(List.of("1"), controlValues(xml, "row_serial"));
        assertTrue(text(xml).contains("我中心于2026年7月6日以陕信用函〔2026〕12号函向你单位反馈了你单位7月1日来函（陕组函〔2026〕58号）"),
                text(xml));
        assertTrue(text(xml).contains("附件：社会信用记录查询结果"));
        assertFalse(text(xml).contains("XX"), "no template placeholder left");
    }

    @Test
    void theRefusalNoticeStatesTheLetterAndTheReasonAndNoCandidate() throws Exception {
        ReplyContent notice = ReplyContent.refusing("中共陕西省委组织部", LocalDate.of(2026, 7, 1),
                DocumentNumber.parse("陕组函〔2026〕58号"), QueryKind.CIVIL_SERVICE, LocalDate.of(2026, 7, 2),
                "主送单位不是本中心", "陕西省公共信用信息中心", "李明", "029-88886666")
                .signedOff(DocumentNumber.parse("陕信用函〔2026〕16号"), LocalDate.of(2026, 7, 3));
        String xml = documentXml(new DocxReplyRenderer(COMMITTED).render(notice, ReplyKind.REFUSAL_NOTICE));
        assertTrue(text(xml).contains("你单位7月1日来函（陕组函〔2026〕58号）收悉。经审核，该函主送单位不是本中心，"), text(xml));
        assertEquals(List.of("陕信用函〔2026〕16号"), controlValues(xml, "replyNumber"));
        assertEquals(List.of(), controlValues(xml, "row_name"), "no candidate");
        assertFalse(text(xml).contains("附件"), "no attachment");
    }

    @Test
    void draftHasNoNumber() throws Exception {
        String xml = documentXml(new DocxReplyRenderer(COMMITTED).render(SampleReplies.draft(), ReplyKind.NATIONAL));
        assertFalse(text(xml).contains("陕信用函"));
        assertEquals(List.of("年　月　日"), controlValues(xml, "signOffDate"));
    }

    /** The texts inside the content controls tagged od:xpath=id (or id_n… once a repeat copied them), in order. */
    static List<String> controlValues(String xml, String id) {
        List<String> values = new ArrayList<>();
        Matcher m = Pattern.compile("<w:tag w:val=\"od:xpath=" + id + "(?:_\\d+)*\"/>.*?<w:sdtContent>(.*?)</w:sdtContent>",
                Pattern.DOTALL).matcher(xml);
        while (m.find()) {
            values.add(text(m.group(1)));
        }
        return values;
    }

    static String text(String xml) {
        StringBuilder sb = new StringBuilder();
        Matcher t = Pattern.compile("<w:t(?: [^>]*)?>([^<]*)</w:t>").matcher(xml);
        while (t.find()) {
            sb.append(t.group(1));
        }
        return sb.toString().replace("&amp;", "&");
    }

    /** The body without docx4j's comment: namespace declarations come in no fixed order. */
    static String body(String documentXml) {
        return documentXml.substring(documentXml.indexOf("<w:body>")).replaceAll("<!--.*?-->", "");
    }

    static String documentXml(byte[] docx) throws Exception {
        return part(docx, "word/document.xml");
    }

    static String part(byte[] docx, String name) throws Exception {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().equals(name)) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no " + name);
    }
}
