package com.creditquerydesk.testsupport.letters;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScanLetterRendererTest {

    private final LetterSpec spec = LetterGenerator.generate(11, 30);

    @Test
    void pagesAtTheRequestedResolutionWithARedSealOverTheDate() {
        List<BufferedImage> pages = ScanLetterRenderer.render(spec, ScanLetterRenderer.ScanOptions.clean(100));
        assertEquals(3, pages.size(), "letter page and a 30-row list over two pages");
        assertEquals(827, pages.get(0).getWidth(), "A4 at 100 dpi");
        LaidOutPage.Seal seal = LetterLayout.layout(spec, true).get(0).seal();
        double scale = 100 / 72.0;
        int red = 0;
        for (int dx = -40; dx <= 40; dx++) {
            for (int dy = -40; dy <= 40; dy++) {
                int rgb = pages.get(0).getRGB((int) (seal.centerX() * scale) + dx, (int) (seal.centerY() * scale) + dy);
                red += ((rgb >> 16) & 255) > 180 && ((rgb >> 8) & 255) < 120 ? 1 : 0;
            }
        }
        assertTrue(red > 200, "seal pixels around its centre: " + red);
    }

    @Test
    void degradedGreyScansAsMultiPageTiffAndImagePdf() throws IOException {
        ScanLetterRenderer.ScanOptions o = new ScanLetterRenderer.ScanOptions(100, 1.5, true, 6, 0.6f, true, false, false);
        List<BufferedImage> pages = ScanLetterRenderer.render(spec, o);
        assertEquals(BufferedImage.TYPE_BYTE_GRAY, ImageIO.read(new ByteArrayInputStream(ScanLetterRenderer.png(pages.get(0)))).getType());
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(ScanLetterRenderer.tiff(pages)))) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            assertEquals(3, reader.getNumImages(true));
        }
        byte[] pdf = ScanLetterRenderer.imagePdf(pages);
        assertTrue(new String(pdf, 0, 5).startsWith("%PDF"));
    }

    /** Fax mode: one bit per pixel, the seal as black as the text, G4 in the TIFF and in the PDF. */
    @Test
    void bilevelScansAreG4WithABlackSeal() throws IOException {
        List<BufferedImage> pages = ScanLetterRenderer.render(spec, ScanLetterRenderer.ScanOptions.bilevel(new java.util.Random(3)));
        assertEquals(BufferedImage.TYPE_BYTE_BINARY, pages.get(0).getType());
        LaidOutPage.Seal seal = LetterLayout.layout(spec, true).get(0).seal();
        double scale = pages.get(0).getWidth() / (double) LaidOutPage.WIDTH;
        int black = 0;
        for (int dx = -60; dx <= 60; dx++) {
            int rgb = pages.get(0).getRGB((int) ((seal.centerX() + seal.radius()) * scale),
                    (int) (seal.centerY() * scale) + dx);
            black += (rgb & 0xFFFFFF) == 0 ? 1 : 0;
        }
        assertTrue(black > 20, "the seal's ring is black: " + black);
        byte[] tiff = ScanLetterRenderer.tiff(pages);
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(tiff))) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            assertEquals(3, reader.getNumImages(true));
            assertEquals("CCITT T.6", ((javax.imageio.metadata.IIOMetadataNode) reader.getImageMetadata(0)
                    .getAsTree("javax_imageio_1.0")).getElementsByTagName("CompressionTypeName").item(0)
                    .getAttributes().getNamedItem("value").getNodeValue());
        }
        String pdf = new String(ScanLetterRenderer.bilevelPdf(pages), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue(pdf.contains("/CCITTFaxDecode"), "G4 images in the PDF");
    }

    /** A phone photo: the page smaller than the frame, the desk's brown in the corners, the page's white in the middle. */
    @Test
    void phonePhotosShowTheDeskAroundThePage() {
        List<BufferedImage> pages = ScanLetterRenderer.render(spec, ScanLetterRenderer.ScanOptions.phonePhoto(new java.util.Random(5)));
        BufferedImage photo = pages.get(0);
        double scale = photo.getWidth() / (LaidOutPage.WIDTH * ScanLetterRenderer.ScanOptions.phonePhoto(new java.util.Random(5)).dpi() / 72.0);
        assertTrue(scale > 1.1, "the frame is wider than the page: " + scale);
        int corner = photo.getRGB(3, 3);
        assertTrue(((corner >> 16) & 255) > (corner & 255) + 30, "desk (brown) in the corner: " + Integer.toHexString(corner));
        int middle = photo.getRGB(photo.getWidth() / 2, photo.getHeight() / 12);
        assertTrue((middle & 255) > 150, "paper near the top middle: " + Integer.toHexString(middle));
    }

    /** The projective map takes each corner where it was asked to. */
    @Test
    void homographyMapsTheFourCorners() {
        double[][] from = {{10, 12}, {200, 5}, {210, 300}, {3, 290}};
        double[][] to = {{0, 0}, {100, 0}, {100, 150}, {0, 150}};
        double[] h = PhonePhoto.homography(from, to);
        for (int i = 0; i < 4; i++) {
            double d = h[6] * from[i][0] + h[7] * from[i][1] + 1;
            assertEquals(to[i][0], (h[0] * from[i][0] + h[1] * from[i][1] + h[2]) / d, 1e-6);
            assertEquals(to[i][1], (h[3] * from[i][0] + h[4] * from[i][1] + h[5]) / d, 1e-6);
        }
    }
}
