package com.creditquerydesk.testsupport.letters;

import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.io.image.ImageDataFactory;
import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.font.PdfFontFactory.EmbeddingStrategy;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;

import javax.imageio.ImageIO;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders a letter as a text PDF (iText): the shipped CJK fonts embedded as subsets, text placed where
 * {@link LetterLayout} put it, table borders as lines, the seal as a picture (as electronic seals are).
 */
public final class PdfLetterRenderer {

    private static final Color RED = new DeviceRgb(230, 0, 18);

    private PdfLetterRenderer() {
    }

    public static byte[] render(LetterSpec spec) {
        return render(LetterLayout.layout(spec, spec.seed() % 2 == 0));
    }

    public static byte[] render(List<LaidOutPage> pages) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(out))) {
            Map<LetterFonts.FontFile, PdfFont> fonts = new HashMap<>();
            float h = PageSize.A4.getHeight();
            for (LaidOutPage page : pages) {
                PdfCanvas canvas = new PdfCanvas(pdf.addNewPage(PageSize.A4));
                for (LaidOutPage.Rule r : page.rules()) {
                    canvas.setStrokeColor(r.red() ? RED : ColorConstants.BLACK).setLineWidth(r.lineWidth())
                            .moveTo(r.x1(), h - r.y1()).lineTo(r.x2(), h - r.y2()).stroke();
                }
                for (LaidOutPage.TextItem t : page.items()) {
                    LetterFonts.FontFile file = LetterFonts.get().fileFor(t.role(), t.text());
                    PdfFont font = fonts.computeIfAbsent(file, f -> load(f, pdf));
                    canvas.setFillColor(t.red() ? RED : ColorConstants.BLACK);
                    canvas.beginText().setFontAndSize(font, t.size()).moveText(t.x(), h - t.baseline())
                            .showText(t.text()).endText();
                }
                LaidOutPage.Seal seal = page.seal();
                if (seal != null) {
                    float d = seal.radius() * 2;
                    canvas.addImageFittedIntoRectangle(ImageDataFactory.create(png(seal)),
                            new Rectangle(seal.centerX() - seal.radius(), h - seal.centerY() - seal.radius(), d, d), false);
                }
            }
        }
        return out.toByteArray();
    }

    private static byte[] png(LaidOutPage.Seal seal) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(SealPainter.image(seal.unit(), 400), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PdfFont load(LetterFonts.FontFile f, PdfDocument pdf) {
        try {
            return f.isCollection()
                    ? PdfFontFactory.createTtcFont(f.path().toString(), f.ttcIndex(), PdfEncodings.IDENTITY_H,
                    EmbeddingStrategy.FORCE_EMBEDDED, false)
                    : PdfFontFactory.createFont(f.path().toString(), PdfEncodings.IDENTITY_H,
                    EmbeddingStrategy.FORCE_EMBEDDED, pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
