package com.creditquerydesk.infrastructure.intake;

import com.creditquerydesk.infrastructure.intake.PdfObjects.Name;
import com.creditquerydesk.infrastructure.intake.PdfObjects.Parsed;
import com.creditquerydesk.infrastructure.intake.PdfObjects.Ref;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a PDF's structure and decodes every stream under a budget, on the raw bytes, before any PDF library
 * parses it (README "What intake refuses"). The cross-reference sections must point at the objects they name (a
 * broken table is refused rather than repaired by guessing); every object the table names is read, each stream is
 * decoded into a counter (never held) within a per-stream and a per-file limit, object streams within a smaller
 * one; names that start scripts, launch programs or carry files are refused.
 */
final class PdfStructure {

    /** What one file may hold at most. */
    record Budget(int maxObjects, long maxStreamBytes, long maxFontBytes, long maxImageBytes, long maxDecodedBytes,
                  long maxPixels) {
    }

    enum Problem { CORRUPT, ENCRYPTED, ACTIVE_CONTENT, TOO_LARGE }

    /** The file is refused; {@code detail} says why, in English, for the log and the message. */
    static final class Refused extends RuntimeException {
        final Problem problem;

        Refused(Problem problem, String detail) {
            super(detail);
            this.problem = problem;
        }
    }

    /** The bytes are not well-formed PDF syntax. */
    static final class Malformed extends RuntimeException {
        Malformed(String detail) {
            super(detail);
        }
    }

    /** Names whose presence means the letter would run or carry something (ISO 32000-1 §12.6, §7.11.4, §12.7.8). */
    static final Set<String> ACTIVE = Set.of("JavaScript", "JS", "Launch", "EmbeddedFile", "EmbeddedFiles",
            "RichMedia", "XFA", "ImportData", "SubmitForm", "GoToE", "Sound", "Movie");

    private static final long MAX_OBJECT_STREAM_BYTES = 32L * 1024 * 1024;

    private final byte[] bytes;
    private final PdfObjects pdf;
    private final Budget budget;
    /** Bytes before "%PDF-" (allowed within the first KB): offsets may count from the header instead. */
    private int shift;
    /** Object number → file offset of its newest definition (type 1 entries). */
    private final Map<Integer, Integer> offsets = new HashMap<>();
    /** Object numbers that live inside object streams (type 2 entries). */
    private final Set<Integer> compressed = new HashSet<>();
    private long decodedTotal;
    private Ref root;

    private PdfStructure(byte[] bytes, Budget budget) {
        this.bytes = bytes;
        this.pdf = new PdfObjects(bytes);
        this.budget = budget;
    }

    /** Checks the file; throws {@link Refused} with the reason. */
    static void check(byte[] bytes, Budget budget) {
        try {
            new PdfStructure(bytes, budget).run();
        } catch (Malformed e) {
            throw new Refused(Problem.CORRUPT, e.getMessage());
        } catch (RuntimeException e) {
            if (e instanceof Refused) {
                throw e;
            }
            throw new Refused(Problem.CORRUPT, "unreadable structure: " + e);
        }
    }

    private void run() {
        shift = pdf.indexOf("%PDF-", 0);
        if (shift < 0 || shift > 1024) {
            throw new Malformed("no PDF header");
        }
        int startxref = pdf.lastIndexOf("startxref", pdf.length() - 1);
        if (startxref < 0 || pdf.indexOf("%%EOF", startxref) < 0) {
            throw new Malformed("the file is cut off: no startxref / %%EOF at its end");
        }
        long[] first = pdf.integer(startxref + 9);
        if (first == null) {
            throw new Malformed("startxref names no offset");
        }
        int start = (int) Math.min(first[0], Integer.MAX_VALUE);
        int k = pdf.skip(start);
        readSections(shift > 0 && !pdf.keywordAt(k, "xref") && pdf.objectHeader(start) == null ? start + shift : start);
        if (root == null || !offsets.containsKey(root.number()) && !compressed.contains(root.number())) {
            throw new Malformed("the trailer names no document catalog");
        }
        if (offsets.size() + compressed.size() > budget.maxObjects()) {
            throw new Refused(Problem.TOO_LARGE, "more than " + budget.maxObjects() + " objects");
        }
        for (Map.Entry<Integer, Integer> e : offsets.entrySet()) {
            readObject(e.getKey(), e.getValue());
        }
    }

