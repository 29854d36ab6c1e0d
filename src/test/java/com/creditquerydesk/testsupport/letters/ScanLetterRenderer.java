package com.creditquerydesk.testsupport.letters;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.CCITTFactory;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Rasterises a letter as a scanner would deliver it: pages drawn with Java2D at 150–300 dpi with the
 * shipped fonts, a red seal over the unit and date, then degraded (skew, blur, noise, JPEG artefacts,
 * grey). Writers give PNG, multi-page TIFF and image-only PDF.
 */
public final class ScanLetterRenderer {

    /**
     * How a scan is degraded; {@link #random} draws a realistic mix from a seed. {@code bilevel}: the 1-bit page of a
     * fax-mode scanner (CCITT G4), where the red seal turns as black as the text under it. {@code photo}: the page
     * photographed with a phone on a desk (perspective, vignette, uneven light, the desk around it).
     */
    public record ScanOptions(int dpi, double rotationDegrees, boolean blur, double noiseSigma, float jpegQuality,
                              boolean grey, boolean bilevel, boolean photo) {
        public static ScanOptions clean(int dpi) {
            return new ScanOptions(dpi, 0, false, 0, 1f, false, false, false);
        }

        public static ScanOptions random(Random r) {
            return new ScanOptions(150 + r.nextInt(151), (r.nextDouble() * 4) - 2, r.nextBoolean(),
                    r.nextDouble() * 12, 0.35f + r.nextFloat() * 0.4f, r.nextInt(3) == 0, false, false);
        }

        /** A 1-bit scan at 200 or 300 dpi, ±2°, with the speckle of a dirty glass. */
        public static ScanOptions bilevel(Random r) {
            return new ScanOptions(r.nextBoolean() ? 200 : 300, (r.nextDouble() * 4) - 2, false, r.nextDouble() * 6,
                    1f, false, true, false);
        }

        /** A colour scan at 150 dpi, ±2°, saved as JPEG of quality 35–75 (the scanner's "small file" setting). */
        public static ScanOptions lowJpeg(Random r) {
            return new ScanOptions(150, (r.nextDouble() * 4) - 2, false, r.nextDouble() * 4, 0.35f + r.nextFloat() * 0.4f,
                    false, false, false);
        }

        /** A phone photo: about 200 dpi over the page, ±2°, JPEG 70–90. */
        public static ScanOptions phonePhoto(Random r) {
            return new ScanOptions(190 + r.nextInt(31), (r.nextDouble() * 4) - 2, r.nextInt(3) == 0, 3 + r.nextDouble() * 5,
                    0.7f + r.nextFloat() * 0.2f, false, false, true);
        }
    }

    private ScanLetterRenderer() {
    }

    public static List<BufferedImage> render(LetterSpec spec, ScanOptions options) {
        Random noise = new Random(spec.seed() * 31 + 7);
        List<BufferedImage> out = new ArrayList<>();
        for (LaidOutPage page : LetterLayout.layout(spec, spec.seed() % 2 == 0)) {
            out.add(degrade(draw(page, options.dpi()), options, noise));
        }
        return out;
    }

    /** The clean page at the given resolution. */
    public static BufferedImage draw(LaidOutPage page, int dpi) {
        double scale = dpi / 72.0;
        int w = (int) Math.round(LaidOutPage.WIDTH * scale);
        int h = (int) Math.round(LaidOutPage.HEIGHT * scale);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.scale(scale, scale);
        Color red = new Color(230, 0, 18);
        for (LaidOutPage.Rule r : page.rules()) {
            g.setColor(r.red() ? red : Color.BLACK);
            g.setStroke(new BasicStroke(r.lineWidth()));
            g.draw(new Line2D.Float(r.x1(), r.y1(), r.x2(), r.y2()));
        }
        for (LaidOutPage.TextItem t : page.items()) {
            g.setColor(t.red() ? red : Color.BLACK);
            g.setFont(LetterFonts.get().awtFont(t.role(), t.text(), t.size()));
            g.drawString(t.text(), t.x(), t.baseline());
        }
        if (page.seal() != null) {
            LaidOutPage.Seal s = page.seal();
            SealPainter.paint(g, s.unit(), s.centerX(), s.centerY(), s.radius());
        }
        g.dispose();
        return img;
    }

