package com.creditquerydesk.testsupport.letters;

import com.creditquerydesk.domain.model.reading.LetterFieldExtractor;
import com.creditquerydesk.domain.model.extraction.Field;
import com.creditquerydesk.domain.model.extraction.ExtractionResult;

import java.lang.management.ManagementFactory;
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
 * {@link AccuracyRun} ({@code mvn test -Paccuracy}) measures every format through the production readers;
 * a format is measured by passing {@link #measure} a renderer and a reader (e.g. OCR, then
 * {@link LetterFieldExtractor#extractOcr}).
 */
public final class AccuracyReport {

    public static final List<String> FIELDS =
            List.of("docNumber", "senderUnit", "addressee", "letterDate", "contactName", "contactPhone", "queryKind");

    /** A pipeline's answer for one letter: the result and how many pages it read. */
    public record Outcome(ExtractionResult result, int pages) {
    }

    /** One letter read: wall seconds and the process's CPU seconds (on a shared machine the wall time is noisy). */
    private record Sample(LetterSpec spec, ExtractionResult result, int pages, double seconds, double cpuSeconds) {
    }

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private final Map<String, List<Sample>> byFormat = new LinkedHashMap<>();
    /** Formats that carry only the candidate list (spreadsheets): their letter fields are the clerk's, shown as —. */
    private final java.util.Set<String> listOnly = new java.util.HashSet<>();

    public void add(String format, LetterSpec spec, ExtractionResult result, int pages, double seconds) {
        add(format, spec, result, pages, seconds, Double.NaN);
    }

    public void add(String format, LetterSpec spec, ExtractionResult result, int pages, double seconds, double cpuSeconds) {
        byFormat.computeIfAbsent(format, f -> new ArrayList<>()).add(new Sample(spec, result, pages, seconds, cpuSeconds));
    }

    /**
     * Renders each seed's letter (not timed), then reads it (timed): render gives the input (bytes, images),
     * read gives the result and the page count. Each sample is also counted under {@code alsoUnder}
     * (an aggregate row such as all scans together).
     */
    public <T> void measure(String format, long[] seeds, Function<LetterSpec, T> render, Function<T, Outcome> read,
                            String... alsoUnder) {
        for (long seed : seeds) {
            LetterSpec spec = LetterGenerator.generate(seed);
            T input = render.apply(spec);
            long cpu = OS.getProcessCpuTime();
            long start = System.nanoTime();
            Outcome o = read.apply(input);
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (OS.getProcessCpuTime() - cpu) / 1e9;
            add(format, spec, o.result(), o.pages(), seconds, cpuSeconds);
            for (String aggregate : alsoUnder) {
                add(aggregate, spec, o.result(), o.pages(), seconds, cpuSeconds);
            }
        }
    }

    /** {@link #measure} of a format that carries only the list (docs/rules.md#R35): its fields are not counted. */
    public <T> void measureList(String format, long[] seeds, Function<LetterSpec, T> render, Function<T, Outcome> read) {
        listOnly.add(format);
        measure(format, seeds, render, read);
    }

    /**
     * What the clerk is shown to check (docs/rules.md#R50), against what was right: {silent errors (wrong values not
     * marked needsCheck), marked right values, right values, list rows not read at all}. Values are the fields (not for
     * a list-only format) and the candidate rows read; a row counts as right when name and ID both are.
     */
    public long[] checkMarks(String format) {
        return checkMarks(format, (confidence, doubts) -> !doubts.isEmpty());
    }

    /** Whether a value with this confidence and these doubts is marked: the rule in force, or one to try. */
    @FunctionalInterface
    public interface MarkRule {
        boolean marks(double confidence, java.util.Set<com.creditquerydesk.domain.model.extraction.Doubt> doubts);
    }

    /**
     * {@link #checkMarks(String)} had the confidence threshold been {@code threshold}: a value is marked for its other
     * doubts or for a confidence below it. One line per threshold, to set needsCheck.minConfidence from.
     */
    public String thresholdSweep(String format, double... thresholds) {
        StringBuilder out = new StringBuilder("needsCheck.minConfidence in " + format + " (silent errors / marked right):");
        for (double t : thresholds) {
            long[] m = checkMarks(format, (confidence, doubts) -> confidence < t || doubts.stream()
                    .anyMatch(d -> d != com.creditquerydesk.domain.model.extraction.Doubt.LOW_CONFIDENCE));
            out.append(String.format(Locale.ROOT, "  %.2f: %d / %.1f%%", t, m[0], m[2] == 0 ? 0 : 100.0 * m[1] / m[2]));
        }
        return out.append('\n').toString();
    }

    /** Why right values were marked: each doubt and how many right fields and rows carried it. */
    public String doubtsOfRightValues(String format) {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        for (Sample s : byFormat.getOrDefault(format, List.of())) {
            for (String f : listOnly.contains(format) ? List.<String>of() : FIELDS) {
                var e = s.result().fields().get(Field.ofKey(f).orElseThrow());
                if (e != null && Objects.equals(expected(s.spec(), f), actual(s.result(), f))) {
                    e.doubts().forEach(d -> counts.merge(f + " " + d, 1, Integer::sum));
                }
            }
            java.util.Set<String> wanted = new java.util.HashSet<>();
            s.spec().candidates().forEach(c -> wanted.add(c.name() + "|" + c.idNumber()));
            for (ExtractionResult.ExtractedCandidate c : s.result().candidates()) {
                if (wanted.contains(c.name() + "|" + c.idNumber())) {
                    c.doubts().forEach(d -> counts.merge("row " + d, 1, Integer::sum));
                }
            }
        }
        return "Doubts on right values in " + format + ": " + counts + "\n";
    }

    private long[] checkMarks(String format, MarkRule rule) {
        long silent = 0;
        long markedRight = 0;
        long right = 0;
        long missedRows = 0;
        for (Sample s : byFormat.getOrDefault(format, List.of())) {
            if (!listOnly.contains(format)) {
                for (String f : FIELDS) {
                    boolean ok = Objects.equals(expected(s.spec(), f), actual(s.result(), f));
                    var e = s.result().fields().get(Field.ofKey(f).orElseThrow());
                    boolean marked = e == null || rule.marks(e.confidence(), e.doubts());
                    silent += !ok && !marked ? 1 : 0;
                    markedRight += ok && marked ? 1 : 0;
                    right += ok ? 1 : 0;
                }
            }
            Map<String, Integer> wanted = new HashMap<>();
            s.spec().candidates().forEach(c -> wanted.merge(c.name() + "|" + c.idNumber(), 1, Integer::sum));
            long found = 0;
            for (ExtractionResult.ExtractedCandidate c : s.result().candidates()) {
                boolean ok = wanted.getOrDefault(c.name() + "|" + c.idNumber(), 0) > 0;
                if (ok) {
                    wanted.merge(c.name() + "|" + c.idNumber(), -1, Integer::sum);
                    found++;
                }
                boolean marked = rule.marks(c.confidence(), c.doubts());
                silent += !ok && !marked ? 1 : 0;
                markedRight += ok && marked ? 1 : 0;
                right += ok ? 1 : 0;
            }
            missedRows += Math.max(0, s.spec().candidates().size() - s.result().candidates().size());
        }
        return new long[]{silent, markedRight, right, missedRows};
    }

    /** The share of right values marked for checking (the clerk's wasted looks); NaN without right values. */
    public double markedRightShare(String format) {
        long[] m = checkMarks(format);
        return m[2] == 0 ? Double.NaN : (double) m[1] / m[2];
    }

    /** The samples' letters whose extraction missed something, for looking into: "seed field" lines. */
    public List<String> misses(String format) {
        List<String> out = new ArrayList<>();
        for (Sample s : byFormat.getOrDefault(format, List.of())) {
            for (String f : FIELDS) {
                if (!Objects.equals(expected(s.spec(), f), actual(s.result(), f))) {
                    var e = s.result().fields().get(Field.ofKey(f).orElseThrow());
                    out.add(s.spec().seed() + " " + f + ": expected " + expected(s.spec(), f) + ", read " + actual(s.result(), f)
                            + (e == null || e.needsCheck() ? " [marked " + (e == null ? "" : e.doubts()) + "]" : " [SILENT]"));
                }
            }
            List<String> want = s.spec().candidates().stream().map(c -> c.name() + "|" + c.idNumber()).toList();
            List<String> got = s.result().candidates().stream().map(c -> c.name() + "|" + c.idNumber()).toList();
            if (!want.equals(got)) {
                List<String> missing = new ArrayList<>(want);
                got.forEach(missing::remove);
                List<String> extra = new ArrayList<>(got);
                want.forEach(extra::remove);
                List<String> silent = s.result().candidates().stream().filter(c -> !c.needsCheck())
                        .map(c -> c.name() + "|" + c.idNumber()).filter(extra::contains).toList();
                out.add(s.spec().seed() + " candidates: " + want.size() + " expected, " + got.size() + " read; missed "
                        + masked(missing) + ", wrong " + masked(extra) + (silent.isEmpty() ? "" : " SILENT " + masked(silent)));
            }
        }
        return out;
    }

    /** Generated IDs are not personal data, but the report still shows them as logs would: first 6 + last 4. */
    private static List<String> masked(List<String> nameIds) {
        return nameIds.stream().map(k -> {
            int bar = k.indexOf('|');
            String id = k.substring(bar + 1);
            return k.substring(0, bar) + " " + (id.length() >= 10 ? id.substring(0, 6) + "****" + id.substring(id.length() - 4) : id);
        }).toList();
    }

    /** The formats measured, in the order they were. */
    public List<String> formats() {
        return List.copyOf(byFormat.keySet());
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
        return perPage(format, Sample::seconds);
    }

    public double cpuSecondsPerPage(String format) {
        return perPage(format, Sample::cpuSeconds);
    }

    private double perPage(String format, java.util.function.ToDoubleFunction<Sample> seconds) {
        List<Sample> samples = byFormat.getOrDefault(format, List.of());
        int pages = samples.stream().mapToInt(Sample::pages).sum();
        return pages == 0 ? Double.NaN : samples.stream().mapToDouble(seconds).sum() / pages;
    }

    /** The median wall seconds of the letters of at most {@code maxPages} pages (NaN without such letters). */
    public double medianLetterSeconds(String format, int maxPages) {
        double[] seconds = byFormat.getOrDefault(format, List.of()).stream().filter(s -> s.pages() <= maxPages)
                .mapToDouble(Sample::seconds).sorted().toArray();
        return seconds.length == 0 ? Double.NaN : seconds[seconds.length / 2];
    }

    public String render() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-26s %7s %6s", "format", "letters", "pages"));
        FIELDS.forEach(f -> out.append(String.format(Locale.ROOT, " %12s", f)));
        out.append(String.format(Locale.ROOT, " %6s %6s %6s %6s %6s %7s %6s %8s %8s%n", "candP", "candR", "candF1",
                "idF1", "silent", "marked", "lost", "s/page", "cpu/page"));
        for (String format : byFormat.keySet()) {
            List<Sample> samples = byFormat.get(format);
            out.append(String.format(Locale.ROOT, "%-26s %7d %6d", format, samples.size(),
                    samples.stream().mapToInt(Sample::pages).sum()));
            FIELDS.forEach(f -> out.append(listOnly.contains(format) ? String.format(Locale.ROOT, " %12s", "—")
                    : String.format(Locale.ROOT, " %12.3f", fieldAccuracy(format, f))));
            double[] c = candidateScores(format, false);
            double[] id = candidateScores(format, true);
            long[] marks = checkMarks(format);
            out.append(String.format(Locale.ROOT, " %6.3f %6.3f %6.3f %6.3f %6d %6.1f%% %6d %8.3f %8.3f%n", c[0], c[1],
                    c[2], id[2], marks[0], 100 * markedRightShare(format), marks[3], secondsPerPage(format),
                    cpuSecondsPerPage(format)));
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
            case "docNumber" -> r.docNumber() == null ? null : r.docNumber().value();
            case "senderUnit" -> r.senderUnit();
            case "addressee" -> r.addressee();
            case "letterDate" -> r.letterDate();
            case "contactName" -> r.contactName();
            case "contactPhone" -> r.contactPhone();
            case "queryKind" -> r.queryKind() == null ? null : r.queryKind().jsonValue();
            default -> throw new IllegalArgumentException(field);
        };
    }
}
