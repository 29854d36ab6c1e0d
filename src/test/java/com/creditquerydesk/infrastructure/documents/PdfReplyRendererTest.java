package com.creditquerydesk.infrastructure.documents;

import com.creditquerydesk.domain.model.reply.VerificationLink;
import com.creditquerydesk.domain.model.reply.HitRecordRef;
import com.creditquerydesk.domain.model.letter.DocumentNumber;
import com.creditquerydesk.domain.model.reply.ReplyContent;
import com.creditquerydesk.domain.model.reply.ReplyKind;
import com.creditquerydesk.domain.model.reply.ReplyRow;
import com.creditquerydesk.domain.model.reply.SignatureRequest;
import com.creditquerydesk.domain.model.audit.ChainHead;
import com.creditquerydesk.domain.shared.DomainException;
import com.creditquerydesk.infrastructure.signing.CentreKey;
import com.creditquerydesk.infrastructure.signing.DemoCertificates;
import com.creditquerydesk.infrastructure.signing.PadesReplyReader;
import com.creditquerydesk.infrastructure.signing.Pkcs12PadesSigner;
import com.creditquerydesk.infrastructure.signing.SealImage;
import com.creditquerydesk.infrastructure.signing.SealImageGenerator;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import com.itextpdf.kernel.pdf.canvas.parser.listener.SimpleTextExtractionStrategy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Renders a draft and a final reply (three candidates, one hit with two records, the rare 垚), signs the final
 * one and checks PDF/A-2b with veraPDF, the signature with poppler's pdfsig, and that the text holds the
 * reply's content and nothing else. Writes the files and page images to target/reply-docs for a look.
 */
class PdfReplyRendererTest {

    static final Path OUT = Path.of("target/reply-docs");
    static final VerificationLink LINK = VerificationLink.of("https://xyxx.shaanxi.example/", "K7Q2-9XPA");
    static PdfReplyRenderer renderer;
    static SealImage seal;

