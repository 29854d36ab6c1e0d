package com.creditquerydesk.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Hostile files of each kind intake must refuse (issue 11), written byte by byte in code: PDF bombs, active
 * content and broken cross-references, a TIFF whose pages loop, a PNG with a wrong checksum, a cut-off JPEG.
 */
public final class HostileFiles {

    private HostileFiles() {
    }

    /** A raw PDF of these object bodies (object n is bodies[n-1]); object 1 is the catalog. */
    public static byte[] rawPdf(List<byte[]> bodies) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < bodies.size(); i++) {
            offsets.add(out.size());
            write(out, (i + 1) + " 0 obj\n");
            out.writeBytes(bodies.get(i));
            write(out, "\nendobj\n");
        }
        int xref = out.size();
        write(out, "xref\n0 " + (bodies.size() + 1) + "\n0000000000 65535 f \n");
        for (int o : offsets) {
            write(out, String.format("%010d 00000 n \n", o));
        }
        write(out, "trailer\n<< /Size " + (bodies.size() + 1) + " /Root 1 0 R >>\nstartxref\n" + xref + "\n%%EOF\n");
        return out.toByteArray();
    }

    /** Catalog, pages and one page whose content is the given stream object (object 4). */
    private static List<byte[]> onePage(String catalogExtra, byte[] contentObject) {
        List<byte[]> bodies = new ArrayList<>();
        bodies.add(ascii("<< /Type /Catalog /Pages 2 0 R " + catalogExtra + " >>"));
        bodies.add(ascii("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"));
        bodies.add(ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>"));
        bodies.add(contentObject);
        return bodies;
    }

    private static byte[] stream(String dict, byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, "<< " + dict + " /Length " + data.length + " >>\nstream\n");
        out.writeBytes(data);
        write(out, "\nendstream");
        return out.toByteArray();
    }

    /** A well-formed one-page PDF (the reference the hostile ones are variations of). */
    public static byte[] plainPdf(String text) {
        return rawPdf(onePage("", stream("", ascii("BT /F1 12 Tf 72 700 Td (" + text + ") Tj ET"))));
    }

    /** A page whose content stream inflates to {@code megabytes} MB (a few hundred KB in the file). */
    public static byte[] pdfContentStreamBomb(int megabytes) {
        return rawPdf(onePage("", stream("/Filter /FlateDecode", deflatedZeros(megabytes))));
    }

    /** An object stream that inflates to {@code megabytes} MB: PDFBox inflated these while counting pages. */
    public static byte[] pdfObjectStreamBomb(int megabytes) {
        List<byte[]> bodies = new ArrayList<>(onePage("", stream("", ascii("BT ET"))));
        bodies.add(stream("/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode", deflatedZeros(megabytes)));
        return rawPdf(bodies);
    }

    /** A catalog whose OpenAction runs JavaScript; with {@code escaped} the name is written /J#61vaScript. */
    public static byte[] pdfWithJavaScript(boolean escaped) {
        String js = escaped ? "/J#61vaScript" : "/JavaScript";
        return rawPdf(onePage("/OpenAction << /S " + js + " /JS (app.alert\\(1\\)) >>", stream("", ascii("BT ET"))));
    }

    /** A Launch action (runs a program) on open. */
    public static byte[] pdfWithLaunch() {
        return rawPdf(onePage("/OpenAction << /S /Launch /F (calc.exe) >>", stream("", ascii("BT ET"))));
    }

    /** A file attached in the document's name tree. */
    public static byte[] pdfWithEmbeddedFile() {
        List<byte[]> bodies = new ArrayList<>(onePage("/Names << /EmbeddedFiles << /Names [(a.exe) 5 0 R] >> >>",
                stream("", ascii("BT ET"))));
        bodies.add(ascii("<< /Type /Filespec /F (a.exe) /EF << /F 6 0 R >> >>"));
        bodies.add(stream("/Type /EmbeddedFile", ascii("MZ")));
        return rawPdf(bodies);
    }

    /** The plain PDF with one cross-reference offset moved: a reader would have to guess where object 3 is. */
    public static byte[] pdfWithBrokenXref() {
        byte[] pdf = plainPdf("xref");
        String s = new String(pdf, StandardCharsets.ISO_8859_1);
        int table = s.indexOf("xref\n");
        int entry = s.indexOf(" 00000 n", s.indexOf(" 00000 n", s.indexOf(" 00000 n", table) + 1) + 1) - 10;
        long offset = Long.parseLong(s.substring(entry, entry + 10));
        s = s.substring(0, entry) + String.format("%010d", offset + 7) + s.substring(entry + 10);
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A two-page TIFF whose second page's "next page" points back at the first. */
    public static byte[] tiffWithLoop() {
        ByteBuffer b = ByteBuffer.allocate(4096).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
        int first = 8;
        int second = 200;
        ifd(b, first, second, 1000);
        ifd(b, second, first, 1000);
        return Arrays.copyOf(b.array(), 1100);
    }

    /** One 8x8 bilevel page directory at {@code at}, its strip at {@code strip}, then the next page's offset. */
    private static void ifd(ByteBuffer b, int at, int next, int strip) {
        b.position(at);
        int[][] tags = {{256, 3, 8}, {257, 3, 8}, {258, 3, 1}, {259, 3, 1}, {262, 3, 0}, {273, 4, strip},
                {277, 3, 1}, {278, 3, 8}, {279, 4, 8}};
        b.putShort((short) tags.length);
        for (int[] t : tags) {
            b.putShort((short) t[0]).putShort((short) t[1]).putInt(1);
            if (t[1] == 3) {
                b.putShort((short) t[2]).putShort((short) 0);
            } else {
                b.putInt(t[2]);
            }
        }
        b.putInt(next);
    }

    /** A valid PNG with one byte of its image data changed (its chunk's CRC no longer matches). */
    public static byte[] pngWithBadCrc() {
        byte[] png = TestFiles.image("png", "crc");
        int idat = indexOf(png, "IDAT".getBytes(StandardCharsets.ISO_8859_1));
        png = png.clone();
        png[idat + 10] ^= 0x5a;
        return png;
    }

    /** A valid PNG with a correct CRC but image data cut short (recomputes the CRC over the short chunk). */
    public static byte[] pngWithShortImageData() {
        byte[] png = TestFiles.image("png", "short");
        int idat = indexOf(png, "IDAT".getBytes(StandardCharsets.ISO_8859_1)) - 4;
        int length = ByteBuffer.wrap(png, idat, 4).getInt();
        int kept = length / 2;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, idat);
        out.writeBytes(ByteBuffer.allocate(4).putInt(kept).array());
        out.write(png, idat + 4, 4 + kept);
        CRC32 crc = new CRC32();
        crc.update(png, idat + 4, 4 + kept);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
        out.write(png, idat + 12 + length, png.length - (idat + 12 + length));
        return out.toByteArray();
    }

    /** A JPEG cut off in its image data (no end-of-image marker). */
    public static byte[] truncatedJpeg() {
        byte[] jpeg = TestFiles.image("jpeg", "cut");
        return Arrays.copyOf(jpeg, jpeg.length * 3 / 5);
    }

    /**
     * A minimal XLSX package written by hand: one sheet of these SpreadsheetML rows and, unless null, a shared-strings
     * table of these {@code <si>} items (its count attributes claim two billion, as a hostile file may).
     */
    public static byte[] xlsx(String sheetRows, byte[] sharedStringItems) {
        boolean strings = sharedStringItems != null;
        String ns = "http://schemas.openxmlformats.org/";
        String ml = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"" + ns
                    + "package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-"
                    + "package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"" + ml + "sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"" + ml + "worksheet+xml\"/>"
                    + (strings ? "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"" + ml + "sharedStrings+xml\"/>" : "")
                    + "</Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"" + ns
                    + "package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"" + ns
                    + "officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            entry(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + ns
                    + "spreadsheetml/2006/main\" xmlns:r=\"" + ns + "officeDocument/2006/relationships\"><sheets>"
                    + "<sheet name=\"s\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            entry(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
                    + ns + "package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"" + ns
                    + "officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + (strings ? "<Relationship Id=\"rId2\" Type=\"" + ns + "officeDocument/2006/relationships/sharedStrings\""
                    + " Target=\"sharedStrings.xml\"/>" : "") + "</Relationships>");
            entry(zip, "xl/worksheets/sheet1.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + ns
                    + "spreadsheetml/2006/main\"><sheetData>" + sheetRows + "</sheetData></worksheet>");
            if (strings) {
                zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
                utf8(zip, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + ns + "spreadsheetml/2006/main\""
                        + " count=\"2000000000\" uniqueCount=\"2000000000\">");
                zip.write(sharedStringItems);
                utf8(zip, "</sst>");
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The header row 姓名, 身份证号码 as the shared strings 0 and 1 (for {@link #xlsx}). */
    public static final String SHARED_HEADER_ROW = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c>"
            + "<c r=\"B1\" t=\"s\"><v>1</v></c></row>";

    /**
     * Shared-string items 姓名, 身份证号码, then distinct numbers up to about {@code bytes}: too varied to trip a
     * zip-bomb guard's inflate ratio, so only a bound on the table itself stops them.
     */
    public static byte[] distinctSharedStrings(long bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        utf8(out, "<si><t>姓名</t></si><si><t>身份证号码</t></si>");
        for (long i = 0; out.size() < bytes; i++) {
            utf8(out, "<si><t>" + i * 2_654_435_761L % 1_000_000_007L + "</t></si>");
        }
        return out.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        utf8(zip, content);
        zip.closeEntry();
    }

    private static byte[] deflatedZeros(int megabytes) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] zeros = new byte[1024 * 1024];
        byte[] buf = new byte[65536];
        for (int i = 0; i < megabytes; i++) {
            deflater.setInput(zeros);
            while (!deflater.needsInput()) {
                out.write(buf, 0, deflater.deflate(buf));
            }
        }
        deflater.finish();
        while (!deflater.finished()) {
            out.write(buf, 0, deflater.deflate(buf));
        }
        deflater.end();
        return out.toByteArray();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int k = 0; k < needle.length; k++) {
                if (haystack[i + k] != needle[k]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalArgumentException("not found");
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static void write(ByteArrayOutputStream out, String s) {
        try {
            out.write(s.getBytes(StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void utf8(java.io.OutputStream out, String s) {
        try {
            out.write(s.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A real XLSX (header 姓名 身份证号码 and one row) whose sheet is then given {@code emptyRows} empty rows more. */
    public static byte[] xlsxWithEmptyRows(int emptyRows) {
        return replaceSheet(sheet -> {
            sheet.append("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>姓名</t></is></c>"
                    + "<c r=\"B1\" t=\"inlineStr\"><is><t>身份证号码</t></is></c></row>");
            for (int r = 2; r <= emptyRows + 1; r++) {
                sheet.append("<row r=\"").append(r).append("\"/>");
            }
        });
    }

    /** A real XLSX whose sheet inflates to 300 MB of white space (a zip bomb). */
    public static byte[] xlsxZipBomb() {
        return replaceSheet(sheet -> sheet.append(" ".repeat(300 * 1024 * 1024)));
    }

    /** A spreadsheet with 姓名 but no ID column (证件类型 is not one). */
    public static byte[] xlsxWithoutIdColumn() {
        return replaceSheet(sheet -> sheet.append("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>姓名</t></is></c>"
                + "<c r=\"B1\" t=\"inlineStr\"><is><t>证件类型</t></is></c></row><row r=\"2\"><c r=\"A2\" "
                + "t=\"inlineStr\"><is><t>张三</t></is></c><c r=\"B2\" t=\"inlineStr\"><is><t>居民身份证</t></is></c></row>"));
    }

    /** A CSV list in UTF-16 with a byte order mark (Excel's "Unicode text"): neither UTF-8 nor GB18030. */
    public static byte[] csvInUtf16() {
        return "\uFEFF姓名,身份证号码\r\n张三,11010519900307123X\r\n".getBytes(StandardCharsets.UTF_16LE);
    }

    /** An XLSX made by POI, its first sheet's sheetData written by {@code rows}. */
    private static byte[] replaceSheet(java.util.function.Consumer<StringBuilder> rows) {
        byte[] xlsx;
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.createSheet("名单").createRow(0).createCell(0).setCellValue("x");
            wb.write(out);
            xlsx = out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(xlsx));
             ByteArrayOutputStream out = new ByteArrayOutputStream();
             java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                zip.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    StringBuilder sheet = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet "
                            + "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
                    rows.accept(sheet);
                    sheet.append("</sheetData></worksheet>");
                    zip.write(sheet.toString().getBytes(StandardCharsets.UTF_8));
                } else {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An OFD whose page content inflates to 300 MB of white space. */
    public static byte[] ofdZipBomb() {
        java.util.Map<String, byte[]> e = com.creditquerydesk.testsupport.letters.OfdLetterRenderer.textEntries(
                com.creditquerydesk.testsupport.letters.LetterGenerator.generate(815, 1));
        e.put("Doc_0/Pages/Page_0/Content.xml", " ".repeat(300 * 1024 * 1024).getBytes(StandardCharsets.US_ASCII));
        return com.creditquerydesk.testsupport.letters.OfdLetterRenderer.zip(e);
    }

    /** An OFD whose OFD.xml declares entities that expand a billion times (the billion laughs) and an external one. */
    public static byte[] ofdWithEntities() {
        java.util.Map<String, byte[]> e = com.creditquerydesk.testsupport.letters.OfdLetterRenderer.textEntries(
                com.creditquerydesk.testsupport.letters.LetterGenerator.generate(816, 1));
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE ofd:OFD [<!ENTITY x SYSTEM \"file:///etc/passwd\">"
                + "<!ENTITY l0 \"ha\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]><ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\">&l9;&x;</ofd:OFD>");
        e.put("OFD.xml", dtd.toString().getBytes(StandardCharsets.UTF_8));
        return com.creditquerydesk.testsupport.letters.OfdLetterRenderer.zip(e);
    }

    /** An OFD whose page names its content with a path that climbs out of the package. */
    public static byte[] ofdWithPathTraversal() {
        java.util.Map<String, byte[]> e = com.creditquerydesk.testsupport.letters.OfdLetterRenderer.textEntries(
                com.creditquerydesk.testsupport.letters.LetterGenerator.generate(817, 1));
        String doc = new String(e.get("Doc_0/Document.xml"), StandardCharsets.UTF_8);
        e.put("Doc_0/Document.xml", doc.replace("Pages/Page_0/Content.xml", "../../../../etc/passwd")
                .getBytes(StandardCharsets.UTF_8));
        return com.creditquerydesk.testsupport.letters.OfdLetterRenderer.zip(e);
    }
}
