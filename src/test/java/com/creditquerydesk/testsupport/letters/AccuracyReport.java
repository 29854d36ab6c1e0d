package com.creditquerydesk.testsupport.letters;

import com.creditquerydesk.application.extraction.LetterFieldExtractor;
import com.creditquerydesk.domain.model.extraction.ExtractionResult;
import com.creditquerydesk.infrastructure.extraction.DocxTextReader;
import com.creditquerydesk.infrastructure.extraction.PdfTextReader;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Extraction accuracy by input format: per-field exact-match accuracy, candidate precision/recall/F1
 * (a candidate counts when name and ID both match; IDs alone are scored too) and seconds per page.
 * {@code main} measures DOCX, text PDF and synthetic OCR boxes (straight, skewed, with 2% misread
 * characters); an OCR engine is
 * measured by passing {@link #measure} a scan renderer and a reader (OCR, then {@link LetterFieldExtractor#extractOcr}).
 */
public final class AccuracyReport {

    public static final List<String> FIELDS =
            List.of("docNumber", "senderUnit", "addressee", "letterDate", "contactName", "contactPhone", "queryKind");

    /** A pipeline's answer for one letter: the result and how many pages it read. */
    public record Outcome(ExtractionResult result, int pages) {
    }

    private record Sample(LetterSpec spec, ExtractionResult result, int pages, double seconds) {
    }

    private final Map<String, List<Sample>> byFormat = new LinkedHashMap<>();

    public void add(String format, LetterSpec spec, ExtractionResult result, int pages, double seconds) {
        byFormat.computeIfAbsent(format, f -> new ArrayList<>()).add(new Sample(spec, result, pages, seconds));
    }

    /**
     * Renders each seed's letter (not timed), then reads it (timed): render gives the input (bytes, images),
     * read gives the result and the page count.
     */
    public <T> void measure(String format, long[] seeds, Function<LetterSpec, T> render, Function<T, Outcome> read) {
        for (long seed : seeds) {
            LetterSpec spec = LetterGenerator.generate(seed);
            T input = render.apply(spec);
            long start = System.nanoTime();
            Outcome o = read.apply(input);
            add(format, spec, o.result(), o.pages(), (System.nanoTime() - start) / 1e9);
        }
    }

    public double fieldAccuracy(String format, String field) {
        List<Sample> samples = byFormat.getOrDefault(format, List.of());
        long right = samples.stream().filter(s -> Objects.equals(expected(s.spec(), field), actual(s.result(), field))).count();
        return samples.isEmpty() ? Double.NaN : (double) right / samples.size();
    }

    /** {precision, recall, F1} over all letters of the format; {@code idsOnly} scores the ID alone. */
    public double[] candidateScores(String format, boolean idsOnly) {
        long truePositives = 0;
        long extracted = 0;
        long expected = 0;
        for (Sample s : byFormat.getOrDefault(format, List.of())) {
            Map<String, Integer> wanted = new HashMap<>();
            s.spec().candidates().forEach(c -> wanted.merge(idsOnly ? c.idNumber() : c.name() + "|" + c.idNumber(), 1, Integer::sum));
            expected += s.spec().candidates().size();
            for (ExtractionResult.ExtractedCandidate c : s.result().candidates()) {
                extracted++;
                String key = idsOnly ? c.idNumber() : c.name() + "|" + c.idNumber();
                if (wanted.getOrDefault(key, 0) > 0) {
                    wanted.merge(key, -1, Integer::sum);
                    truePositives++;
                }
            }
        }
        double p = extracted == 0 ? 0 : (double) truePositives / extracted;
        double r = expected == 0 ? 0 : (double) truePositives / expected;
        return new double[]{p, r, p + r == 0 ? 0 : 2 * p * r / (p + r)};
    }

    public double secondsPerPage(String format) {
        List<Sample> samples = byFormat.getOrDefault(format, List.of());
        int pages = samples.stream().mapToInt(Sample::pages).sum();
        return pages == 0 ? Double.NaN : samples.stream().mapToDouble(Sample::seconds).sum() / pages;
    }

    public String render() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-14s %7s %6s", "format", "letters", "pages"));
        FIELDS.forEach(f -> out.append(String.format(Locale.ROOT, " %12s", f)));
        out.append(String.format(Locale.ROOT, " %6s %6s %6s %6s %8s%n", "candP", "candR", "candF1", "idF1", "s/page"));
        for (String format : byFormat.keySet()) {
            List<Sample> samples = byFormat.get(format);
            out.append(String.format(Locale.ROOT, "%-14s %7d %6d", format, samples.size(),
                    samples.stream().mapToInt(Sample::pages).sum()));
            FIELDS.forEach(f -> out.append(String.format(Locale.ROOT, " %12.3f", fieldAccuracy(format, f))));
            double[] c = candidateScores(format, false);
            double[] id = candidateScores(format, true);
            out.append(String.format(Locale.ROOT, " %6.3f %6.3f %6.3f %6.3f %8.3f%n", c[0], c[1], c[2], id[2],
                    secondsPerPage(format)));
        }
        return out.toString();
    }

    private static Object expected(LetterSpec s, String field) {
        return switch (field) {
            case "docNumber" -> s.docNumber();
            case "senderUnit" -> s.senderUnit();
            case "addressee" -> s.addressee();
            case "letterDate" -> s.letterDate();
            case "contactName" -> s.contactName();
            case "contactPhone" -> s.contactPhone();
            case "queryKind" -> s.queryKind();
            default -> throw new IllegalArgumentException(field);
        };
    }

    private static Object actual(ExtractionResult r, String field) {
        return switch (field) {
            case "docNumber" -> r.docNumber();
            case "senderUnit" -> r.senderUnit();
            case "addressee" -> r.addressee();
            case "letterDate" -> r.letterDate();
            case "contactName" -> r.contactName();
            case "contactPhone" -> r.contactPhone();
            case "queryKind" -> r.queryKind();
            default -> throw new IllegalArgumentException(field);
        };
    }

    /** {@code AccuracyReport [letters]}: DOCX, text PDF and synthetic OCR boxes over seeds 1..letters. */
    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        long[] seeds = java.util.stream.LongStream.rangeClosed(1, n).toArray();
        LetterFieldExtractor extractor = new LetterFieldExtractor();
        AccuracyReport report = new AccuracyReport();
        report.measure("docx", seeds, DocxLetterRenderer::render, docx -> {
            var text = new DocxTextReader().read(new ByteArrayInputStream(docx));
            return new Outcome(extractor.extract(text), text.pages().size());
        });
        report.measure("pdf-text", seeds, PdfLetterRenderer::render, pdf -> {
            var text = new PdfTextReader().read(pdf);
            return new Outcome(extractor.extract(text), text.pages().size());
        });
        report.measure("ocr-synthetic", seeds, spec -> SyntheticOcr.pages(spec, 200, 0, 0),
                pages -> new Outcome(extractor.extractOcr(pages), pages.size()));
        report.measure("ocr-skew-2deg", seeds, spec -> SyntheticOcr.pages(spec, 200, spec.seed() % 2 == 0 ? 2 : -2, 0),
                pages -> new Outcome(extractor.extractOcr(pages), pages.size()));
        report.measure("ocr-2%-errors", seeds, spec -> SyntheticOcr.pages(spec, 200, 1, 0.02),
                pages -> new Outcome(extractor.extractOcr(pages), pages.size()));
        System.out.print(report.render());
    }
}
