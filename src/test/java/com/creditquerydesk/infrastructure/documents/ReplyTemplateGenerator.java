package com.creditquerydesk.infrastructure.documents;

import com.creditquerydesk.domain.model.reply.ReplyKind;
import org.docx4j.XmlUtils;
import org.docx4j.customXmlProperties.DatastoreItem;
import org.docx4j.model.datastorage.CustomXmlDataStorageImpl;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.CustomXmlDataStoragePart;
import org.docx4j.openpackaging.parts.CustomXmlDataStoragePropertiesPart;
import org.docx4j.openpackaging.parts.PartName;
import org.docx4j.openpackaging.parts.WordprocessingML.FooterPart;
import org.docx4j.openpackaging.parts.WordprocessingML.HeaderPart;
import org.docx4j.wml.BooleanDefaultTrue;
import org.docx4j.openpackaging.parts.opendope.XPathsPart;
import org.docx4j.openpackaging.parts.relationships.RelationshipsPart.AddPartBehaviour;
import org.opendope.xpaths.Xpaths;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

/**
 * Builds the three reply templates (templates/reply-*.docx) from {@link ReplyWording}: the fixed wording as
 * plain runs, every field as a Word content control bound (w:dataBinding + OpenDoPE od:xpath) to the custom XML
 * part of {@link ReplyXml}, the table row and the records of a hit as od:repeat controls. Run
 * {@code main} (or the test with -Dtemplates.out=templates) to rebuild them after a wording change.
 */
public final class ReplyTemplateGenerator {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String RED = "E60012";
    private static final String FANG = font("仿宋_GB2312") + "<w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/>";
    private static final String XBS = font("方正小标宋简体") + "<w:sz w:val=\"44\"/><w:szCs w:val=\"44\"/>";
    private static final String HEI = font("黑体") + "<w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/>";
    private static final String TABLE = font("仿宋_GB2312") + "<w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/>";
    private static final String MARK = font("方正小标宋简体") + "<w:color w:val=\"" + RED
            + "\"/><w:spacing w:val=\"20\"/><w:sz w:val=\"52\"/><w:szCs w:val=\"52\"/>";
    /** Exactly 28.95 pt per line: 22 lines in the 225 mm type area (GB/T 9704). */
    private static final String LINE = "<w:spacing w:line=\"579\" w:lineRule=\"exact\" w:before=\"0\" w:after=\"0\"/>";