    @BeforeAll
    static void setUp() throws IOException {
        long t0 = System.nanoTime();
        renderer = new PdfReplyRenderer(new ReplyFonts(SampleReplies.FONTS));
        seal = new SealImageGenerator(SampleReplies.FONTS.resolve("FandolSong-Bold.otf"))
                .generate("陕西省公共信用信息中心", "", true);
        System.out.printf("fonts + seal loaded in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        Files.createDirectories(OUT);
        Files.write(OUT.resolve("seal.png"), seal.png());
    }

    @Test
    void draftIsPdfAWithWatermarkAndWithoutNumber() throws Exception {
        ReplyContent draft = SampleReplies.draft();
        byte[] pdf = timed("draft", () -> renderer.render(draft, ReplyKind.NATIONAL, Optional.empty(), LINK, Optional.empty()));
        Files.write(OUT.resolve("draft.pdf"), pdf);

        assertEquals("", PdfAValidation.failures(pdf));
        String text = text(pdf);
        assertTrue(text.contains("草稿"), "draft watermark");
        assertFalse(text.contains("陕信用函"), "a draft has no number");
        assertEquals("", leftover(text, draft, ReplyKind.NATIONAL, List.of("草稿", "年月日")));
    }

    @Test
    void finalReplyIsPdfAAndKeepsItAfterSigning() throws Exception {
        ReplyContent fin = SampleReplies.signedOff();
        ChainHead head = new ChainHead(41, "5e".repeat(32));
        byte[] pdf = timed("final", () -> renderer.render(fin, ReplyKind.NATIONAL, Optional.of(seal), LINK,
                Optional.of(head)));
        Files.write(OUT.resolve("final.pdf"), pdf);
        assertEquals("", PdfAValidation.failures(pdf));
        assertTrue(pdf.length < 300_000, "letter size " + pdf.length);

        String text = text(pdf);
        for (String expected : List.of("陕信用函〔2026〕12号", "2026年7月6日", "张伟", "王垚", "欧阳晓明",
                "西安市中级人民法院", "（2025）陕01执恢88号", "你单位7月1日来函（陕组函〔2026〕58号）收悉",
                "我中心于7月3日", ReplyWording.RESULT_SENTENCE, "核验码：K7Q2-9XPA")) {
            assertTrue(text.contains(expected), "missing " + expected);
        }
        assertFalse(text.contains("草稿"));
        assertEquals("", leftover(text, fin, ReplyKind.NATIONAL, List.of()));

        Path p12 = OUT.resolve("demo-signing.p12");
        Files.deleteIfExists(p12);
        char[] password = "demo-password".toCharArray();
        assertTrue(DemoCertificates.ensure(p12, password, "reply", "陕西省公共信用信息中心"));
        assertFalse(DemoCertificates.ensure(p12, password, "reply", "陕西省公共信用信息中心"), "kept when present");
        Pkcs12PadesSigner signer = new Pkcs12PadesSigner(p12, password, "reply", Optional.empty());
        byte[] signed = timed("sign", () -> signer.sign(pdf,
                new SignatureRequest("签发 陕信用函〔2026〕12号", "西安", "029-63918210")));
        Path signedFile = OUT.resolve("final-signed.pdf");
        Files.write(signedFile, signed);
        System.out.printf("sizes: final %d bytes, signed %d bytes%n", pdf.length, signed.length);

        assertTrue(java.util.Arrays.equals(pdf, java.util.Arrays.copyOf(signed, pdf.length)),
                "the signature is an incremental update: the original bytes are untouched");
        assertEquals("", PdfAValidation.failures(signed), "still PDF/A-2b after signing");

        String pdfsig = run("pdfsig", signedFile.toString());
        assertTrue(pdfsig.contains("Signature Validation: Signature is Valid."), pdfsig);
        assertTrue(pdfsig.contains("Total document signed"), pdfsig);
        assertTrue(pdfsig.contains("ETSI.CAdES.detached"), pdfsig);

        byte[] tampered = signed.clone();
        Path tamperedFile = OUT.resolve("final-tampered.pdf");
        // flip one byte inside the signed range (the PDF header comment) and expect pdfsig to notice
        tampered[10] ^= 0x01;
        Files.write(tamperedFile, tampered);
        assertFalse(run("pdfsig", tamperedFile.toString()).contains("Signature is Valid."), "tampering detected");

        // The audit head is read back only from a whole, valid signature of the centre (docs/rules.md#R32).
        X509Certificate centre = CentreKey.load(p12, password, "reply").certificate();
        assertEquals(head, PadesReplyReader.auditHead(signed, centre));
        assertEquals("REPLY_NOT_SIGNED", refusal(pdf, centre), "unsigned");
        assertEquals("REPLY_SIGNATURE_INVALID", refusal(tampered, centre), "one byte changed under the signature");
        Path otherP12 = OUT.resolve("other-signing.p12");
        Files.deleteIfExists(otherP12);
        DemoCertificates.ensure(otherP12, password, "reply", "其他单位");
        X509Certificate other = CentreKey.load(otherP12, password, "reply").certificate();
        assertEquals("REPLY_SIGNATURE_INVALID", refusal(signed, other), "not the centre's certificate");
        byte[] appended = appendInfo(signed);
        assertEquals("REPLY_ALTERED_AFTER_SIGNING", refusal(appended, centre), "a head changed after signing");
        byte[] noHead = signer.sign(renderer.render(fin, ReplyKind.NATIONAL, Optional.of(seal), LINK, Optional.empty()),
                new SignatureRequest("签发", "西安", ""));
        assertEquals("REPLY_HAS_NO_AUDIT_HEAD", refusal(noHead, centre));

        renderPages(signedFile, "final");
        renderPages(OUT.resolve("draft.pdf"), "draft");
    }

    private static String refusal(byte[] pdf, X509Certificate centre) {
        return assertThrows(DomainException.class, () -> PadesReplyReader.auditHead(pdf, centre)).code();
    }

    /** An incremental update after the signature that sets another head, as a forger would. */
    private static byte[] appendInfo(byte[] signed) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (PdfDocument doc = new PdfDocument(new com.itextpdf.kernel.pdf.PdfReader(new java.io.ByteArrayInputStream(signed)),
                new com.itextpdf.kernel.pdf.PdfWriter(out), new com.itextpdf.kernel.pdf.StampingProperties().useAppendMode())) {
            doc.getDocumentInfo().setMoreInfo(PadesReplyReader.AUDIT_HEAD_KEY, "999:" + "f".repeat(64));
        }
        return out.toByteArray();
    }

