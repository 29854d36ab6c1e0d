package com.creditquerydesk.infrastructure.documents;

import com.creditquerydesk.domain.model.audit.ChainHead;
import com.creditquerydesk.infrastructure.signing.PadesReplyReader;
import com.creditquerydesk.domain.model.reply.VerificationLink;
import com.creditquerydesk.domain.model.reply.HitRecordRef;
import com.creditquerydesk.domain.model.reply.ReplyContent;
import com.creditquerydesk.domain.model.reply.ReplyKind;
import com.creditquerydesk.domain.model.reply.ReplyRow;
import com.creditquerydesk.infrastructure.signing.SealImage;
import com.itextpdf.barcodes.BarcodeQRCode;
import com.itextpdf.barcodes.qrcode.EncodeHintType;
import com.itextpdf.barcodes.qrcode.ErrorCorrectionLevel;
import com.itextpdf.io.image.ImageDataFactory;
import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.CompressionConstants;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import com.itextpdf.kernel.pdf.PdfOutputIntent;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.extgstate.PdfExtGState;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import com.itextpdf.kernel.pdf.xobject.PdfImageXObject;
import com.itextpdf.layout.Canvas;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.layout.LayoutArea;
import com.itextpdf.layout.properties.AreaBreakType;
import com.itextpdf.layout.properties.Property;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Renders a reply letter as PDF/A-2b in the GB/T 9704-2012 letter format (信函格式):
 * A4, type area 156 × 225 mm at 37 mm from the top and 28 mm from the left, body 3号 仿宋 on a grid of
 * 22 lines × 28 characters, title 2号 小标宋, the centre's name in red 30 mm from the top with red double rules
 * (thick over thin under the mark, thin over thick 20 mm above the bottom, 170 mm long), the number flush right
 * under the first rule, no page number on page 1, the date 右空四字 with the seal over name and date, and the
 * attachment 社会信用记录查询结果 as a table on the next page. Every page carries the verification code and a QR
 * code. A draft has a 草稿 watermark, no number and a blank date.
 *
 * <p>All text comes from {@link ReplyContent} and the fixed wording of {@link ReplyWording} (docs/rules.md#R3).
 */
public final class PdfReplyRenderer {

    static final float MM = 72f / 25.4f;
    private static final PageSize A4 = PageSize.A4;
    private static final float LEFT = 28 * MM;
    private static final float TOP = 37 * MM;
    private static final float TYPE_WIDTH = 156 * MM;
    private static final float TYPE_HEIGHT = 225 * MM;
    private static final float RIGHT = A4.getWidth() - LEFT - TYPE_WIDTH;
    private static final float BOTTOM = A4.getHeight() - TOP - TYPE_HEIGHT;
    /** 3号 = 16 pt; 28 characters fill 156 mm when each advances 15.79 pt, hence a small negative spacing. */
    private static final float BODY_SIZE = 16f;
    private static final float CHAR = TYPE_WIDTH / 28;
    private static final float BODY_SPACING = CHAR - BODY_SIZE;
    /** 22 lines fill 225 mm. */
    private static final float LINE = TYPE_HEIGHT / 22;
    /** 2号 = 22 pt. */
    private static final float TITLE_SIZE = 22f;
    private static final float TABLE_SIZE = 14f;
    private static final Color RED = new DeviceRgb(0xE6, 0x00, 0x12);
    private static final Color WATERMARK = new DeviceRgb(0xD4, 0xD4, 0xD4);
    private static final float MARK_TOP = 30 * MM;
    private static final float MARK_SIZE = 26f;
    private static final float MARK_MAX_SPACING = 5f;
    private static final float RULE_LENGTH = 170 * MM;
    private static final String TITLE_BREAK = "社会信用记录";

    private final ReplyFonts fonts;
    private final byte[] srgbProfile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    public PdfReplyRenderer(ReplyFonts fonts) {
        this.fonts = fonts;
    }

    /**
     * @param auditHead the audit chain's head when the final letter is signed, kept in the document information
     *                  under {@link PadesReplyReader#AUDIT_HEAD_KEY} (docs/rules.md#R32); none for a draft
     */
    public byte[] render(ReplyContent content, ReplyKind kind, Optional<SealImage> seal, VerificationLink link,
                         Optional<ChainHead> auditHead) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        PdfWriter writer = new PdfWriter(out, new WriterProperties().setFullCompressionMode(true)
                .setCompressionLevel(CompressionConstants.BEST_COMPRESSION));
        PdfOutputIntent intent = new PdfOutputIntent("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1",
                new ByteArrayInputStream(srgbProfile));
        PdfDocument pdf = new SubsetFontsPdfADocument(writer, intent);
        String title = ReplyWording.fill(ReplyWording.title(kind), f -> f.valueOf(content));
        PdfDocumentInfo info = pdf.getDocumentInfo();
        info.setTitle(title);
        info.setAuthor(content.centreName());
        auditHead.ifPresent(h -> info.setMoreInfo(PadesReplyReader.AUDIT_HEAD_KEY, h.text()));
        pdf.getCatalog().setLang(new PdfString("zh-CN"));

        Document doc = new Document(pdf, A4, false);
        doc.setMargins(TOP, RIGHT, BOTTOM, LEFT);
        doc.setFontProvider(fonts.newProvider());
        doc.setFontFamily(ReplyFonts.FANG, ReplyFonts.FALLBACK);
        doc.setFontSize(BODY_SIZE);
        doc.setProperty(Property.SPLIT_CHARACTERS, new ChineseLineBreaks());

        float rule1FromTop = MARK_TOP + MARK_SIZE + 4 * MM;
        SignaturePlace place = letterPage(doc, content, kind, title, rule1FromTop);
        if (kind.hasAttachment()) {
            attachmentPage(doc, content);
        }
        doc.flush();

        decorateFirstPage(doc, content, rule1FromTop);
        seal.ifPresent(s -> drawSeal(pdf, place, s));
        for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
            if (p > 1) {
                pageNumber(doc, p);
            }
            footer(doc, p, link);
            if (content.isDraft()) {
                watermark(doc, p);
            }
        }
        doc.close();
        return out.toByteArray();
    }

    /** Where the name and date ended up, so the seal can be centred over them. */
    private record SignaturePlace(int page, float centreX, float nameTop) {
    }

    private SignaturePlace letterPage(Document doc, ReplyContent c, ReplyKind kind, String title, float rule1FromTop) {
        // 发文字号: flush right, its top 7/8 of a 3号 character below the first rule (GB/T 9704 10.1).
        float numberTop = rule1FromTop + 0.875f * BODY_SIZE;
        Paragraph number = line(ReplyField.REPLY_NUMBER.valueOf(c).isEmpty() ? "\u00a0" : ReplyField.REPLY_NUMBER.valueOf(c))
                .setTextAlignment(TextAlignment.RIGHT)
                .setMarginTop(numberTop - TOP - (LINE - BODY_SIZE) / 2);
        doc.add(number);

        // Title two lines below the number, broken by meaning before 社会信用记录 when too long for one line.
        Div titleBlock = new Div().setMarginTop(LINE);
        for (String part : titleLines(title)) {
            titleBlock.add(new Paragraph(part).setFontFamily(ReplyFonts.TITLE, ReplyFonts.FALLBACK)
                    .setFontSize(TITLE_SIZE).setFixedLeading(LINE).setTextAlignment(TextAlignment.CENTER).setMargin(0));
        }
        doc.add(titleBlock);

        doc.add(line(ReplyWording.fill(ReplyWording.ADDRESSEE_LINE, f -> f.valueOf(c))).setMarginTop(LINE));
        for (String text : ReplyWording.body(kind)) {
            doc.add(body(ReplyWording.fill(text, f -> f.valueOf(c))));
        }
        doc.add(body(ReplyWording.fill(ReplyWording.CONTACT_LINE, f -> f.valueOf(c))));

        // 附件说明 one line below the text; name and date kept on one page with it, so a seal never stands alone.
        String date = ReplyField.SIGN_OFF_DATE.valueOf(c);
        float dateRight = 4 * CHAR;
        float dateWidth = fonts.fangWidth(date, BODY_SIZE, BODY_SPACING);
        float nameWidth = fonts.fangWidth(c.centreName(), BODY_SIZE, BODY_SPACING);
        float nameRight = Math.max(0, dateRight + (dateWidth - nameWidth) / 2);
        Div closing = new Div().setKeepTogether(true).setMarginTop(LINE);
        if (kind.hasAttachment()) {
            closing.add(body(ReplyWording.ATTACHMENT_NOTE));
        }
        closing.add(line(c.centreName()).setTextAlignment(TextAlignment.RIGHT).setMarginRight(nameRight)
                .setMarginTop(kind.hasAttachment() ? 2 * LINE : LINE));
        closing.add(line(date).setTextAlignment(TextAlignment.RIGHT).setMarginRight(dateRight));
        doc.add(closing);

        LayoutArea area = doc.getRenderer().getCurrentArea();
        float dateBottom = area.getBBox().getTop();
        float nameTop = dateBottom + 2 * LINE;
        float centreX = A4.getWidth() - RIGHT - dateRight - dateWidth / 2;
        return new SignaturePlace(area.getPageNumber(), centreX, nameTop);
    }

    private void attachmentPage(Document doc, ReplyContent c) {
        doc.add(new AreaBreak(AreaBreakType.NEXT_PAGE));
        // GB/T 9704 8: 附件 in 3号黑体 top left on the first line, its title centred on the third line.
        doc.add(line("附件").setFontFamily(ReplyFonts.HEI, ReplyFonts.FALLBACK));
        doc.add(new Paragraph(ReplyWording.ATTACHMENT_TITLE).setFontFamily(ReplyFonts.TITLE, ReplyFonts.FALLBACK)
                .setFontSize(TITLE_SIZE).setFixedLeading(LINE).setTextAlignment(TextAlignment.CENTER)
                .setMargin(0).setMarginTop(LINE));

        Table table = new Table(UnitValue.createPercentArray(new float[]{9, 16, 31, 44}))
                .useAllAvailableWidth().setMarginTop(LINE / 2);
        for (String heading : ReplyWording.TABLE_HEADINGS) {
            table.addHeaderCell(cell(heading).setFontFamily(ReplyFonts.HEI, ReplyFonts.FALLBACK)
                    .setTextAlignment(TextAlignment.CENTER));
        }
        for (ReplyRow row : c.rows()) {
            table.addCell(cell(String.valueOf(row.serial())).setTextAlignment(TextAlignment.CENTER));
            table.addCell(cell(row.name()).setTextAlignment(TextAlignment.CENTER));
            table.addCell(cell(row.idNumber().value()).setTextAlignment(TextAlignment.CENTER));
            Cell result = cell(row.result());
            for (HitRecordRef record : row.records()) {
                result.add(new Paragraph(record.court() + "\n" + record.caseNumber())
                        .setFontSize(TABLE_SIZE - 2).setMultipliedLeading(1.25f).setMargin(0).setMarginTop(3));
            }
            table.addCell(result);
        }
        doc.add(table);
        c.othersSentence().ifPresent(text -> doc.add(line(text).setMarginTop(LINE / 2)));
    }

    private static Cell cell(String text) {
        return new Cell().add(new Paragraph(text).setMargin(0).setMultipliedLeading(1.3f))
                .setFontSize(TABLE_SIZE).setVerticalAlignment(VerticalAlignment.MIDDLE)
                .setBorder(new SolidBorder(ColorConstants.BLACK, 0.75f)).setPadding(4)
                .setKeepTogether(true); // a candidate's row never splits across pages
    }

    /** The issuer mark and the two red double rules of the letter format, page 1 only. */
    private void decorateFirstPage(Document doc, ReplyContent c, float rule1FromTop) {
        PdfDocument pdf = doc.getPdfDocument();
        PdfPage page = pdf.getPage(1);
        float h = A4.getHeight();
        int n = c.centreName().codePointCount(0, c.centreName().length());
        float spacing = Math.max(0, Math.min(MARK_MAX_SPACING, (TYPE_WIDTH - n * MARK_SIZE) / n));
        doc.showTextAligned(new Paragraph(c.centreName()).setFontFamily(ReplyFonts.TITLE, ReplyFonts.FALLBACK)
                        .setFontSize(MARK_SIZE).setFontColor(RED).setCharacterSpacing(spacing)
                        .setMultipliedLeading(1f).setMargin(0),
                A4.getWidth() / 2 + spacing / 2, h - MARK_TOP, 1, TextAlignment.CENTER, VerticalAlignment.TOP, 0);

        PdfCanvas canvas = new PdfCanvas(page.newContentStreamAfter(), page.getResources(), pdf);
        float x0 = (A4.getWidth() - RULE_LENGTH) / 2;
        float y1 = h - rule1FromTop;
        // thick over thin under the mark; thin over thick 20 mm above the bottom edge
        rule(canvas, x0, y1, 2.2f);
        rule(canvas, x0, y1 - 3.4f, 0.7f);
        rule(canvas, x0, 20 * MM + 3.4f, 0.7f);
        rule(canvas, x0, 20 * MM, 2.2f);
        canvas.release();
    }

    private static void rule(PdfCanvas canvas, float x0, float y, float width) {
        canvas.saveState().setStrokeColor(RED).setLineWidth(width)
                .moveTo(x0, y).lineTo(x0 + RULE_LENGTH, y).stroke().restoreState();
    }

    /** The seal centred on the date, its centre just above the name, so name and date sit low in it (GB/T 9704 7.3.5.1). */
    private static void drawSeal(PdfDocument pdf, SignaturePlace place, SealImage seal) {
        PdfPage page = pdf.getPage(place.page());
        float d = seal.diameterMm() * MM;
        float cy = place.nameTop() - 0.15f * LINE;
        PdfImageXObject image = new PdfImageXObject(ImageDataFactory.createPng(seal.png()));
        PdfCanvas canvas = new PdfCanvas(page.newContentStreamAfter(), page.getResources(), pdf);
        // Multiply: the text under the seal stays readable, as with seal ink on paper.
        canvas.saveState().setExtGState(new PdfExtGState().setBlendMode(PdfExtGState.BM_MULTIPLY))
                .addXObjectFittedIntoRectangle(image, new Rectangle(place.centreX() - d / 2, cy - d / 2, d, d))
                .restoreState().release();
    }

    /** GB/T 9704 7.5: — n — in 4号 宋体 7 mm below the type area, odd pages right, even pages left, one character in. */
    private static void pageNumber(Document doc, int p) {
        float y = BOTTOM - 7 * MM;
        boolean odd = p % 2 == 1;
        float x = odd ? A4.getWidth() - RIGHT - 14 : LEFT + 14;
        doc.showTextAligned(new Paragraph("— " + p + " —").setFontFamily(ReplyFonts.SONG, ReplyFonts.FALLBACK)
                        .setFontSize(14).setMultipliedLeading(1f).setMargin(0),
                x, y, p, odd ? TextAlignment.RIGHT : TextAlignment.LEFT, VerticalAlignment.TOP, 0);
    }

    /** Verification code and QR code for {@code <baseUrl>/verify/<code>} in the bottom margin of every page. */
    private static void footer(Document doc, int p, VerificationLink link) {
        PdfDocument pdf = doc.getPdfDocument();
        PdfPage page = pdf.getPage(p);
        BarcodeQRCode qr = new BarcodeQRCode(link.url(), Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
        PdfFormXObject xObject = qr.createFormXObject(ColorConstants.BLACK, pdf);
        float size = 15 * MM;
        float y = 3 * MM;
        PdfCanvas canvas = new PdfCanvas(page.newContentStreamAfter(), page.getResources(), pdf);
        canvas.addXObjectFittedIntoRectangle(xObject, new Rectangle(LEFT, y, size, size)).release();
        Paragraph text = new Paragraph("核验码：" + link.code() + "\n扫码或访问 " + link.url() + " 核验本函真伪")
                .setFontSize(8.5f).setMultipliedLeading(1.35f).setMargin(0).setFontColor(new DeviceRgb(0x40, 0x40, 0x40));
        doc.showTextAligned(text, LEFT + size + 3 * MM, y + size / 2, p, TextAlignment.LEFT, VerticalAlignment.MIDDLE, 0);
    }

    /** 草稿 under the text of every page of a draft. */
    private void watermark(Document doc, int p) {
        PdfDocument pdf = doc.getPdfDocument();
        PdfPage page = pdf.getPage(p);
        PdfCanvas under = new PdfCanvas(page.newContentStreamBefore(), page.getResources(), pdf);
        try (Canvas canvas = new Canvas(under, page.getPageSize())) {
            canvas.setFontProvider(doc.getFontProvider());
            canvas.showTextAligned(new Paragraph("草 稿").setFontFamily(ReplyFonts.HEI, ReplyFonts.FALLBACK)
                            .setFontSize(130).setFontColor(WATERMARK).setMargin(0),
                    A4.getWidth() / 2, A4.getHeight() / 2, p, TextAlignment.CENTER, VerticalAlignment.MIDDLE,
                    (float) Math.toRadians(35));
        }
    }

    private static Paragraph line(String text) {
        return new Paragraph(text).setFixedLeading(LINE).setCharacterSpacing(BODY_SPACING).setMargin(0);
    }

    private static Paragraph body(String text) {
        return line(text).setFirstLineIndent(2 * CHAR).setTextAlignment(TextAlignment.JUSTIFIED);
    }

    static List<String> titleLines(String title) {
        int at = title.indexOf(TITLE_BREAK);
        if (title.length() * TITLE_SIZE <= TYPE_WIDTH - 2 * TITLE_SIZE || at <= 0) {
            return List.of(title);
        }
        List<String> lines = new ArrayList<>();
        lines.add(title.substring(0, at));
        lines.add(title.substring(at));
        return lines;
    }
}