    /** Follows the chain of cross-reference sections (classic tables and streams, /Prev and /XRefStm). */
    private void readSections(int start) {
        Set<Integer> seen = new HashSet<>();
        ArrayDeque<Integer> todo = new ArrayDeque<>();
        todo.add(start);
        boolean newest = true;
        while (!todo.isEmpty()) {
            int at = todo.poll();
            if (!seen.add(at) || seen.size() > 1000) {
                throw new Malformed("the cross-reference sections loop");
            }
            if (at < 0 || at >= pdf.length()) {
                throw new Malformed("a cross-reference offset points outside the file");
            }
            Map<?, ?> trailer;
            int k = pdf.skip(at);
            if (pdf.keywordAt(k, "xref")) {
                trailer = classicSection(k + 4);
            } else {
                trailer = streamSection(at);
            }
            if (trailer.containsKey("Encrypt")) {
                throw new Refused(Problem.ENCRYPTED, "encrypted");
            }
            if (newest && trailer.get("Root") instanceof Ref r) {
                root = r;
            } else if (root == null && trailer.get("Root") instanceof Ref r) {
                root = r;
            }
            newest = false;
            if (trailer.get("XRefStm") instanceof Long x) {
                streamSection((int) Math.min(x, Integer.MAX_VALUE));
            }
            if (trailer.get("Prev") instanceof Long prev) {
                todo.add((int) Math.min(prev, Integer.MAX_VALUE));
            }
        }
    }

    private Map<?, ?> classicSection(int i) {
        while (true) {
            i = pdf.skip(i);
            if (pdf.keywordAt(i, "trailer")) {
                Parsed t = pdf.parse(i + 7);
                if (!(t.value() instanceof Map<?, ?> m)) {
                    throw new Malformed("trailer is not a dictionary");
                }
                return m;
            }
            long[] first = pdf.integer(i);
            long[] count = first == null ? null : pdf.integer((int) first[1]);
            if (count == null || count[0] > budget.maxObjects()) {
                throw new Malformed("malformed cross-reference table");
            }
            i = (int) count[1];
            for (long n = first[0]; n < first[0] + count[0]; n++) {
                long[] offset = pdf.integer(i);
                long[] gen = offset == null ? null : pdf.integer((int) offset[1]);
                if (gen == null) {
                    throw new Malformed("malformed cross-reference entry for object " + n);
                }
                int t = pdf.skip((int) gen[1]);
                if (t >= pdf.length() || (pdf.at(t) != 'n' && pdf.at(t) != 'f')) {
                    throw new Malformed("malformed cross-reference entry for object " + n);
                }
                if (pdf.at(t) == 'n' && n > 0) {
                    define((int) n, offset[0]);
                }
                i = t + 1;
            }
        }
    }

    /** A cross-reference stream (ISO 32000-1 §7.5.8): its entries, then its dictionary as the trailer. */
    private Map<?, ?> streamSection(int at) {
        long[] header = pdf.objectHeader(at);
        if (header == null) {
            throw new Malformed("the cross-reference offset points at no object");
        }
        Parsed dict = pdf.parse((int) header[2]);
        if (!(dict.value() instanceof Map<?, ?> d) || !(d.get("Type") instanceof Name t) || !t.value().equals("XRef")) {
            throw new Malformed("the cross-reference offset points at no cross-reference stream");
        }
        byte[] data = unpredict(streamBytes(d, dict.end(), MAX_OBJECT_STREAM_BYTES), d.get("DecodeParms"));
        List<?> w = d.get("W") instanceof List<?> l ? l : List.of();
        if (w.size() != 3) {
            throw new Malformed("cross-reference stream without /W");
        }
        int[] widths = new int[3];
        for (int k = 0; k < 3; k++) {
            widths[k] = (int) (long) (Long) w.get(k);
            if (widths[k] < 0 || widths[k] > 8) {
                throw new Malformed("cross-reference stream with a bad /W");
            }
        }
        List<Long> index = new ArrayList<>();
        if (d.get("Index") instanceof List<?> idx) {
            idx.forEach(v -> index.add((Long) v));
        } else {
            index.add(0L);
            index.add((Long) d.get("Size"));
        }
        int row = widths[0] + widths[1] + widths[2];
        int pos = 0;
        for (int k = 0; k + 1 < index.size(); k += 2) {
            if (index.get(k + 1) > budget.maxObjects()) {
                throw new Refused(Problem.TOO_LARGE, "more than " + budget.maxObjects() + " objects");
            }
            for (long n = index.get(k); n < index.get(k) + index.get(k + 1); n++) {
                if (pos + row > data.length) {
                    throw new Malformed("cross-reference stream shorter than its index");
                }
                long type = widths[0] == 0 ? 1 : field(data, pos, widths[0]);
                long f2 = field(data, pos + widths[0], widths[1]);
                pos += row;
                if (type == 1) {
                    define((int) n, f2);
                } else if (type == 2 && !offsets.containsKey((int) n)) {
                    compressed.add((int) n);
                }
            }
        }
        return d;
    }

