package com.creditquerydesk.testsupport.letters;

import org.docx4j.XmlUtils;
import org.docx4j.jaxb.Context;
import org.docx4j.model.table.TblFactory;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.wml.Br;
import org.docx4j.wml.HpsMeasure;
import org.docx4j.wml.Jc;
import org.docx4j.wml.JcEnumeration;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.PPr;
import org.docx4j.wml.PPrBase;
import org.docx4j.wml.R;
import org.docx4j.wml.RFonts;
import org.docx4j.wml.RPr;
import org.docx4j.wml.STBrType;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.Tc;
import org.docx4j.wml.Text;
import org.docx4j.wml.Tr;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.List;

/**
 * Renders a letter as a Word document the way a personnel office types it: title, number, addressee,
 * body, contact, the 附件 note, unit and date right-aligned; then a page break and the candidate list as
 * a real table (序号, 姓名, 身份证号码; some with 性别 and 拟任职位 too).
 */
public final class DocxLetterRenderer {

    private static final ObjectFactory WML = Context.getWmlObjectFactory();
    private static final int TWIPS_PER_CHAR = 320; // 3号 = 16 pt = 320 twips

    private DocxLetterRenderer() {
    }

    public static byte[] render(LetterSpec spec) {
        try {
            WordprocessingMLPackage pkg = WordprocessingMLPackage.createPackage();
            MainDocumentPart main = pkg.getMainDocumentPart();
            if (spec.letterhead()) {
                P head = WML.createP();
                head.setPPr(ppr(JcEnumeration.CENTER, 0, 0));
                R run = run(spec.senderUnit(), "方正小标宋简体", 52);
                org.docx4j.wml.Color red = WML.createColor();
                red.setVal("E60012");
                run.getRPr().setColor(red);
                head.getContent().add(run);
                main.getContent().add(head);
                add(main, spec.docNumber(), JcEnumeration.RIGHT, "仿宋_GB2312", 32, 0, 0);
                add(main, spec.title(), JcEnumeration.CENTER, "方正小标宋简体", 44, 0, 0);
            } else {
                add(main, spec.title(), JcEnumeration.CENTER, "方正小标宋简体", 44, 0, 0);
                add(main, spec.docNumber(), JcEnumeration.CENTER, "仿宋_GB2312", 32, 0, 0);
            }
            add(main, "", null, null, 32, 0, 0);
            add(main, spec.addressee() + "：", null, "仿宋_GB2312", 32, 0, 0);
            add(main, spec.body(), JcEnumeration.BOTH, "仿宋_GB2312", 32, 2, 0);
            add(main, spec.contactText(), null, "仿宋_GB2312", 32, 2, 0);
            add(main, "", null, null, 32, 0, 0);
            add(main, "附件：查询对象名单（姓名、身份证号码）", null, "仿宋_GB2312", 32, 2, 0);
            add(main, "", null, null, 32, 0, 0);
            add(main, "", null, null, 32, 0, 0);
            add(main, spec.senderUnit(), JcEnumeration.RIGHT, "仿宋_GB2312", 32, 0, 2);
            add(main, spec.dateText(), JcEnumeration.RIGHT, "仿宋_GB2312", 32, 0, 4);
            P pageBreak = WML.createP();
            R r = WML.createR();
            Br br = WML.createBr();
            br.setType(STBrType.PAGE);
            r.getContent().add(br);
            pageBreak.getContent().add(r);
            main.getContent().add(pageBreak);
            add(main, "附件", null, "黑体", 32, 0, 0);
            add(main, "查询对象名单", JcEnumeration.CENTER, "方正小标宋简体", 36, 0, 0);
            main.getContent().add(table(spec));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pkg.save(out);
            return out.toByteArray();
        } catch (Docx4JException e) {
            throw new IllegalStateException("docx rendering failed", e);
        }
    }

    private static Tbl table(LetterSpec spec) {
        int[] widths = spec.extraColumns() ? new int[]{700, 1700, 700, 3000, 1900} : new int[]{1000, 2600, 4400};
        Tbl tbl = TblFactory.createTable(spec.candidates().size() + 1, widths.length, 1600);
        List<Object> rows = tbl.getContent();
        fill(rows.get(0), widths, spec.tableHeader());
        for (int i = 0; i < spec.candidates().size(); i++) {
            fill(rows.get(i + 1), widths, spec.tableRow(i));
        }
        return tbl;
    }

    private static void fill(Object row, int[] widths, List<String> cells) {
        Tr tr = (Tr) XmlUtils.unwrap(row);
        for (int i = 0; i < cells.size(); i++) {
            Tc tc = (Tc) XmlUtils.unwrap(tr.getContent().get(i));
            tc.getTcPr().getTcW().setW(BigInteger.valueOf(widths[i]));
            P p = (P) tc.getContent().get(0);
            p.setPPr(ppr(JcEnumeration.CENTER, 0, 0));
            p.getContent().add(run(cells.get(i), "仿宋_GB2312", 28));
        }
    }

    private static void add(MainDocumentPart main, String text, JcEnumeration jc, String font, int halfPoints,
                            int firstLineChars, int rightChars) {
        P p = WML.createP();
        p.setPPr(ppr(jc, firstLineChars, rightChars));
        if (!text.isEmpty()) {
            p.getContent().add(run(text, font, halfPoints));
        }
        main.getContent().add(p);
    }

    private static PPr ppr(JcEnumeration jc, int firstLineChars, int rightChars) {
        PPr ppr = WML.createPPr();
        if (jc != null) {
            Jc j = WML.createJc();
            j.setVal(jc);
            ppr.setJc(j);
        }
        if (firstLineChars > 0 || rightChars > 0) {
            PPrBase.Ind ind = WML.createPPrBaseInd();
            ind.setFirstLine(BigInteger.valueOf((long) firstLineChars * TWIPS_PER_CHAR));
            ind.setRight(BigInteger.valueOf((long) rightChars * TWIPS_PER_CHAR));
            ppr.setInd(ind);
        }
        return ppr;
    }

    private static R run(String text, String font, int halfPoints) {
        R r = WML.createR();
        RPr rpr = WML.createRPr();
        RFonts fonts = WML.createRFonts();
        fonts.setEastAsia(font);
        fonts.setAscii(font);
        fonts.setHAnsi(font);
        rpr.setRFonts(fonts);
        HpsMeasure size = WML.createHpsMeasure();
        size.setVal(BigInteger.valueOf(halfPoints));
        rpr.setSz(size);
        rpr.setSzCs(size);
        r.setRPr(rpr);
        Text t = WML.createText();
        t.setValue(text);
        r.getContent().add(t);
        return r;
    }
}
