package com.creditquerydesk.infrastructure.ocr.tesseract;

import com.creditquerydesk.domain.model.extraction.Box;
import com.creditquerydesk.domain.model.extraction.OcrEngine;
import com.creditquerydesk.domain.model.extraction.OcrLine;
import com.creditquerydesk.domain.model.extraction.OcrPage;
import com.creditquerydesk.domain.shared.InfrastructureException;
import com.creditquerydesk.infrastructure.ocr.OcrSettings;
import com.creditquerydesk.infrastructure.ocr.TableRules;
import com.creditquerydesk.infrastructure.ocr.preprocess.Preprocessor;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;
import net.sourceforge.tess4j.ITessAPI;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessPageIterator;
import net.sourceforge.tess4j.ITessAPI.TessResultIterator;
import net.sourceforge.tess4j.TessAPI1;
import org.bytedeco.javacpp.Loader;

import static net.sourceforge.tess4j.ITessAPI.TessPageIteratorLevel.RIL_SYMBOL;
import static net.sourceforge.tess4j.ITessAPI.TessPageIteratorLevel.RIL_TEXTLINE;
import static net.sourceforge.tess4j.ITessAPI.TessPageIteratorLevel.RIL_WORD;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Tesseract 5.5 through Tess4J's C-API binding. The native libraries come from bytedeco's JavaCPP jars
 * (no system package): JavaCPP extracts them to its cache, and JNA is pointed there. A Tesseract handle is not
 * thread-safe, so the engine keeps a small pool of initialised handles ({@code tesseract.instances}).
 * Lines that look misread (Latin letters, low confidence) are read again with the Chinese model alone.
 */
public final class TesseractEngine implements OcrEngine, AutoCloseable {

    public static final String NAME = "tesseract";

    /** How Tesseract reads a vertical table rule. */
    private static final Set<String> RULE_SYMBOLS = Set.of("|", "｜", "丨");

    private static boolean nativesReady;

    private static final int PSM_SINGLE_LINE = 7;

    /** One page handle (the configured languages) and one for rereading suspect lines. Not thread-safe. */
    private record Handles(TessBaseAPI page, TessBaseAPI line) {
        void delete() {
            TessAPI1.TessBaseAPIDelete(page);
            TessAPI1.TessBaseAPIDelete(line);
        }
    }

    private final BlockingQueue<Handles> pool;
    private final List<Handles> all;
    private final double mergeGap;
    private final double rereadBelow;

    private TesseractEngine(BlockingQueue<Handles> pool, double mergeGap, double rereadBelow) {
        this.pool = pool;
        this.all = new ArrayList<>(pool);
        this.mergeGap = mergeGap;
        this.rereadBelow = rereadBelow;
    }

    public static TesseractEngine create(OcrSettings settings) {
        loadNatives();
        Path tessdata = settings.modelsDir().resolve("tessdata");
        BlockingQueue<Handles> pool = new ArrayBlockingQueue<>(settings.tesseractInstances());
        try {
            for (int i = 0; i < settings.tesseractInstances(); i++) {
                TessBaseAPI page = init(tessdata, settings.tesseractLanguages(), settings.tesseractPsm(), settings);
                try {
                    pool.add(new Handles(page, init(tessdata, settings.tesseractRereadLanguages(), PSM_SINGLE_LINE,
                            settings)));
                } catch (RuntimeException e) {
                    TessAPI1.TessBaseAPIDelete(page);
                    throw e;
                }
            }
        } catch (RuntimeException e) {
            pool.forEach(Handles::delete);
            throw e;
        }
        return new TesseractEngine(pool, settings.lineMergeGap(), settings.tesseractRereadBelow());
    }

    private static TessBaseAPI init(Path tessdata, String languages, int psm, OcrSettings settings) {
        TessBaseAPI api = TessAPI1.TessBaseAPICreate();
        if (TessAPI1.TessBaseAPIInit3(api, tessdata.toString(), languages) != 0) {
            TessAPI1.TessBaseAPIDelete(api);
            throw new InfrastructureException("ocr.tesseract.load", "无法加载 Tesseract 语言数据：" + tessdata,
                    "cannot initialise Tesseract with " + languages + " from " + tessdata);
        }
        TessAPI1.TessBaseAPISetPageSegMode(api, psm);
        // Without a DPI Tesseract guesses about 677 for bitmaps and drops small text (docs/domain.md#engines).
        TessAPI1.TessBaseAPISetVariable(api, "user_defined_dpi", String.valueOf(settings.tesseractDpi()));
        return api;
    }