    /** Fixed ids, so a rebuilt template differs from the committed one only where the wording changed. */
    private final String storeItemId = uuid("credit-query-desk-reply");
    private final Xpaths xpaths = new Xpaths();
    private int sdtId = 1;

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "templates");
        for (ReplyKind kind : ReplyKind.values()) {
            new ReplyTemplateGenerator().write(kind, dir.resolve(kind.templateFile()));
        }
    }

    void write(ReplyKind kind, Path file) throws Exception {
        WordprocessingMLPackage pkg = WordprocessingMLPackage.createPackage();
        String firstHeader = addPart(pkg, new HeaderPart(new PartName("/word/header1.xml")), "hdr", firstHeader());
        String firstFooter = addPart(pkg, new FooterPart(new PartName("/word/footer1.xml")), "ftr", firstFooter());
        String oddFooter = addPart(pkg, new FooterPart(new PartName("/word/footer2.xml")), "ftr", pageNumber("right"));
        String evenFooter = addPart(pkg, new FooterPart(new PartName("/word/footer3.xml")), "ftr", pageNumber("left"));
        pkg.getMainDocumentPart().getDocumentSettingsPart().getJaxbElement().setEvenAndOddHeaders(new BooleanDefaultTrue());
        String body = letter(kind) + (kind.hasAttachment() ? attachment() : "") + sectPr(firstHeader, firstFooter, oddFooter, evenFooter);
        String xml = "<w:document xmlns:w=\"" + W + "\" xmlns:r=\"" + R + "\"><w:body>" + body + "</w:body></w:document>";
        pkg.getMainDocumentPart().setJaxbElement((org.docx4j.wml.Document) XmlUtils.unmarshalString(xml));
        pkg.getMainDocumentPart().getStyleDefinitionsPart().setJaxbElement(
                (org.docx4j.wml.Styles) XmlUtils.unmarshalString(styles()));

        CustomXmlDataStoragePart data = new CustomXmlDataStoragePart(new PartName("/customXml/item1.xml"));
        CustomXmlDataStorageImpl storage = new CustomXmlDataStorageImpl();
        storage.setDocument(placeholderData());
        data.setData(storage);
        pkg.getMainDocumentPart().addTargetPart(data, AddPartBehaviour.RENAME_IF_NAME_EXISTS);
        data.addTargetPart(properties("/customXml/itemProps1.xml", storeItemId));

        XPathsPart xpathsPart = new XPathsPart(new PartName("/customXml/item2.xml"));
        xpathsPart.setJaxbElement(xpaths);
        pkg.getMainDocumentPart().addTargetPart(xpathsPart, AddPartBehaviour.RENAME_IF_NAME_EXISTS);
        xpathsPart.addTargetPart(properties("/customXml/itemProps2.xml", uuid("credit-query-desk-reply-xpaths")));
        Files.createDirectories(file.toAbsolutePath().getParent());
        pkg.save(file.toFile());
    }

    private static String uuid(String seed) {
        return "{" + UUID.nameUUIDFromBytes(seed.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString().toUpperCase() + "}";
    }

    /**
     * Document defaults of 3号 仿宋 on the 28.95 pt line: text typed into the letter in Word, and any editor that
     * drops the formatting of a content control's run, still gets the body style.
     */
    private static String styles() {
        return "<w:styles xmlns:w=\"" + W + "\"><w:docDefaults><w:rPrDefault><w:rPr>" + FANG
                + "<w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\"/></w:rPr></w:rPrDefault>"
                + "<w:pPrDefault><w:pPr>" + LINE + "</w:pPr></w:pPrDefault></w:docDefaults>"
                + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>"
                + style("IssuerMark", "发文机关标志", "<w:jc w:val=\"center\"/>", MARK)
                + style("LetterTitle", "公文标题", "<w:snapToGrid w:val=\"0\"/><w:jc w:val=\"center\"/>", XBS)
                + style("TableText", "表格文字", "<w:spacing w:before=\"40\" w:after=\"40\" w:line=\"360\" w:lineRule=\"exact\"/>", TABLE)
                + "<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\"><w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/></w:style>"
                + "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:left w:w=\"108\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>"
                + "</w:styles>";
    }

    /** A paragraph style: its run properties also reach text an editor shows without the run's own formatting. */
    private static String style(String id, String name, String pPr, String rPr) {
        return "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"" + id + "\"><w:name w:val=\"" + name
                + "\"/><w:basedOn w:val=\"Normal\"/><w:qFormat/><w:pPr>" + pPr + "</w:pPr><w:rPr>" + rPr + "</w:rPr></w:style>";
    }

    /** Adds a header or footer part and answers its relationship id. */
    @SuppressWarnings("unchecked")
    private static String addPart(WordprocessingMLPackage pkg, org.docx4j.openpackaging.parts.JaxbXmlPart<?> part,
                                  String root, String content) throws Exception {
        String xml = "<w:" + root + " xmlns:w=\"" + W + "\">" + content + "</w:" + root + ">";
        ((org.docx4j.openpackaging.parts.JaxbXmlPart<Object>) part).setJaxbElement(XmlUtils.unmarshalString(xml));
        return pkg.getMainDocumentPart().addTargetPart(part).getId();
    }

    /**
     * GB/T 9704 letter format on page 1: the centre's name in red 小标宋 30 mm from the top (header distance),
     * the red double rule (thick over thin) 4 mm under it.
     */
    private String firstHeader() {
        return p("<w:pStyle w:val=\"IssuerMark\"/><w:pBdr><w:bottom w:val=\"thickThinSmallGap\" w:sz=\"24\" w:space=\"11\" w:color=\""
                + RED + "\"/></w:pBdr><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>",
                fieldRun(ReplyField.CENTRE_NAME, MARK));
    }

    /** The second red double rule (thin over thick) 20 mm above the bottom edge of page 1; no page number there. */
    private static String firstFooter() {
        return p("<w:pBdr><w:top w:val=\"thinThickSmallGap\" w:sz=\"24\" w:space=\"1\" w:color=\"" + RED
                + "\"/></w:pBdr><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"20\" w:lineRule=\"exact\"/>", "");
    }

    /** 4号 宋体 — n — : odd pages right, even pages left, one character in (GB/T 9704 7.5). */
    private static String pageNumber(String side) {
        String rPr = font("宋体") + "<w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/>";
        String indent = side.equals("right") ? "<w:ind w:right=\"280\"/>" : "<w:ind w:left=\"280\"/>";
        return p("<w:jc w:val=\"" + side + "\"/>" + indent, run("— ", rPr)
                + "<w:r><w:rPr>" + rPr + "</w:rPr><w:fldChar w:fldCharType=\"begin\"/></w:r>"
                + "<w:r><w:rPr>" + rPr + "</w:rPr><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>"
                + "<w:r><w:rPr>" + rPr + "</w:rPr><w:fldChar w:fldCharType=\"separate\"/></w:r>"
                + run("2", rPr)
                + "<w:r><w:rPr>" + rPr + "</w:rPr><w:fldChar w:fldCharType=\"end\"/></w:r>" + run(" —", rPr));
    }

    private static CustomXmlDataStoragePropertiesPart properties(String partName, String itemId) throws Exception {
        CustomXmlDataStoragePropertiesPart props = new CustomXmlDataStoragePropertiesPart(new PartName(partName));
        DatastoreItem item = new org.docx4j.customXmlProperties.ObjectFactory().createDatastoreItem();
        item.setItemID(itemId);
        props.setJaxbElement(item);
        return props;
    }

    /** What Word shows before binding: the template's own placeholders (XX单位, 年 月 日 …). */
    private static Document placeholderData() {
        Document doc = ReplyXml.newDocument();
        Element root = doc.createElement(ReplyXml.ROOT);
        doc.appendChild(root);
        for (ReplyField f : ReplyField.values()) {
            Element e = doc.createElement(f.xmlName());
            e.setTextContent(placeholder(f));
            root.appendChild(e);
        }
        Element row = child(child(root, "rows"), "row");
        for (String name : List.of("serial", "name", "idNumber", "result")) {
            child(row, name).setTextContent(name.equals("serial") ? "1" : "XX");
        }
        Element record = child(child(row, "records"), "record");
        child(record, "court").setTextContent("XX人民法院");
        child(record, "caseNumber").setTextContent("（XXXX）XX执XX号");
        return doc;
    }

    private static Element child(Element parent, String name) {
        Element e = parent.getOwnerDocument().createElement(name);
        parent.appendChild(e);
        return e;
    }

    private static String placeholder(ReplyField f) {
        return switch (f) {
            case ADDRESSEE -> "XX单位";
            case INCOMING_DATE, QUERY_DATE -> "月　日";
            case INCOMING_NUMBER -> "文号";
            case QUERY_KIND -> "录用、调任";
            case CENTRE_NAME -> "XX省公共信用信息中心";
            case CONTACT_PERSON, CONTACT_PHONE -> "XX";
            case REPLY_NUMBER -> "X信用函〔XXXX〕X号";
            case SIGN_OFF_DATE, ORIGINAL_DATE -> "年　月　日";
            case ORIGINAL_NUMBER -> "X信用函〔XXXX〕X号";
            case REFUSAL_REASON -> "XX";
        };
    }

    // ---- the letter ---------------------------------------------------------------------------------------

    private String letter(ReplyKind kind) {
        StringBuilder sb = new StringBuilder();
        // the issuer mark and the first red rule are in the first-page header (firstHeader)
        sb.append(p("<w:jc w:val=\"right\"/>" + LINE,
                fieldRun(ReplyField.REPLY_NUMBER, FANG)));
        sb.append(p(LINE, ""));
        String title = ReplyWording.title(kind);
        int at = title.indexOf("社会信用记录");
        // LetterTitle turns snapToGrid off: 2号 text is taller than the grid pitch and would take two grid lines
        sb.append(p("<w:pStyle w:val=\"LetterTitle\"/>" + LINE, line(title.substring(0, at), XBS)
                + "<w:r><w:br/></w:r>" + line(title.substring(at), XBS)));
        sb.append(p(LINE, ""));
        sb.append(p("<w:jc w:val=\"both\"/>" + LINE, line(ReplyWording.ADDRESSEE_LINE, FANG)));
        for (String text : ReplyWording.body(kind)) {
            sb.append(bodyP(line(text, FANG)));
        }
        sb.append(bodyP(line(ReplyWording.CONTACT_LINE, FANG)));
        sb.append(p(LINE, ""));
        if (kind.hasAttachment()) {
            sb.append(bodyP(line(ReplyWording.ATTACHMENT_NOTE, FANG)));
            sb.append(p(LINE, ""));
        }
        sb.append(p(LINE, ""));
        sb.append(p("<w:jc w:val=\"right\"/><w:ind w:right=\"1280\"/>" + LINE, fieldRun(ReplyField.CENTRE_NAME, FANG)));
        sb.append(p("<w:jc w:val=\"right\"/><w:ind w:right=\"1280\"/>" + LINE, fieldRun(ReplyField.SIGN_OFF_DATE, FANG)));
        return sb.toString();
    }

    private String attachment() {
        StringBuilder sb = new StringBuilder();
        sb.append(p(LINE, "<w:r><w:br w:type=\"page\"/></w:r>" + run("附件", HEI)));
        sb.append(p(LINE, ""));
        sb.append(p("<w:pStyle w:val=\"LetterTitle\"/>" + LINE, run(ReplyWording.ATTACHMENT_TITLE, XBS)));
        sb.append(p(LINE, ""));
        int[] widths = {800, 1300, 3100, 3650};
        StringBuilder grid = new StringBuilder("<w:tblGrid>");
        for (int w : widths) {
            grid.append("<w:gridCol w:w=\"").append(w).append("\"/>");
        }
        grid.append("</w:tblGrid>");
        String border = "w:val=\"single\" w:sz=\"6\" w:space=\"0\" w:color=\"000000\"";
        sb.append("<w:tbl><w:tblPr><w:tblW w:w=\"8850\" w:type=\"dxa\"/><w:jc w:val=\"center\"/><w:tblBorders>")
                .append("<w:top ").append(border).append("/><w:left ").append(border).append("/><w:bottom ")
                .append(border).append("/><w:right ").append(border).append("/><w:insideH ").append(border)
                .append("/><w:insideV ").append(border).append("/></w:tblBorders></w:tblPr>").append(grid);
        // heading row, repeated on every page
        sb.append("<w:tr><w:trPr><w:tblHeader/></w:trPr>");
        for (int i = 0; i < widths.length; i++) {
            sb.append(tc(widths[i], cellP("center", run(ReplyWording.TABLE_HEADINGS.get(i), HEI.replace("32", "28")))));
        }
        sb.append("</w:tr>");
        // one row per candidate: a repeating content control around the table row
        String row = "<w:tr>"
                + tc(widths[0], cellP("center", rowField("serial")))
                + tc(widths[1], cellP("center", rowField("name")))
                + tc(widths[2], cellP("center", rowField("idNumber")))
                + tc(widths[3], cellP("left", rowField("result")) + recordsRepeat())
                + "</w:tr>";
        sb.append(repeat("rows", ReplyXml.ROWS_XPATH, row));
        sb.append("</w:tbl>");
        sb.append(p(LINE, ""));
        return sb.toString();
    }

    /** The court and 案号 of each record of a hit, one paragraph per record. */
    private String recordsRepeat() {
        String rPr = TABLE.replace("28", "24");
        String para = cellP("left", bound("record_court", ReplyXml.recordXpath("court"), rPr) + run(" ", rPr)
                + bound("record_caseNumber", ReplyXml.recordXpath("caseNumber"), rPr));
        return repeat("records", ReplyXml.RECORDS_XPATH, para);
    }

    private String rowField(String name) {
        return bound("row_" + name, ReplyXml.rowXpath(name), TABLE);
    }

    private static String sectPr(String firstHeader, String firstFooter, String oddFooter, String evenFooter) {
        // A4; margins top 37 mm, bottom 35 mm, left 28 mm, right 26 mm (GB/T 9704 type area 156 × 225 mm);
        // header 30 mm from the top (issuer mark), footer 20 mm from the bottom (second red rule)
        return "<w:sectPr>"
                + "<w:headerReference w:type=\"first\" r:id=\"" + firstHeader + "\"/>"
                + "<w:footerReference w:type=\"default\" r:id=\"" + oddFooter + "\"/>"
                + "<w:footerReference w:type=\"even\" r:id=\"" + evenFooter + "\"/>"
                + "<w:footerReference w:type=\"first\" r:id=\"" + firstFooter + "\"/>"
                + "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
                + "<w:pgMar w:top=\"2098\" w:right=\"1474\" w:bottom=\"1984\" w:left=\"1588\" w:header=\"1701\" w:footer=\"1134\" w:gutter=\"0\"/>"
                + "<w:titlePg/>"
                + "<w:docGrid w:type=\"lines\" w:linePitch=\"579\"/></w:sectPr>";
    }

    // ---- WordprocessingML helpers ---------------------------------------------------------------------------

    /** A wording line: literal runs and bound field controls. */
    private String line(String wording, String rPr) {
        StringBuilder sb = new StringBuilder();
        for (ReplyWording.Segment s : ReplyWording.segments(wording)) {
            sb.append(s.isField() ? fieldRun(s.field(), rPr) : run(s.text(), rPr));
        }
        return sb.toString();
    }

    private String fieldRun(ReplyField f, String rPr) {
        return bound(f.xmlName(), ReplyXml.fieldXpath(f), rPr);
    }

    /** A run-level content control bound to one XPath of the reply XML. */
    private String bound(String id, String xpath, String rPr) {
        addXpath(id, xpath);
        return "<w:sdt><w:sdtPr><w:rPr>" + rPr + "</w:rPr><w:alias w:val=\"" + id + "\"/><w:tag w:val=\"od:xpath=" + id
                + "\"/><w:id w:val=\"" + sdtId++ + "\"/><w:dataBinding w:xpath=\"" + xpath + "\" w:storeItemID=\""
                + storeItemId + "\"/><w:text/></w:sdtPr><w:sdtContent>" + run(id, rPr) + "</w:sdtContent></w:sdt>";
    }

    /** A block/row-level repeating content control (OpenDoPE od:repeat). */
    private String repeat(String id, String xpath, String content) {
        addXpath(id, xpath);
        return "<w:sdt><w:sdtPr><w:alias w:val=\"" + id + "\"/><w:tag w:val=\"od:repeat=" + id + "\"/><w:id w:val=\""
                + sdtId++ + "\"/></w:sdtPr><w:sdtContent>" + content + "</w:sdtContent></w:sdt>";
    }

    private void addXpath(String id, String xpath) {
        if (xpaths.getXpath().stream().anyMatch(x -> x.getId().equals(id))) {
            return;
        }
        Xpaths.Xpath xp = new Xpaths.Xpath();
        xp.setId(id);
        Xpaths.Xpath.DataBinding db = new Xpaths.Xpath.DataBinding();
        db.setXpath(xpath);
        db.setStoreItemID(storeItemId);
        db.setPrefixMappings("");
        xp.setDataBinding(db);
        xpaths.getXpath().add(xp);
    }

    private static String p(String pPr, String runs) {
        return "<w:p><w:pPr>" + pPr + "</w:pPr>" + runs + "</w:p>";
    }

    private static String bodyP(String runs) {
        return p("<w:jc w:val=\"both\"/><w:ind w:firstLineChars=\"200\" w:firstLine=\"640\"/>" + LINE, runs);
    }

    private static String cellP(String jc, String runs) {
        return "<w:p><w:pPr><w:pStyle w:val=\"TableText\"/><w:jc w:val=\"" + jc + "\"/></w:pPr>" + runs + "</w:p>";
    }

    private static String tc(int width, String content) {
        return "<w:tc><w:tcPr><w:tcW w:w=\"" + width + "\" w:type=\"dxa\"/><w:vAlign w:val=\"center\"/></w:tcPr>"
                + content + "</w:tc>";
    }

    private static String run(String text, String rPr) {
        return "<w:r><w:rPr>" + rPr + "</w:rPr><w:t xml:space=\"preserve\">" + text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") + "</w:t></w:r>";
    }

    /** The GB font names Word expects on a centre's machine; the PDF uses the free Fandol stand-ins. */
    private static String font(String name) {
        return "<w:rFonts w:ascii=\"" + name + "\" w:eastAsia=\"" + name + "\" w:hAnsi=\"" + name + "\" w:cs=\"" + name + "\"/>";
    }
}