    @Test
    void aLongListRunsOverSeveralPagesWithTheHeadingsRepeated() throws Exception {
        ReplyContent base = SampleReplies.signedOff();
        List<ReplyRow> rows = new ArrayList<>();
        String[] surnames = {"李", "王", "张", "刘", "陈", "杨", "赵", "黄"};
        for (int i = 1; i <= 40; i++) {
            ReplyRow model = base.rows().get(i % 3);
            rows.add(new ReplyRow(i, surnames[i % surnames.length] + "某" + "甲乙丙丁戊己庚辛壬癸".charAt(i % 10),
                    model.idNumber(), model.result(), model.records()));
        }
        ReplyContent many = new ReplyContent(base.addressee(), base.incomingLetterDate(), base.incomingDocumentNumber(),
                base.queryKind(), base.queryDate(), rows, 0, base.centreName(), base.contactPerson(), base.contactPhone(),
                base.replyNumber(), base.signOffDate());
        byte[] pdf = renderer.render(many, ReplyKind.NATIONAL, Optional.of(seal), LINK, Optional.empty());
        Files.write(OUT.resolve("many.pdf"), pdf);
        assertEquals("", PdfAValidation.failures(pdf));
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            assertTrue(doc.getNumberOfPages() >= 4, "letter + attachment over several pages");
            for (int p = 3; p <= doc.getNumberOfPages(); p++) {
                String page = strip(PdfTextExtractor.getTextFromPage(doc.getPage(p), new SimpleTextExtractionStrategy()));
                assertTrue(page.contains("序号姓名身份证号码查询结果"), "headings repeated on page " + p);
                assertTrue(page.contains("—" + p + "—"), "page number on page " + p);
            }
        }
        assertEquals("", leftover(text(pdf), many, ReplyKind.NATIONAL, List.of()));
    }

    @Test
    void theQrCodeCarriesTheVerificationUrl() throws Exception {
        Path pdf = OUT.resolve("qr.pdf");
        Files.write(pdf, renderer.render(SampleReplies.signedOff(), ReplyKind.NATIONAL, Optional.of(seal), LINK, Optional.empty()));
        run("pdftoppm", "-r", "300", "-f", "2", "-l", "2", "-png", pdf.toString(), OUT.resolve("qr").toString());
        String decoded = run("zbarimg", "-q", "--raw", OUT.resolve("qr-2.png").toString());
        assertTrue(decoded.lines().anyMatch(LINK.url()::equals), decoded);
    }

    @Test
    void everyTemplateKindRendersAsPdfA() throws Exception {
        for (ReplyKind kind : List.of(ReplyKind.SHAANXI, ReplyKind.PUBLIC_INSTITUTION)) {
            byte[] pdf = renderer.render(SampleReplies.signedOff(), kind, Optional.of(seal), LINK, Optional.empty());
            Files.write(OUT.resolve(kind.name().toLowerCase() + ".pdf"), pdf);
            assertEquals("", PdfAValidation.failures(pdf), kind.name());
            assertEquals("", leftover(text(pdf), SampleReplies.signedOff(), kind, List.of()), kind.name());
        }
    }

    @Test
    void theCorrectionAndTheRefusalNoticeRenderAsPdfASayingNothingElse() throws Exception {
        ReplyContent original = SampleReplies.signedOff();
        ReplyContent correction = original.correctedBy(List.of(original.rows().get(1)))
                .signedOff(DocumentNumber.parse("陕信用函〔2026〕15号"), java.time.LocalDate.of(2026, 7, 20));
        byte[] pdf = renderer.render(correction, ReplyKind.CORRECTION, Optional.of(seal), LINK, Optional.empty());
        Files.write(OUT.resolve("correction.pdf"), pdf);
        assertEquals("", PdfAValidation.failures(pdf));
        String text = text(pdf);
        assertEquals("", leftover(text, correction, ReplyKind.CORRECTION, List.of()));
        assertTrue(text.contains("陕信用函〔2026〕12号函") && text.contains("王垚") && !text.contains("张伟"), text);

        ReplyContent notice = ReplyContent.refusing("中共陕西省委组织部", java.time.LocalDate.of(2026, 7, 1),
                DocumentNumber.parse("陕组函〔2026〕58号"), com.creditquerydesk.domain.model.letter.QueryKind.CIVIL_SERVICE,
                java.time.LocalDate.of(2026, 7, 2), "主送单位不是本中心", "陕西省公共信用信息中心", "李敏", "029-63918210")
                .signedOff(DocumentNumber.parse("陕信用函〔2026〕16号"), java.time.LocalDate.of(2026, 7, 3));
        byte[] noticePdf = renderer.render(notice, ReplyKind.REFUSAL_NOTICE, Optional.of(seal), LINK, Optional.empty());
        Files.write(OUT.resolve("refusal-notice.pdf"), noticePdf);
        assertEquals("", PdfAValidation.failures(noticePdf));
        String noticeText = text(noticePdf);
        assertTrue(noticeText.contains("该函主送单位不是本中心") && !noticeText.contains("附件"), noticeText);
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(noticePdf)))) {
            assertEquals(1, doc.getNumberOfPages(), "no attachment page");
        }
    }

    @Test
    void theFallbackFontIsEmbeddedOnlyForCharactersFandolLacks() throws Exception {
        ReplyContent withRare = SampleReplies.signedOff();
        List<ReplyRow> rows = new ArrayList<>(withRare.rows());
        ReplyRow r = rows.get(1);
        rows.set(1, new ReplyRow(r.serial(), "王磊", r.idNumber(), r.result(), r.records()));
        ReplyContent common = new ReplyContent(withRare.addressee(), withRare.incomingLetterDate(),
                withRare.incomingDocumentNumber(), withRare.queryKind(), withRare.queryDate(), rows, 0,
                withRare.centreName(), withRare.contactPerson(), withRare.contactPhone(), withRare.replyNumber(),
                withRare.signOffDate());
        byte[] rare = renderer.render(withRare, ReplyKind.NATIONAL, Optional.of(seal), LINK, Optional.empty());
        byte[] plain = renderer.render(common, ReplyKind.NATIONAL, Optional.of(seal), LINK, Optional.empty());
        System.out.printf("sizes: with 王垚 %d bytes, without a rare character %d bytes%n", rare.length, plain.length);
        assertTrue(fontNames(rare).stream().anyMatch(n -> n.contains("NotoSerifCJK")), fontNames(rare).toString());
        assertFalse(fontNames(plain).stream().anyMatch(n -> n.contains("NotoSerifCJK")), fontNames(plain).toString());
        assertTrue(text(rare).contains("王垚"));
        assertTrue(plain.length < 160_000, "a letter without rare characters stays small: " + plain.length);
        assertTrue(rare.length - plain.length < 100_000, "the fallback subset is compacted: " + (rare.length - plain.length));
    }

    @Test
    void oneRendererServesConcurrentLetters() throws Exception {
        String expected = text(renderer.render(SampleReplies.signedOff(), ReplyKind.NATIONAL, Optional.of(seal), LINK, Optional.empty()));
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> renderer.render(SampleReplies.signedOff(), ReplyKind.NATIONAL,
                        Optional.of(seal), LINK, Optional.empty())));
            }
            for (var f : results) {
                assertEquals(expected, text(f.get()));
            }
        } finally {
            pool.shutdown();
        }
    }

    static List<String> fontNames(byte[] pdf) throws IOException {
        List<String> names = new ArrayList<>();
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            for (int i = 1; i < doc.getNumberOfPdfObjects(); i++) {
                if (doc.getPdfObject(i) instanceof com.itextpdf.kernel.pdf.PdfDictionary d
                        && com.itextpdf.kernel.pdf.PdfName.FontDescriptor.equals(d.getAsName(com.itextpdf.kernel.pdf.PdfName.Type))) {
                    names.add(d.getAsName(com.itextpdf.kernel.pdf.PdfName.FontName).getValue());
                }
            }
        }
        return names;
    }

    /** What is left of the text after removing everything a reply may say; must be empty. */
    static String leftover(String text, ReplyContent c, ReplyKind kind, List<String> extra) {
        List<String> allowed = new ArrayList<>(extra);
        java.util.function.Function<ReplyField, String> values = f -> f.valueOf(c);
        allowed.add(ReplyWording.fill(ReplyWording.title(kind), values));
        allowed.add(ReplyWording.fill(ReplyWording.ADDRESSEE_LINE, values));
        ReplyWording.body(kind).forEach(b -> allowed.add(ReplyWording.fill(b, values)));
        allowed.add(ReplyWording.fill(ReplyWording.CONTACT_LINE, values));
        allowed.add(ReplyWording.ATTACHMENT_NOTE);
        allowed.add(ReplyWording.ATTACHMENT_TITLE);
        allowed.addAll(ReplyWording.TABLE_HEADINGS);
        allowed.add("附件");
        for (ReplyField f : ReplyField.values()) {
            allowed.add(f.valueOf(c));
        }
        for (ReplyRow row : c.rows()) {
            allowed.add(row.name());
            allowed.add(row.idNumber().value());
            allowed.add(row.result());
            for (HitRecordRef r : row.records()) {
                allowed.add(r.court());
                allowed.add(r.caseNumber());
            }
        }
        allowed.add("核验码：" + LINK.code());
        allowed.add("扫码或访问" + LINK.url() + "核验本函真伪");
        String rest = strip(text);
        allowed.sort(Comparator.comparingInt(String::length).reversed());
        for (String a : allowed) {
            if (!a.isBlank()) {
                rest = rest.replace(strip(a), "");
            }
        }
        rest = rest.replaceAll("—\\d+—", ""); // page numbers
        for (ReplyRow row : c.rows()) {
            rest = rest.replaceFirst(String.valueOf(row.serial()), "");
        }
        return rest;
    }

    static String strip(String s) {
        return s.replaceAll("\\s+", "");
    }

    static String text(byte[] pdf) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                sb.append(PdfTextExtractor.getTextFromPage(doc.getPage(p), new SimpleTextExtractionStrategy())).append('\n');
            }
        }
        return strip(sb.toString());
    }

    interface Render {
        byte[] get() throws Exception;
    }

    static byte[] timed(String what, Render r) throws Exception {
        r.get(); // warm-up, so the figure is the steady state
        long t0 = System.nanoTime();
        byte[] out = r.get();
        System.out.printf("%s: %d ms, %d bytes%n", what, (System.nanoTime() - t0) / 1_000_000, out.length);
        return out;
    }

    static String run(String... command) throws Exception {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(60, TimeUnit.SECONDS);
            return out;
        } catch (IOException e) {
            assumeTrue(false, command[0] + " is not installed: apt-get install poppler-utils zbar-tools");
            return "";
        }
    }

    static void renderPages(Path pdf, String prefix) throws Exception {
        run("pdftoppm", "-r", "100", "-f", "1", "-l", "2", "-png", pdf.toString(), OUT.resolve(prefix).toString());
    }
}
