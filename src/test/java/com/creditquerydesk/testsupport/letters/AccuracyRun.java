package com.creditquerydesk.testsupport.letters;

import com.creditquerydesk.domain.model.reading.LetterFieldExtractor;
import com.creditquerydesk.domain.model.extraction.OcrEngine;
import com.creditquerydesk.domain.model.reading.SheetList;
import com.creditquerydesk.infrastructure.extraction.OfdDocument;
import com.creditquerydesk.infrastructure.extraction.OfdPages;
import com.creditquerydesk.infrastructure.extraction.SpreadsheetReader;
import com.creditquerydesk.infrastructure.extraction.WordBinaryTextReader;
import com.creditquerydesk.infrastructure.extraction.DocxTextReader;
import com.creditquerydesk.infrastructure.extraction.LetterReader;
import com.creditquerydesk.infrastructure.extraction.PdfTextReader;
import com.creditquerydesk.infrastructure.extraction.SecondReading;
import com.creditquerydesk.infrastructure.ocr.combined.CombinedOcr;
import com.creditquerydesk.infrastructure.ocr.OcrSettings;
import com.creditquerydesk.infrastructure.ocr.ppocr.PpOcrEngine;
import com.creditquerydesk.infrastructure.ocr.preprocess.Preprocessor;
import com.creditquerydesk.infrastructure.ocr.tesseract.TesseractEngine;
import com.creditquerydesk.testsupport.letters.ScanLetterRenderer.ScanOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.LongPredicate;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The extraction accuracy report (issue 3), through the production readers: DOCX structure, PDF text layer,
 * and for scans {@link LetterReader#readByOcr} (page images → Preprocessor → engine → extractOcr).
 * Run it with {@code mvn test -Paccuracy} (README "Extraction accuracy"); system properties:
 * {@code cqd.accuracy.letters} (DOCX and text PDF letters, and scan letters spread over the six scan
 * formats; default 60), {@code cqd.accuracy.engineLetters} (degraded scans read by each engine alone and
 * by both; default 12), {@code cqd.accuracy.seed} (the base seed, added to every letter's; drawn anew each run and
 * printed, docs/rules.md#R100), {@code cqd.accuracy.scanSeeds} (comma-separated: only these scan letters are read,
 * e.g. the misses of the last report, with the same base seed; the other formats are measured as usual). Prints the table and writes
 * it to target/accuracy/report.txt.
 */
@EnabledIfSystemProperty(named = "cqd.accuracy", matches = "true")
class AccuracyRun {

    private static final LetterFieldExtractor EXTRACTOR = OcrSettings.load().extractor();
    private static final String SCANS = "scans (all)";
    private static final int TIMING_RUNS = 3;
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    /** A scan format: how the pages are degraded and which files the scanner delivers. */
    private record ScanFormat(String name, Function<LetterSpec, ScanOptions> options,
                              Function<List<BufferedImage>, List<byte[]>> files) {
    }

    private static final List<ScanFormat> SCAN_FORMATS = List.of(
            new ScanFormat("png-grey-300", s -> new ScanOptions(300, 0, false, 0, 1f, true, false, false),
                    pages -> pages.stream().map(ScanLetterRenderer::png).toList()),
            new ScanFormat("jpeg-200", s -> new ScanOptions(200, 0.5, false, 3, 0.75f, false, false, false),
                    pages -> pages.stream().map(p -> ScanLetterRenderer.jpeg(p, 0.8f)).toList()),
            new ScanFormat("tiff-300", s -> new ScanOptions(300, -0.7, false, 2, 1f, true, false, false),
                    pages -> List.of(ScanLetterRenderer.tiff(pages))),
            new ScanFormat("pdf-image-200", s -> new ScanOptions(200, 0.3, false, 2, 1f, false, false, false),
                    pages -> List.of(ScanLetterRenderer.imagePdf(pages))),
            new ScanFormat("degraded-a", s -> ScanOptions.random(new Random(s.seed())),
                    pages -> pages.stream().map(ScanLetterRenderer::png).toList()),
            new ScanFormat("degraded-b", s -> ScanOptions.random(new Random(s.seed() * 7919)),
                    pages -> List.of(ScanLetterRenderer.imagePdf(pages))),
            new ScanFormat("tiff-g4", s -> ScanOptions.bilevel(new Random(s.seed() * 104729)),
                    pages -> List.of(ScanLetterRenderer.tiff(pages))),
            new ScanFormat("pdf-g4", s -> ScanOptions.bilevel(new Random(s.seed() * 15485863)),
                    pages -> List.of(ScanLetterRenderer.bilevelPdf(pages))),
            // the scanner's JPEG quality is applied in rendering; the file keeps what it left
            new ScanFormat("jpeg-150-q35-75", s -> ScanOptions.lowJpeg(new Random(s.seed() * 32452843)),
                    pages -> pages.stream().map(p -> ScanLetterRenderer.jpeg(p, 0.95f)).toList()),
            new ScanFormat("phone-photo", s -> ScanOptions.phonePhoto(new Random(s.seed() * 49979687)),
                    pages -> pages.stream().map(p -> ScanLetterRenderer.jpeg(p, 0.95f)).toList()));

    @Test
    void report() throws Exception {
        int letters = Integer.getInteger("cqd.accuracy.letters", 60);
        int engineLetters = Integer.getInteger("cqd.accuracy.engineLetters", 12);
        // A new base seed each run unless one is given: nothing is tuned to a fixed set of letters (issue 14).
        long base = Long.getLong("cqd.accuracy.seed", ThreadLocalRandom.current().nextLong(1, 100_000) * 10_000);
        long[] seeds = LongStream.rangeClosed(base + 1, base + letters).toArray();
        String onlySeeds = System.getProperty("cqd.accuracy.scanSeeds", "");
        LongPredicate only = onlySeeds.isBlank() ? seed -> true
                : Arrays.stream(onlySeeds.split(",")).map(String::strip).map(Long::valueOf).toList()::contains;
        AccuracyReport report = new AccuracyReport();
        report.measure("docx", seeds, DocxLetterRenderer::render, docx -> {
            var text = new DocxTextReader().read(new ByteArrayInputStream(docx));
            return new AccuracyReport.Outcome(EXTRACTOR.extract(text), text.pages().size());
        });
        report.measure("pdf-text", seeds, PdfLetterRenderer::render, pdf -> {
            var text = new PdfTextReader().read(pdf);
            return new AccuracyReport.Outcome(EXTRACTOR.extract(text), text.pages().size());
        });
        report.measure("doc (Word 97-2003)", seeds, WordBinaryLetterRenderer::render, doc -> {
            var text = new WordBinaryTextReader().read(doc);
            return new AccuracyReport.Outcome(EXTRACTOR.extract(text), text.pages().size());
        });
        report.measure("ofd text", seeds, OfdLetterRenderer::text, ofd -> {
            var text = OfdPages.text(OfdDocument.read(ofd));
            return new AccuracyReport.Outcome(EXTRACTOR.extract(text), text.pages().size());
        });
        // Candidate lists sent as spreadsheets (two-row merged headers on a second sheet; CSV in GB18030).
        report.measureList("xlsx list", seeds, SpreadsheetListRenderer::xlsx, f -> list(f, SpreadsheetReader.Format.XLSX));
        report.measureList("xls list", seeds, SpreadsheetListRenderer::xls, f -> list(f, SpreadsheetReader.Format.XLS));
        report.measureList("csv list (GB18030)", seeds, spec -> SpreadsheetListRenderer.csv(spec, Charset.forName("GB18030")),
                f -> list(f, SpreadsheetReader.Format.CSV));
        report.measure("boxes-2%-errors", seeds, spec -> SyntheticOcr.pages(spec, 200, 1, 0.02),
                pages -> new AccuracyReport.Outcome(EXTRACTOR.extractOcr(pages), pages.size()));

        OcrSettings settings = OcrSettings.load();
        Preprocessor preprocessor = new Preprocessor(settings.removeRed());
        StringBuilder timing = new StringBuilder(String.format(Locale.ROOT,
                "Per kind, the first letter's first two pages: ours (LetterReader.readByOcr, PP-OCR) against the plain"
                        + " tesseract command on the same page images (PNG), seconds per page, wall / CPU:%n"));
        try (PpOcrEngine pp = PpOcrEngine.create(settings); TesseractEngine tess = TesseractEngine.create(settings)) {
            // Each scan format gets its own letters (seeds 1001…), an equal share of them: the scans add up to `letters`.
            int perFormat = Math.max(1, letters / SCAN_FORMATS.size());
            for (int f = 0; f < SCAN_FORMATS.size(); f++) {
                ScanFormat format = SCAN_FORMATS.get(f);
                long first = base + 1001 + (long) f * perFormat;
                long[] scanSeeds = LongStream.range(first, first + perFormat).filter(only).toArray();
                report.measure(format.name() + " ppocr", scanSeeds, spec -> scan(spec, format),
                        files -> ocr(files, pp, preprocessor, null), SCANS + " ppocr");
                if (scanSeeds.length > 0) {
                    timing.append(commandOnSamePages(format, LetterGenerator.generate(scanSeeds[0]), pp, preprocessor, settings));
                }
            }
            // OFD made of page images (grey 300 dpi, as the PNG scans), read as LetterReader reads it: its page images.
            int ofdScans = Math.max(1, letters / SCAN_FORMATS.size());
            report.measure("ofd image ppocr", LongStream.range(base + 3001, base + 3001 + ofdScans).toArray(),
                    spec -> OfdLetterRenderer.scan(ScanLetterRenderer.render(spec, SCAN_FORMATS.get(0).options().apply(spec))),
                    ofd -> ocr(OfdDocument.read(ofd).pages().stream().map(OfdPages::scan).toList(), pp, preprocessor, null));
            // The gain of each engine: the same degraded scans read by Tesseract alone, PP-OCR alone and both.
            ScanFormat degraded = SCAN_FORMATS.get(4);
            long[] engineSeeds = LongStream.rangeClosed(base + 2001, base + 2000 + engineLetters).toArray();
            CombinedOcr both = CombinedOcr.both(pp, tess); // not closed here: it would close pp and tess twice
            for (OcrEngine engine : List.of(tess, pp, both)) {
                report.measure("degraded " + engine.name(), engineSeeds, spec -> scan(spec, degraded),
                        files -> ocr(files, engine, preprocessor, null));
            }
            // Tesseract's second reading of docNumber and senderUnit (secondReading=true): are wrong fields flagged?
            SecondReading second = new SecondReading(tess);
            report.measure("degraded ppocr+2nd reading", engineSeeds, spec -> scan(spec, degraded),
                    files -> ocr(files, pp, preprocessor, second));
            timing.append(commandComparison(pp, tess, preprocessor, settings));
        }
        StringBuilder out = new StringBuilder("Seed " + base + " (again: -Dcqd.accuracy.seed=" + base + "); load average "
                + String.format(Locale.ROOT, "%.1f", OS.getSystemLoadAverage()) + "\n");
        out.append("Extraction accuracy (" + letters + " DOCX, " + letters + " text PDF, "
                + letters / SCAN_FORMATS.size() * SCAN_FORMATS.size() + " scanned letters; " + engineLetters
                + " degraded scans per engine)\n");
        out.append(report.render()).append('\n').append(timing);
        out.append(String.format(Locale.ROOT, "Median scanned letter of 1-2 pages, readByOcr (PP-OCR): %.2f s wall%n",
                report.medianLetterSeconds(SCANS + " ppocr", 2)));
        out.append(report.thresholdSweep(SCANS + " ppocr", 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95));
        out.append(report.doubtsOfRightValues(SCANS + " ppocr"));
        out.append("\nMisses (scans, PP-OCR):\n");
        report.misses(SCANS + " ppocr").forEach(m -> out.append("  ").append(m).append('\n'));
        System.out.print(out);
        Path dir = Path.of("target", "accuracy");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("report.txt"), out, StandardCharsets.UTF_8);
        if (onlySeeds.isBlank()) {
            meetsTheTargets(report);
        }
    }

    /**
     * The README's targets ("Extraction accuracy"): the run fails below them, after the report is written. Not
     * checked when only some scan seeds are read again, where a few letters say nothing about the rates.
     */
    private static void meetsTheTargets(AccuracyReport report) {
        List<Executable> checks = new ArrayList<>();
        for (String format : List.of("docx", "doc (Word 97-2003)", "pdf-text", "ofd text", "xlsx list", "xls list", "csv list (GB18030)")) {
            checks.add(atLeast(format + " candidate F1", report.candidateScores(format, false)[2], 0.995));
        }
        for (String field : AccuracyReport.FIELDS) {
            checks.add(atLeast("scans " + field, report.fieldAccuracy(SCANS + " ppocr", field), 0.98));
        }
        checks.add(atLeast("scans candidate F1", report.candidateScores(SCANS + " ppocr", false)[2], 0.99));
        checks.add(atLeast("ofd image candidate F1", report.candidateScores("ofd image ppocr", false)[2], 0.99));
        // No wrong value the clerk is not shown, on any format; at most one right value in ten shown (docs/rules.md#R50).
        for (String format : report.formats()) {
            long silent = report.checkMarks(format)[0];
            checks.add(() -> assertEquals(0, silent, format + ": wrong values not marked needsCheck"));
        }
        double marked = report.markedRightShare(SCANS + " ppocr");
        checks.add(() -> assertTrue(marked <= 0.10, String.format("scans: %.1f%% of right values marked > 10%%", 100 * marked)));
        assertAll("accuracy targets", checks);
    }

    private static Executable atLeast(String what, double measured, double target) {
        return () -> assertTrue(measured >= target, what + " " + String.format("%.3f", measured) + " < target " + target);
    }

    private static AccuracyReport.Outcome list(byte[] file, SpreadsheetReader.Format format) {
        var text = SheetList.of(SpreadsheetReader.read(file, format));
        return new AccuracyReport.Outcome(EXTRACTOR.extract(text), text.pages().size());
    }

    private static List<byte[]> scan(LetterSpec spec, ScanFormat format) {
        return format.files().apply(ScanLetterRenderer.render(spec, format.options().apply(spec)));
    }

    private static AccuracyReport.Outcome ocr(List<byte[]> files, OcrEngine engine, Preprocessor preprocessor,
                                              SecondReading second) {
        int[] pages = {0};
        var result = LetterReader.readByOcr(files, engine, preprocessor, EXTRACTOR, second, (index, prepared) -> pages[0]++);
        return new AccuracyReport.Outcome(result, pages[0]);
    }

    /**
     * One 300-dpi page (the first page of a letter, clean scan): our OCR path (preprocessing + engine) against
     * the plain tesseract command with the same language data, wall and CPU seconds, median of three after a
     * warm-up.
     */
    private static String commandComparison(PpOcrEngine pp, TesseractEngine tess, Preprocessor preprocessor,
                                            OcrSettings settings) throws IOException, InterruptedException {
        BufferedImage page = ScanLetterRenderer.render(LetterGenerator.generate(7, 12), ScanOptions.clean(300)).get(0);
        Path png = Path.of("target", "accuracy", "page-300dpi.png").toAbsolutePath();
        Files.createDirectories(png.getParent());
        ImageIO.write(page, "png", png.toFile());
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "OCR time on one 300-dpi A4 page (%dx%d), median of %d runs after a warm-up (load average %.1f):%n",
                page.getWidth(), page.getHeight(), TIMING_RUNS, OS.getSystemLoadAverage()));
        for (OcrEngine engine : List.of(pp, tess)) {
            out.append(time("ours, " + engine.name() + " (preprocess + OCR)", () -> {
                assertFalse(engine.recognize(preprocessor.prepare(page).image(), 0, 300).lines().isEmpty());
                return null;
            }));
        }
        String tessdata = settings.modelsDir().resolve("tessdata").toString();
        List<String> command = List.of("tesseract", png.toString(), "stdout", "--tessdata-dir", tessdata, "-l",
                settings.tesseractLanguages(), "--psm", String.valueOf(settings.tesseractPsm()));
        if (!tesseractInstalled()) {
            return out.append("tesseract command: not installed (apt-get install -y tesseract-ocr tesseract-ocr-chi-sim)\n")
                    .toString();
        }
        out.append(time(String.join(" ", command).replace(png.toString(), "page.png").replace(tessdata, "ocr-models/tessdata"),
                () -> childCpu(command)));
        return out.toString();
    }

    /**
     * The first two pages of {@code spec} as {@code format} delivers them: our reading of exactly these pages
     * against the plain tesseract command on the same images, per page (docs/rules.md#R100).
     */
    private static String commandOnSamePages(ScanFormat format, LetterSpec spec, PpOcrEngine pp, Preprocessor preprocessor,
                                             OcrSettings settings) throws IOException, InterruptedException {
        List<BufferedImage> pages = ScanLetterRenderer.render(spec, format.options().apply(spec));
        pages = pages.subList(0, Math.min(2, pages.size()));
        List<byte[]> files = format.files().apply(pages);
        long c0 = OS.getProcessCpuTime();
        long t0 = System.nanoTime();
        ocr(files, pp, preprocessor, null);
        double oursWall = (System.nanoTime() - t0) / 1e9 / pages.size();
        double oursCpu = (OS.getProcessCpuTime() - c0) / 1e9 / pages.size();
        if (!tesseractInstalled()) {
            return String.format(Locale.ROOT, "  %-18s ours %5.2f / %5.2f   tesseract command: not installed%n",
                    format.name(), oursWall, oursCpu);
        }
        String tessdata = settings.modelsDir().resolve("tessdata").toString();
        double cmdWall = 0;
        double cmdCpu = 0;
        for (int i = 0; i < pages.size(); i++) {
            Path png = Path.of("target", "accuracy", format.name() + "-" + i + ".png").toAbsolutePath();
            Files.createDirectories(png.getParent());
            ImageIO.write(pages.get(i), "png", png.toFile());
            long t = System.nanoTime();
            cmdCpu += childCpu(List.of("tesseract", png.toString(), "stdout", "--tessdata-dir", tessdata, "-l",
                    settings.tesseractLanguages(), "--psm", String.valueOf(settings.tesseractPsm())));
            cmdWall += (System.nanoTime() - t) / 1e9;
        }
        return String.format(Locale.ROOT, "  %-18s %d pages  ours %5.2f / %5.2f   tesseract %5.2f / %5.2f%n", format.name(),
                pages.size(), oursWall, oursCpu, cmdWall / pages.size(), cmdCpu / pages.size());
    }

    private static boolean tesseractInstalled() throws InterruptedException {
        try {
            new ProcessBuilder("tesseract", "--version").redirectErrorStream(true).start().waitFor();
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private interface Timed {
        /** Runs once; answers the CPU seconds of child processes, or null when the work ran in this process. */
        Double run() throws IOException, InterruptedException;
    }

    private static String time(String label, Timed work) throws IOException, InterruptedException {
        work.run();
        double[] wall = new double[TIMING_RUNS];
        double[] cpu = new double[TIMING_RUNS];
        for (int i = 0; i < TIMING_RUNS; i++) {
            long c0 = OS.getProcessCpuTime();
            long t0 = System.nanoTime();
            Double child = work.run();
            wall[i] = (System.nanoTime() - t0) / 1e9;
            cpu[i] = child != null ? child : (OS.getProcessCpuTime() - c0) / 1e9;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        return String.format(Locale.ROOT, "  %-100s %6.2f s wall %6.2f s CPU%n", label, wall[TIMING_RUNS / 2],
                cpu[TIMING_RUNS / 2]);
    }

    /**
     * Runs the command under a shell that then prints its own /proc stat: fields 16 and 17 (cutime, cstime)
     * are the CPU time of the children it waited for, in clock ticks (Linux; USER_HZ is 100).
     */
    private static Double childCpu(List<String> command) throws IOException, InterruptedException {
        List<String> sh = new ArrayList<>(List.of("sh", "-c", "\"$@\" >/dev/null 2>&1; cat /proc/$$/stat", "sh"));
        sh.addAll(command);
        Process p = new ProcessBuilder(sh).redirectErrorStream(true).start();
        String stat = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
        p.waitFor();
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // after "pid (comm) ", field 3 (state) is index 0, so field n is index n - 3
        return (Long.parseLong(fields[16 - 3]) + Long.parseLong(fields[17 - 3])) / 100.0;
    }
}
