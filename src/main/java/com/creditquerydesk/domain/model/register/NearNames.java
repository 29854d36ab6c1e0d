package com.creditquerydesk.domain.model.register;

import com.creditquerydesk.domain.shared.DataFileLines;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The near-name rule of the possible-hit safety net (docs/rules.md#R56) with its table of confusable characters, the
 * data file {@code names/confusions.txt} (format in names/README.md): a name a letter gives and the register's name
 * for the same ID are near when they differ by one character (changed, missing, extra), by two neighbouring
 * characters swapped, by the order of their dotted parts, or only in characters the table knows as confusions.
 */
public final class NearNames {

    static final String RESOURCE = "/names/confusions.txt";

    /** Unordered pairs of code points, packed into one long (smaller first). */
    private final Set<Long> lookAlike;
    private final Set<Long> soundAlike;

    private NearNames(Set<Long> lookAlike, Set<Long> soundAlike) {
        this.lookAlike = Set.copyOf(lookAlike);
        this.soundAlike = Set.copyOf(soundAlike);
    }

    /** The bundled table, loaded on first use. */
    public static NearNames standard() {
        return Bundled.INSTANCE;
    }

    /** Reads a table in the confusions.txt format; a malformed line is an {@link IllegalArgumentException} naming it. */
    public static NearNames parse(Reader reader) {
        Map<String, Set<Long>> pairs = new HashMap<>(Map.of("形", new HashSet<>(), "音", new HashSet<>()));
        DataFileLines.read(reader, (lineNo, s) -> {
            String[] parts = s.split("\\s+");
            Set<Long> kind = pairs.get(parts[0]);
            if (kind == null || parts.length < 3) {
                throw new IllegalArgumentException("line " + lineNo + ": expected '形|音 <character> <character> …': " + s);
            }
            int[] group = new int[parts.length - 1];
            for (int i = 1; i < parts.length; i++) {
                if (parts[i].codePointCount(0, parts[i].length()) != 1) {
                    throw new IllegalArgumentException("line " + lineNo + ": '" + parts[i] + "' is not one character");
                }
                group[i - 1] = parts[i].codePointAt(0);
            }
            if (Arrays.stream(group).distinct().count() != group.length) {
                throw new IllegalArgumentException("line " + lineNo + ": a character is listed twice: " + s);
            }
            for (int i = 0; i < group.length; i++) {
                for (int j = i + 1; j < group.length; j++) {
                    kind.add(pair(group[i], group[j]));
                }
            }
        });
        return new NearNames(pairs.get("形"), pairs.get("音"));
    }

    /**
     * How the read name differs from the listed one, both normalised (NameMatching); empty when they are equal (an
     * exact match, not a possible one) or too far apart.
     */
    public Optional<NameDifference> difference(String read, String listed) {
        int[] a = read.codePoints().toArray();
        int[] b = listed.codePoints().toArray();
        if (a.length == 0 || b.length == 0 || Arrays.equals(a, b)) {
            return Optional.empty();
        }
        if (a.length == b.length) {
            return sameLength(a, b);
        }
        if (Math.abs(a.length - b.length) == 1) {
            boolean missing = a.length < b.length;
            return oneInserted(missing ? a : b, missing ? b : a)
                    ? Optional.of(missing ? NameDifference.CHARACTER_MISSING : NameDifference.CHARACTER_EXTRA)
                    : Optional.empty();
        }
        return Optional.empty();
    }

    private Optional<NameDifference> sameLength(int[] a, int[] b) {
        int first = -1;
        int differing = 0;
        boolean allConfusions = true;
        boolean anyLookAlike = false;
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                first = differing == 0 ? i : first;
                differing++;
                boolean look = lookAlike.contains(pair(a[i], b[i]));
                anyLookAlike |= look;
                allConfusions &= look || soundAlike.contains(pair(a[i], b[i]));
            }
        }
        if (allConfusions) {
            return Optional.of(anyLookAlike ? NameDifference.LOOK_ALIKE : NameDifference.SOUND_ALIKE);
        }
        if (differing == 1) {
            return Optional.of(NameDifference.ONE_CHARACTER);
        }
        if (differing == 2 && a[first] == b[first + 1] && a[first + 1] == b[first]) {
            return Optional.of(NameDifference.CHARACTERS_SWAPPED);
        }
        return partsSwapped(new String(a, 0, a.length), new String(b, 0, b.length))
                ? Optional.of(NameDifference.PARTS_SWAPPED) : Optional.empty();
    }

    /** Whether {@code longer} is {@code shorter} with one code point inserted somewhere. */
    private static boolean oneInserted(int[] shorter, int[] longer) {
        int i = 0;
        while (i < shorter.length && shorter[i] == longer[i]) {
            i++;
        }
        return Arrays.equals(shorter, i, shorter.length, longer, i + 1, longer.length);
    }

    private static boolean partsSwapped(String a, String b) {
        String dot = String.valueOf(NameMatching.MIDDLE_DOT);
        if (!a.contains(dot)) {
            return false;
        }
        List<String> pa = Arrays.stream(a.split(dot, -1)).sorted().toList();
        List<String> pb = Arrays.stream(b.split(dot, -1)).sorted().toList();
        return pa.equals(pb);
    }

    private static long pair(int x, int y) {
        return ((long) Math.min(x, y) << 32) | Math.max(x, y);
    }

    private static final class Bundled {
        static final NearNames INSTANCE = load();

        private static NearNames load() {
            try (InputStream in = NearNames.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the bundled table " + RESOURCE + " is missing");
                }
                return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
