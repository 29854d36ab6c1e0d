package com.creditquerydesk.infrastructure.extraction;

import com.creditquerydesk.application.intake.FileInspector.LetterFileType;
import com.creditquerydesk.domain.model.reading.LetterFieldExtractor;
import com.creditquerydesk.domain.model.reading.SheetList;
import com.creditquerydesk.domain.model.extraction.DocumentText;
import com.creditquerydesk.domain.model.extraction.ExtractionRepository.LetterReading;
import com.creditquerydesk.domain.model.extraction.ExtractionRepository.PageImage;
import com.creditquerydesk.domain.model.extraction.ExtractionResult;
import com.creditquerydesk.domain.model.extraction.LetterFileReader;
import com.creditquerydesk.domain.model.extraction.OcrEngine;
import com.creditquerydesk.domain.model.extraction.OcrPage;
import com.creditquerydesk.domain.shared.BlobStore;
import com.creditquerydesk.infrastructure.config.CentreConfig;
import com.creditquerydesk.infrastructure.ocr.combined.OcrEngineHolder;
import com.creditquerydesk.infrastructure.ocr.preprocess.PageImages;
import com.creditquerydesk.infrastructure.ocr.preprocess.Preprocessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import javax.imageio.ImageIO;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;

/**
 * Reads a letter by the best path its file allows: DOCX structure, a Word 97–2003 / WPS file's text, a spreadsheet's list,
 * a PDF's or OFD's text layer, or OCR of the page
 * images (scans, and PDFs whose text layer is missing or garbage). Page images the clerk will see are kept
 * (encrypted) in the blob store; box coordinates refer to them.
 */
@ApplicationScoped
public class LetterReader implements LetterFileReader {

    /** Text PDFs: page images at 2× the PDF's point grid; the boxes stay in points and the page says so. */
    static final float TEXT_PDF_RENDER_DPI = 144;

    @Inject
    OcrEngineHolder ocr;

    @Inject
    BlobStore store;

    @Inject
    CentreConfig centre;

    private volatile Font ofdFont;

    @Override
    public LetterReading read(byte[] content, String mediaType, IntConsumer pagesDone) {
        if (mediaType.contains("wordprocessingml")) {
            DocumentText text = new DocxTextReader().read(new ByteArrayInputStream(content));
            return new LetterReading(extractor().extract(text), "DOCX", drawnWordPages(text, pagesDone));
        }
        if (mediaType.equals(LetterFileType.DOC.mediaType())) {
            DocumentText text = new WordBinaryTextReader().read(content);
            return new LetterReading(extractor().extract(text), "DOC", drawnWordPages(text, pagesDone));
        }
        Optional<SpreadsheetReader.Format> sheet = spreadsheet(mediaType);
        if (sheet.isPresent()) {
            // Only the list is in a spreadsheet: the letter's fields are left for the clerk (docs/rules.md#R35).
            DocumentText text = SheetList.of(SpreadsheetReader.read(content, sheet.get()));
            pagesDone.accept(1);
            return new LetterReading(extractor().extract(text), sheet.get().name(), List.of());
        }
        if (mediaType.equals("application/pdf")) {
            DocumentText text = new PdfTextReader().read(content);
            if (!text.needsOcr()) {
                return new LetterReading(extractor().extract(text), "PDF_TEXT", renderTextPdf(content, text, pagesDone));
            }
        }
        if (mediaType.equals(LetterFileType.OFD.mediaType())) {
            return readOfd(OfdDocument.read(content), pagesDone);
        }
        return readByOcr(List.of(content), pagesDone);
    }

    /**
     * An OFD with text on every page reads like a text PDF, its pages drawn for the correction view; one with a
     * scanned page goes to OCR whole, the scans as they are and the text pages drawn at 300 dpi (docs/rules.md#R37).
     */
    private LetterReading readOfd(OfdDocument ofd, IntConsumer pagesDone) {
        DocumentText text = OfdPages.text(ofd);
        if (!text.needsOcr()) {
            List<PageImage> images = new ArrayList<>();
            for (int i = 0; i < ofd.pages().size(); i++) {
                DocumentText.TextPage page = text.pages().get(i);
                BufferedImage image = OfdPages.render(ofd.pages().get(i), ofdFont(), TEXT_PDF_RENDER_DPI);
                images.add(new PageImage(page.pageNumber(), page.width(), page.height(), keep(image)));
                pagesDone.accept(page.pageNumber());
            }
            return new LetterReading(extractor().extract(text), "OFD_TEXT", images);
        }
        List<byte[]> pages = new ArrayList<>();
        for (int i = 0; i < ofd.pages().size(); i++) {
            pages.add(text.pages().get(i).needsOcr() ? OfdPages.scan(ofd.pages().get(i))
                    : png(OfdPages.render(ofd.pages().get(i), ofdFont(), 300)));
        }
        return readByOcr(pages, pagesDone);
    }

