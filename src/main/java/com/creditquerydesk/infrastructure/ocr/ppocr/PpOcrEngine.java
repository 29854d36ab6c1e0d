package com.creditquerydesk.infrastructure.ocr.ppocr;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import com.creditquerydesk.domain.model.extraction.OcrEngine;
import com.creditquerydesk.domain.model.extraction.OcrPage;
import com.creditquerydesk.domain.shared.InfrastructureException;
import com.creditquerydesk.infrastructure.ocr.OcrSettings;
import com.creditquerydesk.infrastructure.ocr.TableRules;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * PaddleOCR PP-OCRv4 (mobile, Chinese + English) run by ONNX Runtime. Models and dictionary are the committed
 * files in {@code ocr-models/ppocr/}. Both sessions are created once and shared: ONNX Runtime sessions are
 * safe for concurrent {@code run} calls; each call uses {@code ppocr.threads} intra-op threads.
 */
public final class PpOcrEngine implements OcrEngine, AutoCloseable {

    public static final String NAME = "ppocr";

    private final OrtSession detSession;
    private final OrtSession recSession;
    private final TextDetector detector;
    private final TextRecognizer recognizer;
    private final LineAssembler assembler;

    private PpOcrEngine(OrtSession det, OrtSession rec, TextDetector detector, TextRecognizer recognizer,
                        LineAssembler assembler) {
        this.detSession = det;
        this.recSession = rec;
        this.detector = detector;
        this.recognizer = recognizer;
        this.assembler = assembler;
    }

    public static PpOcrEngine create(OcrSettings settings) {
        Path dir = settings.modelsDir().resolve("ppocr");
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        OrtSession det = null;
        try {
            List<String> dictionary = Files.readAllLines(dir.resolve("ppocr_keys_v1.txt"), StandardCharsets.UTF_8);
            det = env.createSession(dir.resolve("ch_PP-OCRv4_det_infer.onnx").toString(), options(settings));
            OrtSession rec = env.createSession(dir.resolve("ch_PP-OCRv4_rec_infer.onnx").toString(), options(settings));
            return new PpOcrEngine(det, rec,
                    new TextDetector(env, det, settings.detMaxSide(), settings.detThreshold(),
                            settings.detBoxThreshold(), settings.detUnclipRatio()),
                    new TextRecognizer(env, rec, dictionary, settings.recBatchSize()),
                    new LineAssembler(settings.recMinConfidence(), settings.lineMergeGap()));
        } catch (IOException | OrtException e) {
            closeQuietly(det);
            throw new InfrastructureException("ocr.ppocr.load", "无法加载 PP-OCR 模型：" + dir,
                    "cannot load the PP-OCR models from " + dir + ": " + e.getMessage(), e);
        }
    }

    private static OrtSession.SessionOptions options(OcrSettings settings) throws OrtException {
        OrtSession.SessionOptions o = new OrtSession.SessionOptions();
        o.setIntraOpNumThreads(settings.ppocrThreads());
        o.setInterOpNumThreads(1);
        o.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
        // Idle worker threads sleep instead of spinning: the server shares 2 cores with everything else.
        o.addConfigEntry("session.intra_op.allow_spinning", "0");
        return o;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public OcrPage recognize(BufferedImage image, int pageIndex, int dpi) {
        try {
            List<TextRegion> regions = detector.detect(image);
            return new OcrPage(pageIndex, image.getWidth(), image.getHeight(),
                    assembler.assemble(recognizer.recognize(image, regions),
                            (left, right) -> TableRules.ruleBetween(image, left, right)));
        } catch (OrtException e) {
            throw new InfrastructureException("ocr.ppocr.failed", "PP-OCR 识别第 " + (pageIndex + 1) + " 页失败",
                    "PP-OCR failed on page " + (pageIndex + 1) + ": " + e.getMessage(), e);
        }
    }

    /** The detector's regions of an image, as {@link #recognize} reads them (tests look at their slant). */
    List<TextRegion> detectForTest(BufferedImage image) throws OrtException {
        return detector.detect(image);
    }

    @Override
    public void close() {
        closeQuietly(detSession);
        closeQuietly(recSession);
    }

    private static void closeQuietly(OrtSession s) {
        if (s != null) {
            try {
                s.close();
            } catch (OrtException e) {
                // closing at shutdown: nothing left to do with the error
            }
        }
    }
}