    /**
     * Loading the bytedeco class makes JavaCPP extract libtesseract and libleptonica and load them; JNA then
     * finds libtesseract.so.* in that folder, and its leptonica dependency is already in the process.
     */
    private static synchronized void loadNatives() {
        if (nativesReady) {
            return;
        }
        Loader.load(org.bytedeco.leptonica.global.leptonica.class);
        String jni = Loader.load(org.bytedeco.tesseract.global.tesseract.class);
        if (jni == null || Path.of(jni).getParent() == null) {
            throw new InfrastructureException("ocr.tesseract.natives", "找不到 Tesseract 本地库",
                    "JavaCPP did not report where it extracted Tesseract (got " + jni + ")");
        }
        NativeLibrary.addSearchPath("tesseract", Path.of(jni).getParent().toString());
        nativesReady = true;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public OcrPage recognize(BufferedImage image, int pageIndex, int dpi) {
        BufferedImage grey = Preprocessor.toGrey(image, false);
        int w = grey.getWidth();
        int h = grey.getHeight();
        byte[] pixels = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        ByteBuffer buffer = ByteBuffer.allocateDirect(pixels.length);
        buffer.put(pixels).flip();
        Handles handles = take();
        try {
            TessAPI1.TessBaseAPISetImage(handles.page, buffer, w, h, 1, w);
            TessAPI1.TessBaseAPISetSourceResolution(handles.page, dpi);
            if (TessAPI1.TessBaseAPIRecognize(handles.page, null) != 0) {
                throw new InfrastructureException("ocr.tesseract.failed", "Tesseract 识别第 " + (pageIndex + 1) + " 页失败",
                        "Tesseract failed on page " + (pageIndex + 1));
            }
            List<OcrLine> lines = lines(handles.page, grey);
            TessAPI1.TessBaseAPISetImage(handles.line, buffer, w, h, 1, w);
            TessAPI1.TessBaseAPISetSourceResolution(handles.line, dpi);
            lines.replaceAll(line -> suspect(line) ? reread(handles.line, grey, line) : line);
            return new OcrPage(pageIndex, w, h, lines);
        } finally {
            TessAPI1.TessBaseAPIClear(handles.page);
            TessAPI1.TessBaseAPIClear(handles.line);
            pool.add(handles);
        }
    }

    /**
     * With chi_sim+eng, the English model sometimes wins a Chinese line and returns Latin letters (a large
     * title, a name: docs/domain.md#engines). Such a line has Latin letters and a low confidence.
     */
    private boolean suspect(OcrLine line) {
        return line.confidence() < rereadBelow && line.text().chars().anyMatch(c -> c < 128 && Character.isLetter(c));
    }

    /** The line's box read again as a single line with the Chinese model only; the more confident reading wins. */
    private OcrLine reread(TessBaseAPI api, BufferedImage grey, OcrLine line) {
        Box b = line.box();
        TessAPI1.TessBaseAPISetRectangle(api, b.x(), b.y(), b.width(), b.height());
        if (TessAPI1.TessBaseAPIRecognize(api, null) != 0) {
            return line;
        }
        List<OcrLine> again = lines(api, grey);
        return again.size() == 1 && again.get(0).confidence() > line.confidence() ? again.get(0) : line;
    }

    /**
     * Walks the result symbol by symbol. Tesseract's TEXTLINE runs across a whole table row, so a line is cut
     * where the next word is further than {@code mergeGap} line heights or behind a table rule; each piece's
     * confidence is the mean of its word confidences, and each symbol gives one character confidence.
     * Tesseract puts spaces between Chinese characters; only spaces between Latin letters or digits are kept.
     */
    private List<OcrLine> lines(TessBaseAPI api, BufferedImage grey) {
        List<OcrLine> lines = new ArrayList<>();
        TessResultIterator ri = TessAPI1.TessBaseAPIGetIterator(api);
        if (ri == null) {
            return lines;
        }
        try {
            TessPageIterator pi = TessAPI1.TessResultIteratorGetPageIterator(ri);
            LineBuilder line = null;
            int lineHeight = 0;
            do {
                boolean lineStart = TessAPI1.TessPageIteratorIsAtBeginningOf(pi, RIL_TEXTLINE) == ITessAPI.TRUE;
                if (lineStart) {
                    lineHeight = box(pi, RIL_TEXTLINE).height();
                }
                String symbol = symbolText(ri);
                if (symbol.isBlank()) {
                    continue;
                }
                if (RULE_SYMBOLS.contains(symbol)) {
                    // A table rule read as a character: the cell ends here.
                    if (line != null) {
                        line.addTo(lines);
                    }
                    line = null;
                    continue;
                }
                boolean wordStart = lineStart || line == null
                        || TessAPI1.TessPageIteratorIsAtBeginningOf(pi, RIL_WORD) == ITessAPI.TRUE;
                if (wordStart) {
                    Box word = box(pi, line == null && !lineStart ? RIL_SYMBOL : RIL_WORD);
                    if (line == null || lineStart || word.x() - line.box.right() > mergeGap * lineHeight
                            || TableRules.ruleBetween(grey, line.box, word)) {
                        if (line != null) {
                            line.addTo(lines);
                        }
                        line = new LineBuilder(word);
                    }
                    line.word(word, TessAPI1.TessResultIteratorConfidence(ri, RIL_WORD));
                }
                line.add(symbol, TessAPI1.TessResultIteratorConfidence(ri, RIL_SYMBOL));
            } while (TessAPI1.TessResultIteratorNext(ri, RIL_SYMBOL) == ITessAPI.TRUE);
            if (line != null) {
                line.addTo(lines);
            }
        } finally {
            TessAPI1.TessResultIteratorDelete(ri);
        }
        return lines;
    }

    private static String symbolText(TessResultIterator ri) {
        Pointer p = TessAPI1.TessResultIteratorGetUTF8Text(ri, RIL_SYMBOL);
        if (p == null) {
            return "";
        }
        try {
            return p.getString(0, StandardCharsets.UTF_8.name());
        } finally {
            TessAPI1.TessDeleteText(p);
        }
    }

    private static Box box(TessPageIterator pi, int level) {
        IntBuffer l = IntBuffer.allocate(1);
        IntBuffer t = IntBuffer.allocate(1);
        IntBuffer r = IntBuffer.allocate(1);
        IntBuffer b = IntBuffer.allocate(1);
        TessAPI1.TessPageIteratorBoundingBox(pi, level, l, t, r, b);
        return new Box(l.get(0), t.get(0), Math.max(1, r.get(0) - l.get(0)), Math.max(1, b.get(0) - t.get(0)));
    }

    private Handles take() {
        try {
            return pool.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InfrastructureException("ocr.tesseract.interrupted", "OCR 被中断", "OCR was interrupted");
        }
    }

    @Override
    public void close() {
        all.forEach(Handles::delete);
        all.clear();
    }

    private static final class LineBuilder {
        private Box box;
        private final StringBuilder text = new StringBuilder();
        private final List<Double> charConfidences = new ArrayList<>();
        private double wordConfidenceSum;
        private int words;
        private boolean wordBreak;

        LineBuilder(Box first) {
            this.box = first;
        }

        void word(Box word, float confidence) {
            box = box.union(word);
            wordConfidenceSum += unit(confidence);
            words++;
            wordBreak = true;
        }

        void add(String symbol, float confidence) {
            double c = unit(confidence);
            if (wordBreak && !text.isEmpty() && latinOrDigit(text.charAt(text.length() - 1))
                    && latinOrDigit(symbol.charAt(0))) {
                text.append(' ');
                charConfidences.add(Math.min(c, charConfidences.get(charConfidences.size() - 1)));
            }
            wordBreak = false;
            text.append(symbol);
            for (int i = 0; i < symbol.length(); i++) {
                charConfidences.add(c);
            }
        }

        void addTo(List<OcrLine> lines) {
            if (!text.isEmpty()) {
                lines.add(new OcrLine(text.toString(), wordConfidenceSum / words, box,
                        charConfidences.stream().mapToDouble(Double::doubleValue).toArray()));
            }
        }

        private static double unit(float percent) {
            return Math.max(0, Math.min(100, percent)) / 100.0;
        }

        private static boolean latinOrDigit(char c) {
            return c < 128 && Character.isLetterOrDigit(c);
        }
    }
}