    /**
     * The font OFD and Word text is drawn in (the letter's own fonts are rarely embedded, a Word file names them only):
     * templates/fonts/FandolSong.
     */
    private Font ofdFont() {
        Font f = ofdFont;
        if (f == null) {
            Path file = centre.templatesDir().resolve("fonts").resolve("FandolSong-Regular.otf");
            try (InputStream in = Files.newInputStream(file)) {
                f = Font.createFont(Font.TRUETYPE_FONT, in);
            } catch (IOException | FontFormatException e) {
                throw new IllegalStateException("the font for drawing OFD pages cannot be loaded: " + file, e);
            }
            ofdFont = f;
        }
        return f;
    }

    /** The reading's fields and rows, judged by the OCR settings' checks (docs/rules.md#R50). */
    private LetterFieldExtractor extractor() {
        return ocr.settings().extractor();
    }

    /** The spreadsheet format of a media type given at registration (FileInspector.LetterFileType), if it is one. */
    static Optional<SpreadsheetReader.Format> spreadsheet(String mediaType) {
        return Arrays.stream(SpreadsheetReader.Format.values())
                .filter(f -> LetterFileType.valueOf(f.name()).mediaType().equals(mediaType)).findFirst();
    }

    private LetterReading readByOcr(List<byte[]> files, IntConsumer pagesDone) {
        List<PageImage> images = new ArrayList<>();
        ExtractionResult result = readByOcr(files, ocr.engine(), new Preprocessor(ocr.settings().removeRed()),
                extractor(), ocr.secondEngine() == null ? null : new SecondReading(ocr.secondEngine()), (index, prepared) -> {
                    images.add(new PageImage(index + 1, prepared.getWidth(), prepared.getHeight(), keep(prepared)));
                    pagesDone.accept(index + 1);
                });
        return new LetterReading(result, "OCR:" + ocr.engine().name(), images);
    }

    /** Receives each page as it was prepared for OCR (0-based index), when its OCR is done. */
    @FunctionalInterface
    public interface PreparedPages {
        void accept(int pageIndex, BufferedImage prepared);
    }

    /**
     * The OCR path without the container (the accuracy report measures this same code): each page image of
     * the files, in order, is prepared (seal removal, grey, deskew) and read by {@code engine}, and the
     * fields are taken from all pages; the rows under the seal are read again if that reads better
     * and loses neither of them ({@link SealRows}); then {@code second} (null for none) reads the number and the unit again. A letter arrives as one file; a letter scanned page by page into single-image files (PNG, JPEG)
     * is several.
     */
    public static ExtractionResult readByOcr(List<byte[]> files, OcrEngine engine, Preprocessor preprocessor,
                                             LetterFieldExtractor extractor, SecondReading second,
                                             PreparedPages pagesDone) {
        List<OcrPage> pages = new ArrayList<>();
        List<Preprocessor.Result> results = new ArrayList<>();
        List<SecondReading.PreparedPage> prepared = new ArrayList<>();
        for (byte[] file : files) {
            int first = pages.size();
            PageImages.forEachPage(file, (index, image, dpi) -> {
                Preprocessor.Result page = preprocessor.prepare(image);
                pages.add(engine.recognize(page.image(), first + index, dpi));
                results.add(page);
                prepared.add(new SecondReading.PreparedPage(page.image(), dpi));
                pagesDone.accept(first + index, page.image());
            });
        }
        ExtractionResult first = extractor.extractOcr(pages);
        ExtractionResult result = SealRows.reread(first, pages, results, engine).map(extractor::extractOcr)
                .filter(again -> SealRows.keeps(first, again)).orElse(first);
        return second == null ? result : second.apply(result, prepared);
    }

    /** A Word letter's text drawn on pages for the correction view (docs/rules.md#R67); no boxes, none being known. */
    private List<PageImage> drawnWordPages(DocumentText text, IntConsumer pagesDone) {
        List<PageImage> images = new ArrayList<>();
        for (BufferedImage image : WordPages.render(text, ofdFont())) {
            images.add(new PageImage(images.size() + 1, image.getWidth(), image.getHeight(), keep(image)));
        }
        // Progress counts the file's pages as registered, the breaks Word's file has, not the rendition's.
        pagesDone.accept(text.pages().size());
        return images;
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
        return store.put(png(image));
    }

    private static byte[] png(BufferedImage image) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
