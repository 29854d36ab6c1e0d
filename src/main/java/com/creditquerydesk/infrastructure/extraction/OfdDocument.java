package com.creditquerydesk.infrastructure.extraction;

import com.creditquerydesk.domain.shared.DomainException;
import com.creditquerydesk.domain.shared.DomainException.Kind;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * An OFD document (GB/T 33190-2016: a ZIP of XML) read for what a letter needs, without a full OFD library: the first
 * document's pages in order, each page's size, its text objects (each TextCode with its position: the object's
 * Boundary plus the code's X and Y, in millimetres, Y the baseline) and its image objects (Boundary and the
 * MultiMedia file's bytes). Layers and page blocks are read through; templates, paths, annotations and signatures are
 * not content of the letter. XML is parsed with DTDs refused and no external access; every path an XML names
 * (DocRoot, BaseLoc, MediaFile) is resolved inside the ZIP only, and one that climbs out of its root is refused
 * (docs/rules.md#R37). The ZIP has been checked under the upload budget before (ZipStructure).
 */
public final class OfdDocument {

    /** An A4 page when neither the page nor the document says. */
    private static final double[] A4 = {0, 0, 210, 297};

    public record OfdPage(int number, double width, double height, List<OfdText> texts, List<OfdImage> images) {
    }

    /** One TextCode: its text and where it stands (mm from the page's top left; y is the baseline), its font size. */
    public record OfdText(String text, double x, double baseline, double width, double size) {
    }

    /** One image object: its boundary on the page (mm) and the image file's bytes (PNG, JPEG, …) and format. */
    public record OfdImage(double x, double y, double width, double height, String format, byte[] data) {
    }

    private final List<OfdPage> pages;

    private OfdDocument(List<OfdPage> pages) {
        this.pages = List.copyOf(pages);
    }

    public List<OfdPage> pages() {
        return pages;
    }

    /** @throws DomainException FILE_CORRUPT when the OFD's structure is broken or names a path outside itself */
    public static OfdDocument read(byte[] zip) {
        try {
            return new Reader(entries(zip)).read();
        } catch (IOException | SAXException | ParserConfigurationException | RuntimeException e) {
            if (e instanceof DomainException d) {
                throw d;
            }
            throw corrupt(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    static DomainException corrupt(String why) {
        return new DomainException(Kind.UNPROCESSABLE, "FILE_CORRUPT", "OFD 文件结构已损坏或不完整，无法读取；请重新导出后上传",
                "the OFD is broken or incomplete (" + why + "); export it again");
    }

    private static Map<String, byte[]> entries(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (!e.isDirectory()) {
                    entries.put(e.getName(), in.readAllBytes());
                }
            }
        }
        return entries;
    }

    private static final class Reader {
        private final Map<String, byte[]> entries;
        private final DocumentBuilder builder;
        private final Map<String, String[]> media = new HashMap<>();

        Reader(Map<String, byte[]> entries) throws ParserConfigurationException {
            this.entries = entries;
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            this.builder = f.newDocumentBuilder();
        }

        OfdDocument read() throws IOException, SAXException {
            Element ofd = xml("OFD.xml");
            Element docRoot = first(first(ofd, "DocBody"), "DocRoot");
            if (docRoot == null) {
                throw corrupt("no DocRoot");
            }
            String docPath = resolve("", docRoot.getTextContent());
            String docDir = dir(docPath);
            Element document = xml(docPath);
            Element common = first(document, "CommonData");
            double[] defaultBox = box(first(first(common, "PageArea"), "PhysicalBox"), A4);
            for (String res : List.of("PublicRes", "DocumentRes")) {
                for (Element r : children(common, res)) {
                    resources(resolve(docDir, r.getTextContent()));
                }
            }
            List<OfdPage> pages = new ArrayList<>();
            for (Element page : children(first(document, "Pages"), "Page")) {
                String pagePath = resolve(docDir, page.getAttribute("BaseLoc"));
                Element content = xml(pagePath);
                double[] box = box(first(first(content, "Area"), "PhysicalBox"), defaultBox);
                List<OfdText> texts = new ArrayList<>();
                List<OfdImage> images = new ArrayList<>();
                objects(first(content, "Content"), texts, images);
                pages.add(new OfdPage(pages.size() + 1, box[2], box[3], texts, images));
            }
            if (pages.isEmpty()) {
                throw corrupt("no pages");
            }
            return new OfdDocument(pages);
        }

        /** A resource file: its MultiMedia entries (ID → format and file), resolved against its BaseLoc. */
        private void resources(String path) throws IOException, SAXException {
            Element res = xml(path);
            String base = res.hasAttribute("BaseLoc") ? resolve(dir(path), res.getAttribute("BaseLoc") + "/") : dir(path);
            for (Element group : children(res, "MultiMedias")) {
                for (Element m : children(group, "MultiMedia")) {
                    Element file = first(m, "MediaFile");
                    if (file != null) {
                        media.put(m.getAttribute("ID"), new String[]{m.getAttribute("Format"),
                                resolve(base, file.getTextContent())});
                    }
                }
            }
        }

        /** Text and image objects anywhere under the page's content (layers, page blocks), in document order. */
        private void objects(Element parent, List<OfdText> texts, List<OfdImage> images) {
            if (parent == null) {
                return;
            }
            for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (!(n instanceof Element e)) {
                    continue;
                }
                switch (e.getLocalName()) {
                    case "TextObject" -> text(e, texts);
                    case "ImageObject" -> image(e, images);
                    case "Layer", "PageBlock" -> objects(e, texts, images);
                    default -> {
                        // paths, annotations: not the letter's text
                    }
                }
            }
        }

        private void text(Element object, List<OfdText> texts) {
            double[] b = box(object.getAttribute("Boundary"), null);
            double size = number(object.getAttribute("Size"), 3.5);
            double lastX = 0;
            double lastY = size;
            for (Element code : children(object, "TextCode")) {
                String text = code.getTextContent().strip();
                lastX = code.hasAttribute("X") ? number(code.getAttribute("X"), 0) : lastX;
                lastY = code.hasAttribute("Y") ? number(code.getAttribute("Y"), size) : lastY;
                if (!text.isEmpty()) {
                    double width = Math.max(0, Math.min(b[2] - lastX, advance(code.getAttribute("DeltaX"), text, size)));
                    texts.add(new OfdText(text, b[0] + lastX, b[1] + lastY, width, size));
                }
            }
        }

        /** The text's advance from DeltaX (its "g n d" runs expanded) plus one em for the last character. */
        private static double advance(String deltaX, String text, double size) {
            if (deltaX == null || deltaX.isBlank()) {
                return text.codePointCount(0, text.length()) * size;
            }
            String[] t = deltaX.strip().split("\\s+");
            double sum = 0;
            for (int i = 0; i < t.length; i++) {
                if (t[i].equals("g") && i + 2 < t.length) {
                    sum += Integer.parseInt(t[i + 1]) * Double.parseDouble(t[i + 2]);
                    i += 2;
                } else {
                    sum += Double.parseDouble(t[i]);
                }
            }
            return sum + size;
        }

        private void image(Element object, List<OfdImage> images) {
            String[] m = media.get(object.getAttribute("ResourceID"));
            if (m == null) {
                throw corrupt("image resource " + object.getAttribute("ResourceID") + " is not declared");
            }
            double[] b = box(object.getAttribute("Boundary"), null);
            images.add(new OfdImage(b[0], b[1], b[2], b[3], m[0].toUpperCase(Locale.ROOT), bytes(m[1])));
        }

        private Element xml(String path) throws IOException, SAXException {
            return builder.parse(new ByteArrayInputStream(bytes(path))).getDocumentElement();
        }

        private byte[] bytes(String path) {
            byte[] b = entries.get(path);
            if (b == null) {
                throw corrupt("no entry " + path);
            }
            return b;
        }
    }

    /**
     * A path an OFD file names, inside the ZIP: absolute ("/Doc_0/…") from the root, else relative to {@code dir};
     * "." and ".." segments are taken out, and climbing above the root is refused.
     */
    static String resolve(String dir, String path) {
        String p = path == null ? "" : path.strip().replace('\\', '/');
        String joined = p.startsWith("/") ? p.substring(1) : dir + p;
        List<String> parts = new ArrayList<>();
        for (String s : joined.split("/")) {
            if (s.isEmpty() || s.equals(".")) {
                continue;
            }
            if (s.equals("..")) {
                if (parts.isEmpty()) {
                    throw corrupt("the path " + path + " leaves the OFD");
                }
                parts.remove(parts.size() - 1);
            } else {
                parts.add(s);
            }
        }
        return String.join("/", parts) + (joined.endsWith("/") && !parts.isEmpty() ? "/" : "");
    }

    private static String dir(String path) {
        return path.substring(0, path.lastIndexOf('/') + 1);
    }

    private static Element first(Element parent, String localName) {
        List<Element> c = children(parent, localName);
        return c.isEmpty() ? null : c.get(0);
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        if (parent == null) {
            return out;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    private static double[] box(Element e, double[] fallback) {
        return e == null ? fallback : box(e.getTextContent(), fallback);
    }

    /** "x y w h" in millimetres. */
    private static double[] box(String text, double[] fallback) {
        if (text == null || text.isBlank()) {
            if (fallback == null) {
                throw corrupt("an object without a Boundary");
            }
            return fallback;
        }
        String[] t = text.strip().split("\\s+");
        if (t.length != 4) {
            throw corrupt("a box of " + t.length + " numbers");
        }
        double[] b = new double[4];
        for (int i = 0; i < 4; i++) {
            b[i] = Double.parseDouble(t[i]);
            if (!Double.isFinite(b[i]) || Math.abs(b[i]) > 10_000) {
                throw corrupt("a box out of range: " + text);
            }
        }
        return b;
    }

    private static double number(String s, double fallback) {
        return s == null || s.isBlank() ? fallback : Double.parseDouble(s.strip());
    }
}
