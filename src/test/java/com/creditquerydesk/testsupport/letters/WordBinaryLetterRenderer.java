package com.creditquerydesk.testsupport.letters;

import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A letter as a Word 97–2003 binary file (.doc; WPS Office writes the same for .wps), written by hand into an OLE2
 * container with POI's POIFS, since HWPF cannot create a document: a File Information Block (MS-DOC 2.5.1, nFib
 * 0x00C1), the text as one Unicode piece (the piece table in the 1Table stream), an empty style sheet and font table
 * and a zeroed DOP. No character or paragraph formatting: the text with Word's marks is all a reader needs, the
 * paragraph mark (0x0D), the page break (0x0C) and the cell mark (0x07) that ends each cell and, once more, each
 * table row, which is how Word stores a table in the text stream. The letter's text is DocxLetterRenderer's.
 */
public final class WordBinaryLetterRenderer {

    private static final int TEXT_OFFSET = 0x400;
    private static final int FC_LCB_PAIRS = 93;

    private WordBinaryLetterRenderer() {
    }

    public static byte[] render(LetterSpec spec) {
        return write(text(spec), false);
    }

    /** The letter with the FIB's fEncrypted flag set (and no encryption header: it is not really encrypted). */
    public static byte[] encrypted(LetterSpec spec) {
        return write(text(spec), true);
    }

    /** The letter's text with Word's marks, in DocxLetterRenderer's order. */
    static String text(LetterSpec spec) {
        StringBuilder t = new StringBuilder();
        if (spec.letterhead()) {
            para(t, spec.senderUnit());
            para(t, spec.docNumber());
            para(t, spec.title());
        } else {
            para(t, spec.title());
            para(t, spec.docNumber());
        }
        para(t, "");
        para(t, spec.addressee() + "：");
        para(t, spec.body());
        para(t, spec.contactText());
        para(t, "");
        para(t, "附件：查询对象名单（姓名、身份证号码）");
        para(t, "");
        para(t, "");
        para(t, spec.senderUnit());
        para(t, spec.dateText());
        t.append('\u000C');
        para(t, "附件");
        para(t, "查询对象名单");
        row(t, spec.tableHeader());
        for (int i = 0; i < spec.candidates().size(); i++) {
            row(t, spec.tableRow(i));
        }
        para(t, ""); // Word ends a document after a table with one more paragraph
        return t.toString();
    }

    private static void para(StringBuilder t, String text) {
        t.append(text).append('\r');
    }

    private static void row(StringBuilder t, List<String> cells) {
        cells.forEach(c -> t.append(c).append('\u0007'));
        t.append('\u0007');
    }

    /** The OLE2 file of a document whose main text is {@code text}. */
    public static byte[] write(String text, boolean encryptedFlag) {
        byte[] chars = text.getBytes(StandardCharsets.UTF_16LE);
        ByteBuffer word = ByteBuffer.allocate(TEXT_OFFSET + chars.length).order(ByteOrder.LITTLE_ENDIAN);
        ByteBuffer table = ByteBuffer.allocate(4096).order(ByteOrder.LITTLE_ENDIAN);

        // 1Table: the style sheet (an Stshi of 18 bytes, no styles), an empty font table, a zeroed DOP, the piece table.
        int stsh = table.position();
        table.putShort((short) 18).putShort((short) 0).putShort((short) 10);
        table.position(stsh + 2 + 18);
        int stshLength = table.position() - stsh;
        int fonts = table.position();
        table.putShort((short) 0).putShort((short) 0);
        int dop = table.position();
        int dopLength = 544;
        table.position(dop + dopLength);
        int clx = table.position();
        table.put((byte) 0x02).putInt(2 * 4 + 8); // Pcdt: a PlcPcd of two CPs and one PCD
        table.putInt(0).putInt(text.length());
        table.putShort((short) 0).putInt(TEXT_OFFSET).putShort((short) 0); // fc without 0x40000000: UTF-16 text
        int clxLength = table.position() - clx;
        int tableLength = table.position();

        // WordDocument: FibBase, FibRgW97, FibRgLw97, FibRgFcLcb97, then the text.
        word.putShort((short) 0xA5EC).putShort((short) 0x00C1).putShort((short) 0).putShort((short) 0x0804)
                .putShort((short) 0).putShort((short) (0x1200 | (encryptedFlag ? 0x0100 : 0))) // fWhichTblStm | fExtChar
                .putShort((short) 0x00BF).putInt(0).put((byte) 0).put((byte) 0);
        word.position(32);
        word.putShort((short) 14);
        word.position(34 + 28);
        word.putShort((short) 22);
        int lw = word.position();
        word.putInt(lw, TEXT_OFFSET + chars.length); // cbMac
        word.putInt(lw + 12, text.length()); // ccpText
        word.position(lw + 88);
        word.putShort((short) FC_LCB_PAIRS);
        int pairs = word.position();
        pair(word, pairs, 1, stsh, stshLength); // STSHF
        pair(word, pairs, 15, fonts, 4); // STTBFFFN
        pair(word, pairs, 31, dop, dopLength); // DOP
        pair(word, pairs, 33, clx, clxLength); // CLX
        word.position(pairs + FC_LCB_PAIRS * 8);
        word.putShort((short) 0); // cswNew
        word.position(TEXT_OFFSET);
        word.put(chars);

        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fs.createDocument(new ByteArrayInputStream(word.array()), "WordDocument");
            byte[] t = new byte[tableLength];
            System.arraycopy(table.array(), 0, t, 0, tableLength);
            fs.createDocument(new ByteArrayInputStream(t), "1Table");
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void pair(ByteBuffer b, int start, int index, int fc, int lcb) {
        b.putInt(start + index * 8, fc).putInt(start + index * 8 + 4, lcb);
    }
}