    private static long field(byte[] data, int at, int width) {
        long v = 0;
        for (int k = 0; k < width; k++) {
            v = (v << 8) | (data[at + k] & 0xff);
        }
        return v;
    }

    /** Records an entry (sections are read newest first: an older entry never replaces a newer one). */
    private void define(int number, long offset) {
        if (offset <= 0 || offset >= pdf.length()) {
            throw new Malformed("cross-reference entry of object " + number + " points outside the file");
        }
        int at = (int) offset;
        long[] header = pdf.objectHeader(at);
        if ((header == null || header[0] != number) && shift > 0 && at + shift < pdf.length()) {
            at += shift;
            header = pdf.objectHeader(at);
        }
        if (header == null || header[0] != number) {
            throw new Malformed("cross-reference entry of object " + number + " does not point at it");
        }
        if (!compressed.contains(number)) {
            offsets.putIfAbsent(number, at);
        }
    }

    private void readObject(int number, int offset) {
        long[] header = pdf.objectHeader(offset);
        Parsed value = pdf.parse((int) header[2]);
        checkNames(value.value(), number);
        if (!(value.value() instanceof Map<?, ?> dict)) {
            return;
        }
        int after = pdf.skip(value.end());
        if (!pdf.keywordAt(after, "stream")) {
            return;
        }
        if (dict.get("Type") instanceof Name t && t.value().equals("ObjStm")) {
            objectStream(dict, value.end(), number);
            return;
        }
        boolean image = dict.get("Subtype") instanceof Name s && s.value().equals("Image");
        if (image && dict.get("Width") instanceof Long w && dict.get("Height") instanceof Long h
                && w * h > budget.maxPixels()) {
            throw new Refused(Problem.TOO_LARGE, "image of " + w * h + " pixels in object " + number);
        }
        boolean font = dict.containsKey("Length1") || dict.get("Subtype") instanceof Name f
                && (f.value().equals("Type1C") || f.value().equals("CIDFontType0C") || f.value().equals("OpenType"));
        count(dict, value.end(), image ? budget.maxImageBytes() : font ? budget.maxFontBytes() : budget.maxStreamBytes(),
                number);
    }

    /** The objects inside an object stream (§7.5.7) are checked like the others. */
    private void objectStream(Map<?, ?> dict, int afterDict, int number) {
        byte[] data = streamBytes(dict, afterDict, MAX_OBJECT_STREAM_BYTES);
        if (!(dict.get("N") instanceof Long n) || !(dict.get("First") instanceof Long first) || first > data.length
                || n > budget.maxObjects()) {
            throw new Malformed("object stream " + number + " without a valid /N and /First");
        }
        PdfObjects inner = new PdfObjects(data);
        int i = 0;
        for (long k = 0; k < n; k++) {
            long[] num = inner.integer(i);
            long[] off = num == null ? null : inner.integer((int) num[1]);
            if (off == null || first + off[0] >= data.length) {
                throw new Malformed("object stream " + number + " has a bad offset table");
            }
            checkNames(inner.parse((int) (first + off[0])).value(), (int) num[0]);
            i = (int) off[1];
        }
    }

    private void checkNames(Object value, int number) {
        List<String> names = new ArrayList<>();
        PdfObjects.names(value, names);
        for (String name : names) {
            if (ACTIVE.contains(name)) {
                throw new Refused(Problem.ACTIVE_CONTENT, "/" + name + " in object " + number);
            }
        }
    }

