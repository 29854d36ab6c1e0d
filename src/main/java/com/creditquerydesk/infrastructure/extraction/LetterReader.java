package com.creditquerydesk.infrastructure.extraction;

import com.creditquerydesk.application.extraction.LetterFieldExtractor;
import com.creditquerydesk.domain.model.extraction.DocumentText;
import com.creditquerydesk.domain.model.extraction.ExtractionRepository.LetterReading;
import com.creditquerydesk.domain.model.extraction.ExtractionRepository.PageImage;
import com.creditquerydesk.domain.model.extraction.OcrPage;
import com.creditquerydesk.domain.shared.BlobStore;
import com.creditquerydesk.infrastructure.ocr.OcrEngineHolder;
import com.creditquerydesk.infrastructure.ocr.preprocess.PageImages;
import com.creditquerydesk.infrastructure.ocr.preprocess.Preprocessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Reads a letter by the best path its file allows: DOCX structure, a PDF's text layer, or OCR of the page
 * images (scans, and PDFs whose text layer is missing or garbage). Page images the clerk will see are kept
 * (encrypted) in the blob store; box coordinates refer to them.
 */
@ApplicationScoped
public class LetterReader {

    /** Text PDFs: page images at 2× the PDF's point grid; the boxes stay in points and the page says so. */
    static final float TEXT_PDF_RENDER_DPI = 144;

    private final LetterFieldExtractor extractor = new LetterFieldExtractor();

    @Inject
    OcrEngineHolder ocr;

    @Inject
    BlobStore store;

    public LetterReading read(byte[] content, String mediaType, IntConsumer pagesDone) {
        if (mediaType.contains("wordprocessingml")) {
            DocumentText text = new DocxTextReader().read(new ByteArrayInputStream(content));
            pagesDone.accept(1);
            return new LetterReading(extractor.extract(text), "DOCX", List.of());
        }
        if (mediaType.equals("application/pdf")) {
            DocumentText text = new PdfTextReader().read(content);
            if (!text.needsOcr()) {
                return new LetterReading(extractor.extract(text), "PDF_TEXT", renderTextPdf(content, text, pagesDone));
            }
        }
        return readByOcr(content, pagesDone);
    }

    private LetterReading readByOcr(byte[] content, IntConsumer pagesDone) {
        Preprocessor preprocessor = new Preprocessor(ocr.settings().removeRed());
        List<OcrPage> pages = new ArrayList<>();
        List<PageImage> images = new ArrayList<>();
        PageImages.forEachPage(content, (index, image, dpi) -> {
            BufferedImage prepared = preprocessor.prepare(image).image();
            pages.add(ocr.engine().recognize(prepared, index, dpi));
            images.add(new PageImage(index + 1, prepared.getWidth(), prepared.getHeight(), keep(prepared)));
            pagesDone.accept(index + 1);
        });
        return new LetterReading(extractor.extractOcr(pages), "OCR:" + ocr.engine().name(), images);
    }

    private List<PageImage> renderTextPdf(byte[] content, DocumentText text, IntConsumer pagesDone) {
        List<PageImage> images = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(content)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            for (DocumentText.TextPage page : text.pages()) {
                BufferedImage image = renderer.renderImageWithDPI(page.pageNumber() - 1, TEXT_PDF_RENDER_DPI, ImageType.RGB);
                images.add(new PageImage(page.pageNumber(), page.width(), page.height(), keep(image)));
                pagesDone.accept(page.pageNumber());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return images;
    }

    /** Stores a page image as PNG and answers its address. */
    private String keep(BufferedImage image) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            byte[] png = out.toByteArray();
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(png));
            store.put(sha, png);
            return sha;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
