package com.creditquerydesk.testsupport.letters;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Writes sample letters to a folder, to look at or to feed a real OCR engine:
 * {@code GenerateLetters <dir> <firstSeed> <count>} gives per seed a .docx, a text .pdf, a degraded scan
 * as grey/colour PNG pages, a multi-page .tif and an image-only .scan.pdf, plus the ground truth .txt.
 */
public final class GenerateLetters {

    private GenerateLetters() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/letters");
        long first = args.length > 1 ? Long.parseLong(args[1]) : 1;
        int count = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Files.createDirectories(dir);
        for (long seed = first; seed < first + count; seed++) {
            LetterSpec spec = LetterGenerator.generate(seed);
            String base = "letter-" + seed;
            Files.write(dir.resolve(base + ".docx"), DocxLetterRenderer.render(spec));
            Files.write(dir.resolve(base + ".pdf"), PdfLetterRenderer.render(spec));
            List<BufferedImage> scan = ScanLetterRenderer.render(spec, ScanLetterRenderer.ScanOptions.random(new Random(seed)));
            for (int i = 0; i < scan.size(); i++) {
                Files.write(dir.resolve(base + "-p" + (i + 1) + ".png"), ScanLetterRenderer.png(scan.get(i)));
            }
            Files.write(dir.resolve(base + ".tif"), ScanLetterRenderer.tiff(scan));
            Files.write(dir.resolve(base + ".scan.pdf"), ScanLetterRenderer.imagePdf(scan));
            Files.writeString(dir.resolve(base + ".txt"), spec.toString().replace(", ", "\n"));
        }
    }
}
