package com.creditquerydesk.domain.model.candidate;

import com.creditquerydesk.domain.shared.DataFileLines;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * GB/T 2260 region codes, current and historical, from the data file {@code regions/gbt2260.txt}
 * (format and sources in regions/README.md). The bundled list is loaded from the classpath once.
 * A code missing here may still be real (historical lists are incomplete): callers treat an unknown
 * county as a warning, never as an invalid ID (docs/domain.md#id-number).
 */
public final class RegionCodes {

    static final String RESOURCE = "/regions/gbt2260.txt";

    private final Map<String, String> names;
    private final Set<String> provinces;

    private RegionCodes(Map<String, String> names) {
        this.names = Map.copyOf(names);
        Set<String> p = new HashSet<>();
        names.keySet().stream().filter(c -> c.endsWith("0000")).forEach(c -> p.add(c.substring(0, 2)));
        this.provinces = Set.copyOf(p);
    }

    /** The bundled list, loaded on first use. */
    public static RegionCodes standard() {
        return Bundled.INSTANCE;
    }

    /** Reads a list in the gbt2260.txt format; a malformed line is an {@link IllegalArgumentException} naming it. */
    public static RegionCodes parse(Reader reader) {
        Map<String, String> names = new HashMap<>();
        DataFileLines.read(reader, (lineNo, s) -> {
            String[] parts = s.split("\\s+", 2);
            if (parts.length != 2 || !isDigits(parts[0], 6)) {
                throw new IllegalArgumentException("line " + lineNo + ": expected '<6 digits> <name>': " + s);
            }
            if (names.putIfAbsent(parts[0], parts[1]) != null) {
                throw new IllegalArgumentException("line " + lineNo + ": code " + parts[0] + " listed twice");
            }
        });
        return new RegionCodes(names);
    }

    /** Whether a two-digit province code (e.g. "61") is a province of the list. */
    public boolean provinceExists(String code2) {
        return code2 != null && provinces.contains(code2);
    }

    /** Whether a six-digit code is in the list, current or historical. */
    public boolean countyKnown(String code6) {
        return code6 != null && names.containsKey(code6);
    }

    /** The name of a six-digit code, as the source list spells it. */
    public Optional<String> name(String code6) {
        return code6 == null ? Optional.empty() : Optional.ofNullable(names.get(code6));
    }

    /** Every code of the list, current and historical. */
    public Set<String> codes() {
        return names.keySet();
    }

    /** How many codes the list holds. */
    public int size() {
        return names.size();
    }

    private static boolean isDigits(String s, int length) {
        return s.length() == length && s.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** Holder idiom: the file is read once, on first use, thread-safely. */
    private static final class Bundled {
        static final RegionCodes INSTANCE = load();

        private static RegionCodes load() {
            try (InputStream in = RegionCodes.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing classpath resource " + RESOURCE);
                }
                return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
