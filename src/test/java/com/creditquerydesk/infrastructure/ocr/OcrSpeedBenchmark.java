package com.creditquerydesk.infrastructure.ocr;

import com.creditquerydesk.domain.model.extraction.OcrEngine;
import com.creditquerydesk.infrastructure.ocr.ppocr.PpOcrEngine;
import com.creditquerydesk.infrastructure.ocr.tesseract.TesseractEngine;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Seconds per 300-dpi A4 page after warm-up, for the numbers in the report. Off by default (slow, and the
 * machine is shared): {@code mvn -q -o test -Dtest=OcrSpeedBenchmark -Dcqd.ocr.benchmark=true}. It also
 * writes the page to target/ocr-benchmark/page.png for timing the tesseract command line on the same image.
 */
class OcrSpeedBenchmark {

    private static final int WARM_UP = 2;
    private static final int RUNS = 5;

    @Test
    void secondsPerPage() throws Exception {
        assumeTrue(Boolean.getBoolean("cqd.ocr.benchmark"), "benchmark not requested");
        BufferedImage page = SyntheticScan.preparedScan().image();
        Path out = Path.of("target", "ocr-benchmark");
        Files.createDirectories(out);
        ImageIO.write(page, "png", out.resolve("page.png").toFile());
        long t0 = System.nanoTime();
        new com.creditquerydesk.infrastructure.ocr.preprocess.Preprocessor(true)
                .prepare(SyntheticScan.scanned(SyntheticScan.SKEW_DEGREES, 11));
        System.out.printf("preprocess (seal, grey, skew, deskew): %.2f s%n", (System.nanoTime() - t0) / 1e9);
        OcrSettings settings = OcrSettings.load();
        t0 = System.nanoTime();
        try (PpOcrEngine pp = PpOcrEngine.create(settings)) {
            System.out.printf("ppocr model load: %.2f s%n", (System.nanoTime() - t0) / 1e9);
            time(pp, page);
        }
        t0 = System.nanoTime();
        try (TesseractEngine tess = TesseractEngine.create(settings)) {
            System.out.printf("tesseract load (natives + 2 handles): %.2f s%n", (System.nanoTime() - t0) / 1e9);
            time(tess, page);
        }
    }

    private static void time(OcrEngine engine, BufferedImage page) {
        for (int i = 0; i < WARM_UP; i++) {
            assertFalse(engine.recognize(page, 0, 300).lines().isEmpty());
        }
        double best = Double.MAX_VALUE;
        double sum = 0;
        // Process CPU time as well: on a shared, loaded machine the wall time says more about the neighbours.
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            engine.recognize(page, 0, 300);
            double s = (System.nanoTime() - t) / 1e9;
            best = Math.min(best, s);
            sum += s;
        }
        double cpu = (os.getProcessCpuTime() - cpu0) / 1e9 / RUNS;
        System.out.printf("%s: mean %.2f s, best %.2f s wall, %.2f s CPU per page over %d runs (load average %.1f)%n",
                engine.name(), sum / RUNS, best, cpu, RUNS, os.getSystemLoadAverage());
    }
}
