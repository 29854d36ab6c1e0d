package com.creditquerydesk.testsupport.letters;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A letter as an OFD (GB/T 33190-2016), written by hand as a ZIP of XML: OFD.xml naming Doc_0/Document.xml, one
 * Content.xml per page with a text object per run where {@link LetterLayout} puts it (millimetres, Y the baseline
 * within the object's Boundary), or, for a scanned letter, one image object per page over the whole page with its PNG
 * in Doc_0/Res and declared in DocumentRes.xml. The entries can be replaced, to make hostile variants.
 */
public final class OfdLetterRenderer {

    static final String NS = "http://www.ofdspec.org/2016";
    private static final double MM_PER_PT = 25.4 / 72;

    private OfdLetterRenderer() {
    }

    /** A letter with a text layer. */
    public static byte[] text(LetterSpec spec) {
        return zip(textEntries(spec));
    }

    public static Map<String, byte[]> textEntries(LetterSpec spec) {
        List<String> pages = new ArrayList<>();
        for (LaidOutPage page : LetterLayout.layout(spec, spec.seed() % 2 == 0)) {
            StringBuilder c = new StringBuilder();
            int id = 100;
            for (LaidOutPage.TextItem t : page.items()) {
                double size = t.size() * MM_PER_PT;
                double top = t.top() * MM_PER_PT;
                c.append(String.format(Locale.ROOT, "<ofd:TextObject ID=\"%d\" Boundary=\"%.3f %.3f %.3f %.3f\" Font=\"2\" "
                                + "Size=\"%.3f\"><ofd:TextCode X=\"0\" Y=\"%.3f\">%s</ofd:TextCode></ofd:TextObject>",
                        id++, t.x() * MM_PER_PT, top, t.width() * MM_PER_PT + size, t.height() * MM_PER_PT, size,
                        t.baseline() * MM_PER_PT - top, escape(t.text())));
            }
            pages.add(c.toString());
        }
        return entries(pages, Map.of());
    }

    /** A scanned letter: each page an image over the whole page. */
    public static byte[] scan(List<BufferedImage> pageImages) {
        List<String> pages = new ArrayList<>();
        Map<String, byte[]> images = new LinkedHashMap<>();
        for (int i = 0; i < pageImages.size(); i++) {
            int resource = 500 + i;
            pages.add("<ofd:ImageObject ID=\"" + (900 + i) + "\" Boundary=\"0 0 210 297\" CTM=\"210 0 0 297 0 0\" "
                    + "ResourceID=\"" + resource + "\"/>");
            images.put(String.valueOf(resource), ScanLetterRenderer.png(pageImages.get(i)));
        }
        return zip(entries(pages, images));
    }

    /** The entries of an OFD of these pages' objects and these images (resource ID → PNG). */
    static Map<String, byte[]> entries(List<String> pageObjects, Map<String, byte[]> images) {
        Map<String, byte[]> e = new LinkedHashMap<>();
        put(e, "OFD.xml", "<ofd:OFD xmlns:ofd=\"" + NS + "\" Version=\"1.0\" DocType=\"OFD\"><ofd:DocBody><ofd:DocInfo>"
                + "<ofd:DocID>cqd-test</ofd:DocID><ofd:Creator>credit-query-desk tests</ofd:Creator></ofd:DocInfo>"
                + "<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>");
        StringBuilder doc = new StringBuilder("<ofd:Document xmlns:ofd=\"" + NS + "\"><ofd:CommonData>"
                + "<ofd:MaxUnitID>2000</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox>"
                + "</ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes>");
        if (!images.isEmpty()) {
            doc.append("<ofd:DocumentRes>DocumentRes.xml</ofd:DocumentRes>");
        }
        doc.append("</ofd:CommonData><ofd:Pages>");
        for (int i = 0; i < pageObjects.size(); i++) {
            doc.append("<ofd:Page ID=\"").append(10 + i).append("\" BaseLoc=\"Pages/Page_").append(i)
                    .append("/Content.xml\"/>");
        }
        doc.append("</ofd:Pages></ofd:Document>");
        put(e, "Doc_0/Document.xml", doc.toString());
        put(e, "Doc_0/PublicRes.xml", "<ofd:Res xmlns:ofd=\"" + NS + "\" BaseLoc=\"Res\"><ofd:Fonts><ofd:Font ID=\"2\" "
                + "FontName=\"仿宋\" FamilyName=\"仿宋\"/></ofd:Fonts></ofd:Res>");
        if (!images.isEmpty()) {
            StringBuilder res = new StringBuilder("<ofd:Res xmlns:ofd=\"" + NS + "\" BaseLoc=\"Res\"><ofd:MultiMedias>");
            images.forEach((id, bytes) -> {
                res.append("<ofd:MultiMedia ID=\"").append(id).append("\" Type=\"Image\" Format=\"PNG\"><ofd:MediaFile>image_")
                        .append(id).append(".png</ofd:MediaFile></ofd:MultiMedia>");
                e.put("Doc_0/Res/image_" + id + ".png", bytes);
            });
            res.append("</ofd:MultiMedias></ofd:Res>");
            put(e, "Doc_0/DocumentRes.xml", res.toString());
        }
        for (int i = 0; i < pageObjects.size(); i++) {
            put(e, "Doc_0/Pages/Page_" + i + "/Content.xml", "<ofd:Page xmlns:ofd=\"" + NS + "\"><ofd:Area>"
                    + "<ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:Area><ofd:Content><ofd:Layer ID=\""
                    + (20 + i) + "\">" + pageObjects.get(i) + "</ofd:Layer></ofd:Content></ofd:Page>");
        }
        return e;
    }

    public static byte[] zip(Map<String, byte[]> entries) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void put(Map<String, byte[]> e, String name, String xml) {
        e.put(name, ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + xml).getBytes(StandardCharsets.UTF_8));
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
