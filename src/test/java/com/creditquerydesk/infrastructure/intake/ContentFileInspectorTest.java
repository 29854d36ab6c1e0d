package com.creditquerydesk.infrastructure.intake;

import com.creditquerydesk.application.intake.FileInspector.InspectedFile;
import com.creditquerydesk.application.intake.FileInspector.LetterFileType;
import com.creditquerydesk.application.intake.FileInspector.UploadLimits;
import com.creditquerydesk.domain.shared.DomainException;
import com.creditquerydesk.domain.shared.DomainException.Kind;
import com.creditquerydesk.testsupport.TestFiles;
import com.creditquerydesk.testsupport.HostileFiles;
import com.creditquerydesk.testsupport.letters.LetterGenerator;
import com.creditquerydesk.testsupport.letters.LetterSpec;
import com.creditquerydesk.infrastructure.extraction.OfdDocument;
import com.creditquerydesk.testsupport.letters.OfdLetterRenderer;
import com.creditquerydesk.testsupport.letters.SpreadsheetListRenderer;
import com.creditquerydesk.testsupport.letters.WordBinaryLetterRenderer;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ContentFileInspectorTest {

    private final ContentFileInspector inspector = new ContentFileInspector(new UploadLimits(5_000_000, 10_000_000, 10),
            Duration.ofSeconds(20));

    @Test
    void acceptsEveryLetterTypeByContent() {
        assertEquals(new InspectedFile(LetterFileType.PDF, 3), inspector.check(TestFiles.pdf(3, "a")));
        assertEquals(new InspectedFile(LetterFileType.DOCX, 1), inspector.check(TestFiles.docx("来函")));
        assertEquals(new InspectedFile(LetterFileType.PNG, 1), inspector.check(TestFiles.image("png", "p")));
        assertEquals(new InspectedFile(LetterFileType.JPEG, 1), inspector.check(TestFiles.image("jpeg", "j")));
        assertEquals(new InspectedFile(LetterFileType.TIFF, 4), inspector.check(TestFiles.tiff(4, "t")));
    }

    @Test
    void refusesOtherTypesWith415() {
        assertRefused(TestFiles.exe(), Kind.UNSUPPORTED, "FILE_TYPE_UNSUPPORTED");
        assertRefused("just text, not a letter".getBytes(), Kind.UNSUPPORTED, "FILE_TYPE_UNSUPPORTED");
        assertRefused(TestFiles.docxZipBombFreeZip(), Kind.UNSUPPORTED, "FILE_TYPE_UNSUPPORTED");
    }

    @Test
    void refusesEmptyAndOversizedFiles() {
        assertRefused(new byte[0], Kind.INVALID, "FILE_EMPTY");
        assertRefused(new byte[5_000_001], Kind.TOO_LARGE, "FILE_TOO_LARGE");
    }

    @Test
    void refusesDecompressionBombsBeforeDecoding() {
        assertRefused(TestFiles.pngBomb(), Kind.TOO_LARGE, "IMAGE_TOO_MANY_PIXELS");
        assertRefused(TestFiles.docxZipBomb(), Kind.TOO_LARGE, "DOCX_ZIP_BOMB");
    }

    @Test
    void refusesBadPdfs() {
        assertRefused(TestFiles.encryptedPdf("x"), Kind.UNPROCESSABLE, "PDF_ENCRYPTED");
        assertRefused(TestFiles.pdf(11, "long"), Kind.TOO_LARGE, "PDF_TOO_MANY_PAGES");
        byte[] pdf = TestFiles.pdf(1, "cut");
        assertRefused(java.util.Arrays.copyOf(pdf, 40), Kind.UNPROCESSABLE, "FILE_CORRUPT");
    }

    /** The PDFs PDFBox writes (cross-reference and object streams) and a classic table both pass the structure check. */
    @Test
    void acceptsWellFormedPdfsOfBothCrossReferenceKinds() {
        assertEquals(new InspectedFile(LetterFileType.PDF, 1), inspector.check(HostileFiles.plainPdf("classic")));
        assertEquals(new InspectedFile(LetterFileType.PDF, 2), inspector.check(TestFiles.pdf(2, "streams")));
    }

    @Test
    void refusesPdfBombsBeforeAnyLibraryDecodesThem() {
        assertRefused(HostileFiles.pdfContentStreamBomb(100), Kind.TOO_LARGE, "PDF_BOMB");
        assertRefused(HostileFiles.pdfObjectStreamBomb(200), Kind.TOO_LARGE, "PDF_BOMB");
        // Just under the per-stream cap is a letter, not a bomb.
        assertEquals(LetterFileType.PDF, inspector.check(HostileFiles.pdfContentStreamBomb(15)).type());
    }

    @Test
    void refusesPdfsWithScriptsProgramsOrEmbeddedFiles() {
        assertRefused(HostileFiles.pdfWithJavaScript(false), Kind.UNPROCESSABLE, "PDF_ACTIVE_CONTENT");
        assertRefused(HostileFiles.pdfWithJavaScript(true), Kind.UNPROCESSABLE, "PDF_ACTIVE_CONTENT");
        assertRefused(HostileFiles.pdfWithLaunch(), Kind.UNPROCESSABLE, "PDF_ACTIVE_CONTENT");
        assertRefused(HostileFiles.pdfWithEmbeddedFile(), Kind.UNPROCESSABLE, "PDF_ACTIVE_CONTENT");
    }

    @Test
    void refusesAPdfWhoseCrossReferenceTableIsBroken() {
        assertRefused(HostileFiles.pdfWithBrokenXref(), Kind.UNPROCESSABLE, "FILE_CORRUPT");
        byte[] pdf = TestFiles.pdf(1, "cut in the middle");
        assertRefused(java.util.Arrays.copyOf(pdf, pdf.length - 30), Kind.UNPROCESSABLE, "FILE_CORRUPT");
    }

    @Test
    void refusesImagesThatDoNotDecodeCompletely() {
        assertRefused(HostileFiles.pngWithBadCrc(), Kind.UNPROCESSABLE, "FILE_CORRUPT");
        assertRefused(HostileFiles.pngWithShortImageData(), Kind.UNPROCESSABLE, "FILE_CORRUPT");
        assertRefused(HostileFiles.truncatedJpeg(), Kind.UNPROCESSABLE, "FILE_CORRUPT");
        byte[] tiff = TestFiles.tiff(2, "cut");
        assertRefused(java.util.Arrays.copyOf(tiff, tiff.length - 100), Kind.UNPROCESSABLE, "FILE_CORRUPT");
    }

    @Test
    void refusesATiffWhosePagesLoop() {
        assertRefused(HostileFiles.tiffWithLoop(), Kind.UNPROCESSABLE, "FILE_CORRUPT");
    }

    @Test
    void acceptsSpreadsheetListsAndRefusesWhatIsNotOne() {
        LetterSpec spec = LetterGenerator.generate(21, 5);
        assertEquals(new InspectedFile(LetterFileType.XLSX, 1), inspector.check(SpreadsheetListRenderer.xlsx(spec)));
        assertEquals(new InspectedFile(LetterFileType.XLS, 1), inspector.check(SpreadsheetListRenderer.xls(spec)));
        assertEquals(new InspectedFile(LetterFileType.CSV, 1),
                inspector.check(SpreadsheetListRenderer.csv(spec, Charset.forName("GB18030"))));
        assertRefused(HostileFiles.xlsxWithoutIdColumn(), Kind.UNPROCESSABLE, "SPREADSHEET_NO_ID_COLUMN");
        assertRefused(HostileFiles.csvInUtf16(), Kind.UNSUPPORTED, "CSV_ENCODING_UNKNOWN");
        assertRefused(HostileFiles.xlsxWithEmptyRows(1_000_000), Kind.TOO_LARGE, "SPREADSHEET_TOO_MANY_ROWS");
        assertEquals(new InspectedFile(LetterFileType.XLSX, 1), inspector.check(HostileFiles.xlsxWithEmptyRows(1000)),
                "empty rows within the budget are skipped (the list's row is the header alone: no candidates yet)");
    }

    @Test
    void acceptsWordBinaryLettersAndRefusesWhatHwpfCannotRead() throws java.io.IOException {
        LetterSpec spec = LetterGenerator.generate(22, 4);
        assertEquals(new InspectedFile(LetterFileType.DOC, 1), inspector.check(WordBinaryLetterRenderer.render(spec)));
        assertRefused(WordBinaryLetterRenderer.encrypted(spec), Kind.UNPROCESSABLE, "DOC_ENCRYPTED");
        assertRefused(ole2("WordDocument", new byte[4096]), Kind.UNPROCESSABLE, "DOC_UNREADABLE");
        assertRefused(ole2("CONTENTS", new byte[4096]), Kind.UNSUPPORTED, "FILE_TYPE_UNSUPPORTED");
    }

    /** An OLE2 compound file holding one stream. */
    private static byte[] ole2(String stream, byte[] content) throws java.io.IOException {
        try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem();
             java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            fs.createDocument(new java.io.ByteArrayInputStream(content), stream);
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    @Test
    void acceptsOfdLettersWithinTheBudgetAndRefusesHostileOnes() {
        LetterSpec spec = LetterGenerator.generate(23, 30);
        byte[] text = OfdLetterRenderer.text(spec);
        assertEquals(new InspectedFile(LetterFileType.OFD, OfdDocument.read(text).pages().size()), inspector.check(text));
        assertRefused(HostileFiles.ofdWithEntities(), Kind.UNPROCESSABLE, "OFD_EXTERNAL_ENTITIES");
        assertRefused(HostileFiles.ofdWithPathTraversal(), Kind.UNPROCESSABLE, "FILE_CORRUPT");
        DomainException bomb = assertThrows(DomainException.class, () -> new ContentFileInspector(
                new UploadLimits(50_000_000, 10_000_000, 10), Duration.ofSeconds(20)).check(HostileFiles.ofdZipBomb()));
        assertEquals("OFD_ZIP_BOMB", bomb.code());
        java.util.List<java.awt.image.BufferedImage> eleven = java.util.Collections.nCopies(11,
                new java.awt.image.BufferedImage(20, 20, java.awt.image.BufferedImage.TYPE_BYTE_GRAY));
        assertRefused(OfdLetterRenderer.scan(eleven), Kind.TOO_LARGE, "OFD_TOO_MANY_PAGES");
        java.util.Map<String, byte[]> e = OfdLetterRenderer.textEntries(spec);
        e.put("Doc_0/DocumentRes.xml", ("<ofd:Res xmlns:ofd=\"http://www.ofdspec.org/2016\" BaseLoc=\"Res\"><ofd:MultiMedias>"
                + "<ofd:MultiMedia ID=\"7\" Type=\"Image\" Format=\"PNG\"><ofd:MediaFile>bomb.png</ofd:MediaFile>"
                + "</ofd:MultiMedia></ofd:MultiMedias></ofd:Res>").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        e.put("Doc_0/Res/bomb.png", TestFiles.pngBomb());
        String doc = new String(e.get("Doc_0/Document.xml"), java.nio.charset.StandardCharsets.UTF_8)
                .replace("</ofd:PublicRes>", "</ofd:PublicRes><ofd:DocumentRes>DocumentRes.xml</ofd:DocumentRes>");
        e.put("Doc_0/Document.xml", doc.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String page = new String(e.get("Doc_0/Pages/Page_0/Content.xml"), java.nio.charset.StandardCharsets.UTF_8)
                .replace("</ofd:Layer>", "<ofd:ImageObject ID=\"1999\" Boundary=\"0 0 10 10\" ResourceID=\"7\"/></ofd:Layer>");
        e.put("Doc_0/Pages/Page_0/Content.xml", page.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertRefused(OfdLetterRenderer.zip(e), Kind.TOO_LARGE, "IMAGE_TOO_MANY_PIXELS");
    }

    @Test
    void refusesZipBombsAndEntriesThatAreNotPlainRelativePaths() {
        ContentFileInspector roomy = new ContentFileInspector(new UploadLimits(50_000_000, 10_000_000, 10),
                Duration.ofSeconds(20));
        DomainException e = assertThrows(DomainException.class, () -> roomy.check(HostileFiles.xlsxZipBomb()));
        assertEquals("XLSX_ZIP_BOMB", e.code());
        assertRefused(zip("[Content_Types].xml", "word/document.xml", "../../etc/cron.d/x"), Kind.UNPROCESSABLE,
                "FILE_CORRUPT");
        assertRefused(zip("[Content_Types].xml", "word/document.xml", "/abs"), Kind.UNPROCESSABLE, "FILE_CORRUPT");
        assertRefused(zip("[Content_Types].xml", "word\\document.xml"), Kind.UNPROCESSABLE, "FILE_CORRUPT");
    }

    /** A ZIP of empty entries with these names, written by hand (ZipOutputStream would refuse none of them). */
    private static byte[] zip(String... names) {
        try (java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
             java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            for (String n : names) {
                zip.putNextEntry(new java.util.zip.ZipEntry(n));
                zip.write("<x/>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            zip.finish();
            return out.toByteArray();
        } catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }

    @Test
    void refusesDocxWithExternalEntities() {
        assertRefused(TestFiles.docxWithExternalEntity(), Kind.UNPROCESSABLE, "DOCX_EXTERNAL_ENTITIES");
    }

    @Test
    void refusesTiffWithTooManyPages() {
        assertRefused(TestFiles.tiff(11, "many"), Kind.TOO_LARGE, "IMAGE_TOO_MANY_PAGES");
    }

    private void assertRefused(byte[] content, Kind kind, String code) {
        DomainException e = assertThrows(DomainException.class, () -> inspector.check(content));
        assertEquals(kind, e.kind());
        assertEquals(code, e.code());
        assertFalse(e.messageZh().isBlank());
        assertFalse(e.messageEn().isBlank());
    }
}
