package com.creditquerydesk.infrastructure.documents;

import com.creditquerydesk.domain.model.reply.HitRecordRef;
import com.creditquerydesk.domain.model.reply.ReplyContent;
import com.creditquerydesk.domain.model.reply.ReplyRow;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

/**
 * The custom XML part a reply template binds to: one element per {@link ReplyField}, then
 * rows/row (serial, name, idNumber, result, records/record (court, caseNumber)). Built only from
 * {@link ReplyContent}, so a template cannot reach anything else (docs/rules.md#R3).
 */
public final class ReplyXml {

    public static final String ROOT = "reply";
    public static final String ROWS_XPATH = "/reply[1]/rows[1]/row";
    public static final String RECORDS_XPATH = "/reply[1]/rows[1]/row[1]/records[1]/record";

    private ReplyXml() {
    }

    public static String fieldXpath(ReplyField field) {
        return "/reply[1]/" + field.xmlName() + "[1]";
    }

    public static String rowXpath(String child) {
        return "/reply[1]/rows[1]/row[1]/" + child + "[1]";
    }

    public static String recordXpath(String child) {
        return "/reply[1]/rows[1]/row[1]/records[1]/record[1]/" + child + "[1]";
    }

    public static Document of(ReplyContent content) {
        Document doc = newDocument();
        Element root = doc.createElement(ROOT);
        doc.appendChild(root);
        for (ReplyField f : ReplyField.values()) {
            add(root, f.xmlName(), f.valueOf(content));
        }
        Element rows = add(root, "rows", null);
        for (ReplyRow r : content.rows()) {
            Element row = add(rows, "row", null);
            add(row, "serial", String.valueOf(r.serial()));
            add(row, "name", r.name());
            add(row, "idNumber", r.idNumber().value());
            add(row, "result", r.result());
            Element records = add(row, "records", null);
            for (HitRecordRef ref : r.records()) {
                Element record = add(records, "record", null);
                add(record, "court", ref.court());
                add(record, "caseNumber", ref.caseNumber());
            }
        }
        return doc;
    }

    private static Element add(Element parent, String name, String text) {
        Element e = parent.getOwnerDocument().createElement(name);
        if (text != null) {
            e.setTextContent(text);
        }
        parent.appendChild(e);
        return e;
    }

    static Document newDocument() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
