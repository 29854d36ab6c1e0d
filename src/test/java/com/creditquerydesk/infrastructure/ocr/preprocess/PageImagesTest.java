package com.creditquerydesk.infrastructure.ocr.preprocess;

import com.creditquerydesk.domain.shared.DomainException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageImagesTest {

    record Seen(int index, int width, int height, int dpi, int centre) {
    }

    @TempDir
    Path dir;

    @Test
    /** A4 is 595.3 × 841.9 pt: 2480 × 3507 pixels at 300 dpi. */
    void rendersEachPdfPageAt300Dpi() throws Exception {
        Path pdf = dir.resolve("letter.pdf");
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < 2; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.setNonStrokingColor(i == 0 ? Color.BLACK : Color.RED);
                    // A square around the page centre, to see each page's own content come back.
                    cs.addRect(PDRectangle.A4.getWidth() / 2 - 50, PDRectangle.A4.getHeight() / 2 - 50, 100, 100);
                    cs.fill();
                }
            }
            doc.save(pdf.toFile());
        }
        List<Seen> seen = read(pdf);
        assertEquals(2, seen.size());
        assertEquals(new Seen(0, 2480, 3507, 300, 0x000000), seen.get(0));
        assertEquals(new Seen(1, 2480, 3507, 300, 0xff0000), seen.get(1));
    }

    @Test
    void readsEveryPageOfATiff() throws Exception {
        Path tiff = dir.resolve("scan.tif");
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(tiff.toFile())) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            writer.writeToSequence(new IIOImage(square(200, 100, Color.BLACK), null, null), null);
            writer.writeToSequence(new IIOImage(square(300, 150, Color.BLUE), null, null), null);
            writer.writeToSequence(new IIOImage(square(100, 100, Color.GREEN), null, null), null);
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
        List<Seen> seen = read(tiff);
        assertEquals(List.of(new Seen(0, 200, 100, 300, 0x000000), new Seen(1, 300, 150, 300, 0x0000ff),
                new Seen(2, 100, 100, 300, 0x00ff00)), seen);
    }

    @Test
    void takesTheResolutionAPngStates() throws Exception {
        Path png = dir.resolve("scan.png");
        BufferedImage img = square(240, 120, Color.BLACK);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        IIOMetadata md = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(img), param);
        // The native pHYs chunk: the JDK's PNG writer inverts HorizontalPixelSize given in the standard tree.
        IIOMetadataNode phys = new IIOMetadataNode("pHYs");
        phys.setAttribute("pixelsPerUnitXAxis", "7874"); // 200 dpi in pixels per metre
        phys.setAttribute("pixelsPerUnitYAxis", "7874");
        phys.setAttribute("unitSpecifier", "meter");
        IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
        root.appendChild(phys);
        md.mergeTree("javax_imageio_png_1.0", root);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(png.toFile())) {
            writer.setOutput(out);
            writer.write(new IIOImage(img, null, md));
        } finally {
            writer.dispose();
        }
        assertEquals(List.of(new Seen(0, 240, 120, 200, 0)), read(png));
    }

    @Test
    void readsJpeg() throws Exception {
        Path jpg = dir.resolve("scan.jpg");
        ImageIO.write(square(160, 80, Color.WHITE), "jpeg", jpg.toFile());
        List<Seen> seen = read(jpg);
        assertEquals(1, seen.size());
        assertEquals(160, seen.get(0).width());
        assertEquals(PageImages.Format.JPEG, PageImages.detect(jpg));
    }

    @Test
    void refusesOtherFilesWithBothLanguages() throws Exception {
        Path doc = dir.resolve("letter.docx");
        Files.write(doc, new byte[]{'P', 'K', 3, 4, 0, 0, 0, 0});
        DomainException e = assertThrows(DomainException.class, () -> read(doc));
        assertEquals("scan.format.unsupported", e.code());
        assertTrue(e.messageZh().contains("不支持"));
        assertTrue(e.messageEn().contains("unsupported"));
    }

    private static List<Seen> read(Path file) {
        List<Seen> seen = new ArrayList<>();
        int n = PageImages.forEachPage(file, (i, img, dpi) -> seen.add(new Seen(i, img.getWidth(), img.getHeight(),
                dpi, img.getRGB(img.getWidth() / 2, img.getHeight() / 2) & 0xffffff)));
        assertEquals(n, seen.size());
        return seen;
    }

    private static BufferedImage square(int w, int h, Color colour) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, w, h);
        g.dispose();
        return img;
    }
}
