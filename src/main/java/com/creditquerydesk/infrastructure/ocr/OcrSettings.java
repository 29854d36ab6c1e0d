package com.creditquerydesk.infrastructure.ocr;

import com.creditquerydesk.domain.model.candidate.RegionCodes;
import com.creditquerydesk.domain.model.extraction.ReadingChecks;
import com.creditquerydesk.domain.model.extraction.UnitLexicon;
import com.creditquerydesk.domain.model.reading.LetterFieldExtractor;
import com.creditquerydesk.domain.shared.InfrastructureException;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * OCR settings from {@code ocr-models/ocr.properties}: models and settings change without a rebuild. The server
 * reads the models directory from its configuration ({@code cqd.ocr.models}); tests and benchmarks, outside the
 * container, from the same key as a system property or environment variable ({@link #load()}).
 */
public final class OcrSettings {

    public static final String DIR_PROPERTY = "cqd.ocr.models";
    public static final String DIR_ENV = "CQD_OCR_MODELS";

    public enum Engine { PPOCR, TESSERACT, BOTH }

    /** The names of sending units, beside the models (docs/rules.md#R99). */
    public static final String UNIT_LEXICON = "unit-lexicon.txt";

    private final Path modelsDir;
    private final Properties props;
    private volatile UnitLexicon unitLexicon;

    private OcrSettings(Path modelsDir, Properties props) {
        this.modelsDir = modelsDir;
        this.props = props;
    }

    /** Settings from the models directory named by -Dcqd.ocr.models or CQD_OCR_MODELS, else ./ocr-models. */
    public static OcrSettings load() {
        String dir = System.getProperty(DIR_PROPERTY);
        if (dir == null || dir.isBlank()) {
            dir = System.getenv(DIR_ENV);
        }
        return load(Path.of(dir == null || dir.isBlank() ? "ocr-models" : dir));
    }

    public static OcrSettings load(Path modelsDir) {
        Path file = modelsDir.resolve("ocr.properties");
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new InfrastructureException("ocr.settings.missing", "找不到 OCR 配置文件：" + file.toAbsolutePath(),
                    "cannot read the OCR settings " + file.toAbsolutePath() + " (set -D" + DIR_PROPERTY + " or "
                            + DIR_ENV + ")");
        }
        return new OcrSettings(modelsDir.toAbsolutePath().normalize(), p);
    }

    public Path modelsDir() {
        return modelsDir;
    }

    public Engine engine() {
        String v = string("engine").toUpperCase();
        try {
            return Engine.valueOf(v);
        } catch (IllegalArgumentException e) {
            throw invalid("engine", v);
        }
    }

    public boolean removeRed() {
        String v = string("preprocess.removeRed");
        if (!v.equals("true") && !v.equals("false")) {
            throw invalid("preprocess.removeRed", v);
        }
        return Boolean.parseBoolean(v);
    }

    /** Which read values the clerk must check: below {@code needsCheck.minConfidence} (docs/rules.md#R50). */
    public ReadingChecks readingChecks() {
        return new ReadingChecks(fraction("needsCheck.minConfidence"));
    }

    /** The extractor of OCR'd letters: these checks, and units snapped to the lexicon. */
    public LetterFieldExtractor extractor() {
        return new LetterFieldExtractor(readingChecks(), unitLexicon());
    }

    /** {@value #UNIT_LEXICON} over the GB/T 2260 regions, read once; without the file nothing is snapped. */
    public UnitLexicon unitLexicon() {
        UnitLexicon l = unitLexicon;
        if (l == null) {
            Path file = modelsDir.resolve(UNIT_LEXICON);
            if (!Files.exists(file)) {
                l = UnitLexicon.NONE;
            } else {
                try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    l = UnitLexicon.parse(r, RegionCodes.standard());
                } catch (IOException | IllegalArgumentException e) {
                    throw new InfrastructureException("ocr.settings.lexicon", "单位名称库无法读取：" + file,
                            "cannot read the unit lexicon " + file + ": " + e.getMessage(), e);
                }
            }
            unitLexicon = l;
        }
        return l;
    }

    public int detMaxSide() {
        return intBetween("ppocr.det.maxSide", 320, 4096);
    }

    public double detThreshold() {
        return fraction("ppocr.det.threshold");
    }

    public double detBoxThreshold() {
        return fraction("ppocr.det.boxThreshold");
    }

    public double detUnclipRatio() {
        return doubleBetween("ppocr.det.unclipRatio", 0.5, 4);
    }

    public double lineMergeGap() {
        return doubleBetween("line.mergeGap", 0, 10);
    }

    public double recMinConfidence() {
        return fraction("ppocr.rec.minConfidence");
    }

    public int recBatchSize() {
        return intBetween("ppocr.rec.batchSize", 1, 64);
    }

    public int ppocrThreads() {
        return intBetween("ppocr.threads", 1, 64);
    }

    public String tesseractLanguages() {
        return string("tesseract.languages");
    }

    public int tesseractPsm() {
        return intBetween("tesseract.psm", 0, 13);
    }

    public String tesseractRereadLanguages() {
        return string("tesseract.reread.languages");
    }

    public double tesseractRereadBelow() {
        return fraction("tesseract.reread.below");
    }

    public int tesseractDpi() {
        return intBetween("tesseract.dpi", 70, 1200);
    }

    /** Whether Tesseract reads the document number and sending unit of an OCR'd letter a second time. */
    public boolean secondReading() {
        String v = props.getProperty("secondReading", "false").strip();
        if (!v.equals("true") && !v.equals("false")) {
            throw invalid("secondReading", v);
        }
        return Boolean.parseBoolean(v);
    }

    public int tesseractInstances() {
        return intBetween("tesseract.instances", 1, 16);
    }

    private String string(String key) {
        String v = props.getProperty(key);
        if (v == null || v.isBlank()) {
            throw new InfrastructureException("ocr.settings.missing-key", "OCR 配置缺少 " + key,
                    "OCR setting " + key + " is missing from ocr.properties");
        }
        return v.strip();
    }

    private int intBetween(String key, int min, int max) {
        try {
            int v = Integer.parseInt(string(key));
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw invalid(key, props.getProperty(key));
    }

    private double doubleBetween(String key, double min, double max) {
        try {
            double v = Double.parseDouble(string(key));
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw invalid(key, props.getProperty(key));
    }

    private double fraction(String key) {
        return doubleBetween(key, 0, 1);
    }

    private static InfrastructureException invalid(String key, String value) {
        return new InfrastructureException("ocr.settings.invalid", "OCR 配置项 " + key + " 的值无效：" + value,
                "invalid value for OCR setting " + key + ": " + value);
    }
}