    /** Where a stream's data lies: after "stream" and its end of line, for /Length bytes (or up to "endstream"). */
    private int[] streamData(Map<?, ?> dict, int afterDict) {
        int k = pdf.skip(afterDict) + 6;
        if (k < pdf.length() && pdf.at(k) == '\r') {
            k++;
        }
        if (k < pdf.length() && pdf.at(k) == '\n') {
            k++;
        }
        long length = -1;
        Object l = dict.get("Length");
        if (l instanceof Long direct) {
            length = direct;
        } else if (l instanceof Ref ref && offsets.containsKey(ref.number())) {
            long[] h = pdf.objectHeader(offsets.get(ref.number()));
            if (h != null && pdf.parse((int) h[2]).value() instanceof Long indirect) {
                length = indirect;
            }
        }
        if (length >= 0 && k + length <= pdf.length() && pdf.keywordAt(pdf.skip((int) (k + length)), "endstream")) {
            return new int[]{k, (int) (k + length)};
        }
        int end = pdf.indexOf("endstream", k);
        if (end < 0) {
            throw new Malformed("a stream has no end");
        }
        return new int[]{k, end};
    }

    private List<String> filters(Map<?, ?> dict) {
        Object f = dict.get("Filter");
        List<String> names = new ArrayList<>();
        if (f instanceof Name n) {
            names.add(n.value());
        } else if (f instanceof List<?> list) {
            for (Object o : list) {
                if (!(o instanceof Name n)) {
                    throw new Malformed("a filter that is not a name");
                }
                names.add(n.value());
            }
        }
        return names;
    }

    private void count(Map<?, ?> dict, int afterDict, long limit, int number) {
        decodeInto(dict, afterDict, limit, number, null);
    }

    private byte[] streamBytes(Map<?, ?> dict, int afterDict, long limit) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        decodeInto(dict, afterDict, limit, -1, out);
        return out.toByteArray();
    }

    private void decodeInto(Map<?, ?> dict, int afterDict, long limit, int number, ByteArrayOutputStream keep) {
        int[] range = streamData(dict, afterDict);
        byte[] buf = new byte[65536];
        long total = 0;
        try (InputStream in = PdfFilters.decode(bytes, range[0], range[1], filters(dict))) {
            int n;
            while ((n = in.read(buf)) > 0) {
                total += n;
                decodedTotal += n;
                if (total > limit || decodedTotal > budget.maxDecodedBytes()) {
                    throw new Refused(Problem.TOO_LARGE, "a stream " + (number >= 0 ? "(object " + number + ") " : "")
                            + "decodes to more than " + (total > limit ? limit : budget.maxDecodedBytes()) + " bytes");
                }
                if (keep != null) {
                    keep.write(buf, 0, n);
                }
            }
        } catch (IOException e) {
            throw new Malformed("a stream does not decode: " + e.getMessage());
        }
    }

    /** Undoes the PNG predictors of a cross-reference stream (§7.4.4.4); other predictors are refused. */
    private static byte[] unpredict(byte[] data, Object parms) {
        if (!(parms instanceof Map<?, ?> p) || !(p.get("Predictor") instanceof Long predictor) || predictor < 10) {
            return data;
        }
        int columns = p.get("Columns") instanceof Long c ? (int) (long) c : 1;
        int row = columns + 1;
        if (columns <= 0 || data.length % row != 0) {
            throw new Malformed("cross-reference stream rows do not fit its /Columns");
        }
        byte[] out = new byte[data.length / row * columns];
        byte[] prev = new byte[columns];
        for (int r = 0; r < data.length / row; r++) {
            int type = data[r * row];
            byte[] cur = new byte[columns];
            for (int k = 0; k < columns; k++) {
                int x = data[r * row + 1 + k] & 0xff;
                int a = k > 0 ? cur[k - 1] & 0xff : 0;
                int b = prev[k] & 0xff;
                int c = k > 0 ? prev[k - 1] & 0xff : 0;
                cur[k] = (byte) switch (type) {
                    case 0 -> x;
                    case 1 -> x + a;
                    case 2 -> x + b;
                    case 3 -> x + (a + b) / 2;
                    case 4 -> x + paeth(a, b, c);
                    default -> throw new Malformed("unknown PNG predictor " + type);
                };
            }
            System.arraycopy(cur, 0, out, r * columns, columns);
            prev = cur;
        }
        return out;
    }

    private static int paeth(int a, int b, int c) {
        int p = a + b - c;
        int pa = Math.abs(p - a);
        int pb = Math.abs(p - b);
        int pc = Math.abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
