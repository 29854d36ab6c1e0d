package com.creditquerydesk.domain.model.extraction;

import com.creditquerydesk.domain.model.candidate.RegionCodes;
import com.creditquerydesk.domain.shared.DataFileLines;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The names sending units have (docs/rules.md#R99): [prefix] region organ — a GB/T 2260 name (a county after its
 * city, a city after its province allowed) followed by an organ (人力资源和社会保障厅, 委组织部, 人民政府办公室 …), with
 * 中共 or 政协 before it — or one of a few whole names. A unit read by OCR one character off such a name (two
 * for names of ten characters or more) is that name, when no other name is as close: {@link #snap}.
 */
public final class UnitLexicon {

    /** No names: nothing is snapped. */
    public static final UnitLexicon NONE = new UnitLexicon(Map.of(), List.of(), List.of(), List.of());

    /** Names of at least this many characters may be two characters off; shorter ones one. */
    static final int LONG_NAME = 10;

    /** Each prefix and the starts of the organs it may stand before; "" before any organ. */
    private final Map<String, List<String>> prefixes;
    private final List<String> organs;
    private final List<String> wholeNames;
    /** Region names and chains (西安市碑林区) by length. */
    private final Map<Integer, List<String>> regionsByLength = new HashMap<>();
    private final Set<String> regions = new HashSet<>();

    private UnitLexicon(Map<String, List<String>> prefixes, List<String> organs, List<String> wholeNames,
                        List<String> regionNames) {
        this.prefixes = new HashMap<>(prefixes);
        this.prefixes.put("", List.of(""));
        this.organs = List.copyOf(organs);
        this.wholeNames = List.copyOf(wholeNames);
        for (String r : regionNames) {
            if (regions.add(r)) {
                regionsByLength.computeIfAbsent(r.length(), k -> new ArrayList<>()).add(r);
            }
        }
    }

    /**
     * The lexicon file ({@code ocr-models/unit-lexicon.txt}: lines "prefix 中共 委,纪委", "organ …", "unit …") over
     * the regions of {@code codes}; a malformed line is an {@link IllegalArgumentException} naming it.
     */
    public static UnitLexicon parse(Reader lexicon, RegionCodes codes) {
        Map<String, List<String>> prefixes = new HashMap<>();
        List<String> organs = new ArrayList<>();
        List<String> whole = new ArrayList<>();
        DataFileLines.read(lexicon, (lineNo, s) -> {
            String[] parts = s.split("\\s+");
            if (parts.length == 3 && parts[0].equals("prefix")) {
                prefixes.put(parts[1], List.of(parts[2].split(",")));
            } else if (parts.length == 2 && parts[0].equals("organ")) {
                organs.add(parts[1]);
            } else if (parts.length == 2 && parts[0].equals("unit")) {
                whole.add(parts[1]);
            } else {
                throw new IllegalArgumentException("line " + lineNo
                        + ": expected 'prefix <text> <organ starts>', 'organ <text>' or 'unit <name>': " + s);
            }
        });
        return new UnitLexicon(prefixes, organs, whole, regionNames(codes));
    }

    /** Each region's name, a county's after its city's and a city's after its province's. */
    private static List<String> regionNames(RegionCodes codes) {
        List<String> out = new ArrayList<>();
        for (String code : codes.codes()) {
            String name = codes.name(code).orElseThrow();
            if (!isRegionName(name)) {
                continue;
            }
            out.add(name);
            String parent = code.endsWith("0000") ? null
                    : code.endsWith("00") ? code.substring(0, 2) + "0000" : code.substring(0, 4) + "00";
            codes.name(parent).filter(UnitLexicon::isRegionName).ifPresent(p -> out.add(p + name));
        }
        return out;
    }

    /** 市辖区, 县 and the like group codes; they are no region's name. */
    private static boolean isRegionName(String name) {
        return name.length() >= 2 && !name.equals("市辖区") && !name.equals("县") && !name.contains("直辖");
    }

    /**
     * The lexicon's name {@code read} is a misreading of: the only name within the allowed distance (one character
     * changed, added or dropped; two for long names) at the least distance. Empty when {@code read} is a name
     * already, when none is close, or when two are as close (then the clerk decides, not the lexicon).
     */
    public Optional<String> snap(String read) {
        if (read == null || read.isEmpty()) {
            return Optional.empty();
        }
        Best best = closest(read, allowed(read));
        return best.distance == 0 || best.names.size() != 1 ? Optional.empty() : Optional.of(best.names.iterator().next());
    }

    /**
     * Whether {@code read} is not a name of the lexicon but one character more off one than {@link #snap} allows (two
     * characters for short names, three for long ones): most likely a misreading, though not one the lexicon can put
     * right (陕西卫生建康委员会 for 陕西省卫生健康委员会).
     */
    public boolean nearMiss(String read) {
        if (read == null || read.isEmpty()) {
            return false;
        }
        int d = closest(read, allowed(read) + 1).distance;
        return d > 0 && d <= allowed(read) + 1;
    }

    private static int allowed(String read) {
        return read.length() >= LONG_NAME ? 2 : 1;
    }

    private Best closest(String read, int allowed) {
        Best best = new Best(allowed);
        for (String whole : wholeNames) {
            best.offer(whole, distance(read, whole, allowed));
        }
        for (String organ : organs) {
            for (int tail = organ.length() - allowed; tail <= organ.length() + allowed; tail++) {
                if (tail < 1 || tail >= read.length()) {
                    continue;
                }
                int organOff = distance(read.substring(read.length() - tail), organ, allowed);
                if (organOff > allowed) {
                    continue;
                }
                String head = read.substring(0, read.length() - tail);
                for (Map.Entry<String, List<String>> p : prefixes.entrySet()) {
                    if (p.getValue().stream().noneMatch(organ::startsWith)) {
                        continue;
                    }
                    String prefix = p.getKey();
                    int left = allowed - organOff;
                    for (int len = head.length() - prefix.length() - left; len <= head.length() - prefix.length() + left; len++) {
                        for (String region : regionsByLength.getOrDefault(len, List.of())) {
                            best.offer(prefix + region + organ, organOff + distance(head, prefix + region, left));
                        }
                    }
                }
            }
        }
        return best;
    }

    /** The closest names seen, at their distance. */
    private static final class Best {
        int distance;
        final Set<String> names = new HashSet<>();

        Best(int allowed) {
            this.distance = allowed + 1;
        }

        void offer(String name, int d) {
            if (d < distance) {
                distance = d;
                names.clear();
            }
            if (d == distance) {
                names.add(name);
            }
        }
    }

    /** Levenshtein distance over characters, or {@code limit + 1} as soon as it must exceed {@code limit}. */
    static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[b.length()], limit + 1);
    }
}
