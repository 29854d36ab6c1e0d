package com.creditquerydesk.infrastructure.ocr.preprocess;

import com.creditquerydesk.domain.shared.DomainException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

/**
 * Page images of an uploaded scan: PDF pages rendered at 300 dpi (PDFBox), multi-page TIFF, PNG and JPEG
 * (ImageIO; the JDK reads TIFF since 9). Pages are handed over one at a time so only one full-resolution page
 * (a 300-dpi A4 RGB page is about 35 MB) is held at once.
 */
public final class PageImages {

    public static final int PDF_DPI = 300;
    /** Assumed when an image file does not state its resolution: scanners default to it. */
    public static final int DEFAULT_DPI = 300;
    /** A page larger than A3 at 600 dpi is not a letter: refuse it instead of running out of memory. */
    private static final long MAX_PIXELS = 7016L * 9921;

    /** Receives each page in order. */
    @FunctionalInterface
    public interface PageConsumer {
        void accept(int pageIndex, BufferedImage image, int dpi);
    }

    public enum Format { PDF, TIFF, PNG, JPEG }

    private PageImages() {
    }

    /** Calls {@code consumer} for each page of the file; returns the number of pages. */
    public static int forEachPage(Path file, PageConsumer consumer) {
        try {
            return forEachPage(Files.readAllBytes(file), consumer);
        } catch (IOException e) {
            throw unreadable(file, e.getMessage());
        }
    }

    /**
     * The same for a file held in memory (originals are stored encrypted, so they are never written out in
     * clear to be read).
     */
    public static int forEachPage(byte[] content, PageConsumer consumer) {
        Format format = detect(content);
        try {
            return format == Format.PDF ? pdfPages(content, consumer) : imagePages(content, consumer);
        } catch (IOException e) {
            throw unreadable(format.name(), e.getMessage());
        }
    }

    /** The format from the file's first bytes (the name and the declared type are not trusted). */
    public static Format detect(Path file) {
        byte[] head = new byte[8];
        try (InputStream in = Files.newInputStream(file)) {
            in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw unreadable(file, e.getMessage());
        }
        return detect(head);
    }

    public static Format detect(byte[] head) {
        int n = Math.min(head.length, 8);
        if (n >= 4 && head[0] == '%' && head[1] == 'P' && head[2] == 'D' && head[3] == 'F') {
            return Format.PDF;
        }
        if (n >= 4 && ((head[0] == 'I' && head[1] == 'I' && head[2] == 42 && head[3] == 0)
                || (head[0] == 'M' && head[1] == 'M' && head[2] == 0 && head[3] == 42))) {
            return Format.TIFF;
        }
        if (n >= 8 && (head[0] & 0xff) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G') {
            return Format.PNG;
        }
        if (n >= 3 && (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xd8 && (head[2] & 0xff) == 0xff) {
            return Format.JPEG;
        }
        throw new DomainException("scan.format.unsupported", "不支持的扫描件格式（仅支持 PDF、TIFF、PNG、JPEG）",
                "unsupported scan format (PDF, TIFF, PNG and JPEG are accepted)");
    }

    private static int pdfPages(byte[] content, PageConsumer consumer) throws IOException {
        try (PDDocument doc = Loader.loadPDF(content)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            int pages = doc.getNumberOfPages();
            for (int i = 0; i < pages; i++) {
                // RGB, not grey: the preprocessor needs colour to tell the red seal from the text.
                consumer.accept(i, renderer.renderImageWithDPI(i, PDF_DPI, ImageType.RGB), PDF_DPI);
            }
            return pages;
        }
    }

    private static int imagePages(byte[] content, PageConsumer consumer) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new java.io.ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw unreadable("image", "no image reader");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, false, false);
                int pages = reader.getNumImages(true);
                for (int i = 0; i < pages; i++) {
                    if ((long) reader.getWidth(i) * reader.getHeight(i) > MAX_PIXELS) {
                        throw new DomainException("scan.page.too-large", "第 " + (i + 1) + " 页图像过大",
                                "page " + (i + 1) + " is too large (" + reader.getWidth(i) + "x" + reader.getHeight(i)
                                        + " pixels)");
                    }
                    consumer.accept(i, reader.read(i), dpi(reader.getImageMetadata(i)));
                }
                return pages;
            } finally {
                reader.dispose();
            }
        }
    }

    /** Resolution from the standard metadata tree (HorizontalPixelSize is millimetres per pixel). */
    static int dpi(IIOMetadata metadata) {
        if (metadata == null || !metadata.isStandardMetadataFormatSupported()) {
            return DEFAULT_DPI;
        }
        Node root = metadata.getAsTree("javax_imageio_1.0");
        for (Node dim = root.getFirstChild(); dim != null; dim = dim.getNextSibling()) {
            if (!"Dimension".equals(dim.getNodeName())) {
                continue;
            }
            for (Node n = dim.getFirstChild(); n != null; n = n.getNextSibling()) {
                if ("HorizontalPixelSize".equals(n.getNodeName())) {
                    NamedNodeMap attrs = n.getAttributes();
                    Node value = attrs == null ? null : attrs.getNamedItem("value");
                    if (value != null) {
                        try {
                            double mmPerPixel = Double.parseDouble(value.getNodeValue());
                            int dpi = (int) Math.round(25.4 / mmPerPixel);
                            if (dpi >= 70 && dpi <= 1200) {
                                return dpi;
                            }
                        } catch (NumberFormatException e) {
                            return DEFAULT_DPI;
                        }
                    }
                }
            }
        }
        return DEFAULT_DPI;
    }

    private static DomainException unreadable(Path file, String detail) {
        return unreadable(String.valueOf(file.getFileName()), detail);
    }

    private static DomainException unreadable(String what, String detail) {
        return new DomainException("scan.unreadable", "无法读取扫描件：" + what, "cannot read the scan " + what + ": " + detail);
    }
}