    static BufferedImage degrade(BufferedImage page, ScanOptions o, Random r) {
        BufferedImage img = page;
        if (o.rotationDegrees() != 0) {
            BufferedImage rotated = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = rotated.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, img.getWidth(), img.getHeight());
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.rotate(Math.toRadians(o.rotationDegrees()), img.getWidth() / 2.0, img.getHeight() / 2.0);
            g.drawImage(img, 0, 0, null);
            g.dispose();
            img = rotated;
        }
        if (o.blur()) {
            float[] k = new float[9];
            java.util.Arrays.fill(k, 1f / 9);
            img = new ConvolveOp(new Kernel(3, 3, k), ConvolveOp.EDGE_NO_OP, null).filter(img, null);
        }
        if (o.noiseSigma() > 0) {
            for (int y = 0; y < img.getHeight(); y++) {
                for (int x = 0; x < img.getWidth(); x++) {
                    int rgb = img.getRGB(x, y);
                    int d = (int) Math.round(r.nextGaussian() * o.noiseSigma());
                    img.setRGB(x, y, (clamp(((rgb >> 16) & 255) + d) << 16) | (clamp(((rgb >> 8) & 255) + d) << 8)
                            | clamp((rgb & 255) + d));
                }
            }
        }
        if (o.grey()) {
            BufferedImage grey = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
            Graphics2D g = grey.createGraphics();
            g.drawImage(img, 0, 0, null);
            g.dispose();
            img = grey;
        }
        if (o.bilevel()) {
            img = threshold(img, 150 + r.nextInt(40));
        }
        if (o.photo()) {
            img = PhonePhoto.take(img, r);
        }
        if (o.jpegQuality() < 1f && !o.bilevel()) {
            try {
                img = ImageIO.read(new ByteArrayInputStream(jpeg(img, o.jpegQuality())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return img;
    }

    /** Black where the luminance is under {@code level}: what a scanner's fax mode does, seal included. */
    private static BufferedImage threshold(BufferedImage img, int level) {
        BufferedImage bw = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                int lum = (299 * ((rgb >> 16) & 255) + 587 * ((rgb >> 8) & 255) + 114 * (rgb & 255)) / 1000;
                bw.setRGB(x, y, lum < level ? 0xFF000000 : 0xFFFFFFFF);
            }
        }
        return bw;
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }

    public static byte[] png(BufferedImage img) {
        return write(List.of(img), "png", 1f);
    }

    public static byte[] jpeg(BufferedImage img, float quality) {
        return write(List.of(img), "jpeg", quality);
    }

    /** All pages in one multi-page TIFF (as sheet-fed scanners produce); 1-bit pages CCITT G4 compressed. */
    public static byte[] tiff(List<BufferedImage> pages) {
        return write(pages, "tiff", 1f);
    }

    /** An image-only PDF of 1-bit pages, each a CCITT G4 image, as fax-mode scanners deliver. */
    public static byte[] bilevelPdf(List<BufferedImage> pages) {
        try (PDDocument doc = new PDDocument()) {
            for (BufferedImage img : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(CCITTFactory.createFromImage(doc, img), 0, 0, PDRectangle.A4.getWidth(),
                            PDRectangle.A4.getHeight());
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An image-only PDF: one JPEG per A4 page, no text layer. */
    public static byte[] imagePdf(List<BufferedImage> pages) {
        try (PDDocument doc = new PDDocument()) {
            for (BufferedImage img : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(JPEGFactory.createFromImage(doc, img, 0.85f), 0, 0,
                            PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] write(List<BufferedImage> pages, String format, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (format.equals("jpeg")) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(quality);
            } else if (format.equals("tiff")) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionType(pages.get(0).getType() == BufferedImage.TYPE_BYTE_BINARY ? "CCITT T.6" : "Deflate");
            }
            if (pages.size() == 1) {
                writer.write(null, new IIOImage(rgbOrGrey(pages.get(0)), null, null), param);
            } else {
                writer.prepareWriteSequence(null);
                for (BufferedImage p : pages) {
                    writer.writeToSequence(new IIOImage(rgbOrGrey(p), null, null), param);
                }
                writer.endWriteSequence();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** JPEG writers reject images with alpha; keep grey pages grey. */
    private static BufferedImage rgbOrGrey(BufferedImage img) {
        if (img.getType() == BufferedImage.TYPE_BYTE_GRAY || img.getType() == BufferedImage.TYPE_BYTE_BINARY
                || img.getType() == BufferedImage.TYPE_INT_RGB
                || img.getType() == BufferedImage.TYPE_3BYTE_BGR) {
            return img;
        }
        BufferedImage rgb = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        g.drawImage(img, 0, 0, null);
        g.dispose();
        return rgb;
    }
}
