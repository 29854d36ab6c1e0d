package com.creditquerydesk.infrastructure.ocr.tesseract;

import com.creditquerydesk.domain.model.extraction.Box;
import com.creditquerydesk.domain.model.extraction.OcrEngine;
import com.creditquerydesk.domain.model.extraction.OcrLine;
import com.creditquerydesk.domain.model.extraction.OcrPage;
import com.creditquerydesk.domain.shared.DomainException;
import com.creditquerydesk.infrastructure.ocr.OcrSettings;
import com.creditquerydesk.infrastructure.ocr.preprocess.Preprocessor;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;
import net.sourceforge.tess4j.ITessAPI;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessPageIterator;
import net.sourceforge.tess4j.ITessAPI.TessResultIterator;
import net.sourceforge.tess4j.TessAPI1;
import org.bytedeco.javacpp.Loader;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Tesseract 5.5 through Tess4J's C-API binding. The native libraries come from bytedeco's JavaCPP jars
 * (no system package): JavaCPP extracts them to its cache, and JNA is pointed there. A Tesseract handle is not
 * thread-safe, so the engine keeps a small pool of initialised handles ({@code tesseract.instances}).
 */
public final class TesseractEngine implements OcrEngine, AutoCloseable {

    public static final String NAME = "tesseract";

    private static boolean nativesReady;

    private final BlockingQueue<TessBaseAPI> pool;
    private final List<TessBaseAPI> all = new ArrayList<>();

    private TesseractEngine(BlockingQueue<TessBaseAPI> pool) {
        this.pool = pool;
        this.all.addAll(pool);
    }

    public static TesseractEngine create(OcrSettings settings) {
        loadNatives();
        Path tessdata = settings.modelsDir().resolve("tessdata");
        BlockingQueue<TessBaseAPI> pool = new ArrayBlockingQueue<>(settings.tesseractInstances());
        for (int i = 0; i < settings.tesseractInstances(); i++) {
            TessBaseAPI api = TessAPI1.TessBaseAPICreate();
            if (TessAPI1.TessBaseAPIInit3(api, tessdata.toString(), settings.tesseractLanguages()) != 0) {
                TessAPI1.TessBaseAPIDelete(api);
                pool.forEach(TessAPI1::TessBaseAPIDelete);
                throw new DomainException("ocr.tesseract.load", "无法加载 Tesseract 语言数据：" + tessdata,
                        "cannot initialise Tesseract with " + settings.tesseractLanguages() + " from " + tessdata);
            }
            TessAPI1.TessBaseAPISetPageSegMode(api, settings.tesseractPsm());
            // Without a DPI Tesseract guesses about 677 for bitmaps and drops small text (STACK.md).
            TessAPI1.TessBaseAPISetVariable(api, "user_defined_dpi", String.valueOf(settings.tesseractDpi()));
            pool.add(api);
        }
        return new TesseractEngine(pool);
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
            throw new DomainException("ocr.tesseract.natives", "找不到 Tesseract 本地库",
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
        TessBaseAPI api = take();
        try {
            TessAPI1.TessBaseAPISetImage(api, buffer, w, h, 1, w);
            TessAPI1.TessBaseAPISetSourceResolution(api, dpi);
            if (TessAPI1.TessBaseAPIRecognize(api, null) != 0) {
                throw new DomainException("ocr.tesseract.failed", "Tesseract 识别第 " + (pageIndex + 1) + " 页失败",
                        "Tesseract failed on page " + (pageIndex + 1));
            }
            return new OcrPage(pageIndex, w, h, lines(api));
        } finally {
            TessAPI1.TessBaseAPIClear(api);
            pool.add(api);
        }
    }

    /**
     * Walks the result symbol by symbol: a line starts where the iterator is at the beginning of a TEXTLINE,
     * whose box and confidence are read there; each symbol gives one character confidence. Tesseract puts
     * spaces between Chinese characters; only spaces between Latin letters or digits are kept.
     */
    private static List<OcrLine> lines(TessBaseAPI api) {
        List<OcrLine> lines = new ArrayList<>();
        TessResultIterator ri = TessAPI1.TessBaseAPIGetIterator(api);
        if (ri == null) {
            return lines;
        }
        try {
            TessPageIterator pi = TessAPI1.TessResultIteratorGetPageIterator(ri);
            LineBuilder line = null;
            do {
                if (TessAPI1.TessPageIteratorIsAtBeginningOf(pi, ITessAPI.TessPageIteratorLevel.RIL_TEXTLINE)
                        == ITessAPI.TRUE) {
                    if (line != null) {
                        line.addTo(lines);
                    }
                    line = new LineBuilder(box(pi, ITessAPI.TessPageIteratorLevel.RIL_TEXTLINE),
                            TessAPI1.TessResultIteratorConfidence(ri, ITessAPI.TessPageIteratorLevel.RIL_TEXTLINE));
                } else if (line != null && TessAPI1.TessPageIteratorIsAtBeginningOf(pi,
                        ITessAPI.TessPageIteratorLevel.RIL_WORD) == ITessAPI.TRUE) {
                    line.wordBreak();
                }
                Pointer p = TessAPI1.TessResultIteratorGetUTF8Text(ri, ITessAPI.TessPageIteratorLevel.RIL_SYMBOL);
                if (p != null && line != null) {
                    String symbol = p.getString(0, StandardCharsets.UTF_8.name());
                    line.add(symbol, TessAPI1.TessResultIteratorConfidence(ri,
                            ITessAPI.TessPageIteratorLevel.RIL_SYMBOL));
                }
                if (p != null) {
                    TessAPI1.TessDeleteText(p);
                }
            } while (TessAPI1.TessResultIteratorNext(ri, ITessAPI.TessPageIteratorLevel.RIL_SYMBOL) == ITessAPI.TRUE);
            if (line != null) {
                line.addTo(lines);
            }
        } finally {
            TessAPI1.TessResultIteratorDelete(ri);
        }
        return lines;
    }

    private static Box box(TessPageIterator pi, int level) {
        IntBuffer l = IntBuffer.allocate(1);
        IntBuffer t = IntBuffer.allocate(1);
        IntBuffer r = IntBuffer.allocate(1);
        IntBuffer b = IntBuffer.allocate(1);
        TessAPI1.TessPageIteratorBoundingBox(pi, level, l, t, r, b);
        return new Box(l.get(0), t.get(0), Math.max(1, r.get(0) - l.get(0)), Math.max(1, b.get(0) - t.get(0)));
    }

    private TessBaseAPI take() {
        try {
            return pool.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DomainException("ocr.tesseract.interrupted", "OCR 被中断", "OCR was interrupted");
        }
    }

    @Override
    public void close() {
        all.forEach(TessAPI1::TessBaseAPIDelete);
        all.clear();
    }

    private static final class LineBuilder {
        private final Box box;
        private final double confidence;
        private final StringBuilder text = new StringBuilder();
        private final List<Double> charConfidences = new ArrayList<>();
        private boolean wordBreak;

        LineBuilder(Box box, float confidence) {
            this.box = box;
            this.confidence = Math.max(0, Math.min(100, confidence)) / 100.0;
        }

        void wordBreak() {
            wordBreak = true;
        }

        void add(String symbol, float confidence) {
            if (symbol.isBlank()) {
                return;
            }
            double c = Math.max(0, Math.min(100, confidence)) / 100.0;
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
                lines.add(new OcrLine(text.toString(), confidence, box,
                        charConfidences.stream().mapToDouble(Double::doubleValue).toArray()));
            }
        }

        private static boolean latinOrDigit(char c) {
            return c < 128 && Character.isLetterOrDigit(c);
        }
    }
}
