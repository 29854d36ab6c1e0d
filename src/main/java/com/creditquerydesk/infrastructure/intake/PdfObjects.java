package com.creditquerydesk.infrastructure.intake;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small reader of PDF's object syntax (ISO 32000-1 §7.3) over the raw bytes, enough to check a file's structure
 * and budget before any library decodes it: dictionaries, arrays, names (with #xx escapes undone), numbers and
 * references. Strings and other tokens are skipped. Every method stops at the end of the bytes.
 */
final class PdfObjects {

    /** An indirect reference "n g R". */
    record Ref(int number, int generation) {
    }

    /** A name, #xx escapes decoded, without the slash. */
    record Name(String value) {
    }

    /** A parsed value and the offset just after it. */
    record Parsed(Object value, int end) {
    }

    /** Any other token (a string, true, null…): its content does not matter here. */
    static final Object OTHER = new Object();

    private static final int MAX_DEPTH = 64;

    private final byte[] b;

    PdfObjects(byte[] bytes) {
        this.b = bytes;
    }

    int length() {
        return b.length;
    }

    byte at(int i) {
        return b[i];
    }

    static boolean white(int c) {
        return c == 0 || c == 9 || c == 10 || c == 12 || c == 13 || c == 32;
    }

    static boolean delimiter(int c) {
        return c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c == '{' || c == '}'
                || c == '/' || c == '%';
    }

    /** Skips white space and comments. */
    int skip(int i) {
        while (i < b.length) {
            int c = b[i] & 0xff;
            if (white(c)) {
                i++;
            } else if (c == '%') {
                while (i < b.length && b[i] != '\n' && b[i] != '\r') {
                    i++;
                }
            } else {
                break;
            }
        }
        return i;
    }

    boolean keywordAt(int i, String keyword) {
        if (i < 0 || i + keyword.length() > b.length) {
            return false;
        }
        for (int k = 0; k < keyword.length(); k++) {
            if (b[i + k] != keyword.charAt(k)) {
                return false;
            }
        }
        int after = i + keyword.length();
        return after == b.length || white(b[after] & 0xff) || delimiter(b[after] & 0xff);
    }

    /** The last occurrence of the ASCII text at or before {@code from}, or -1. */
    int lastIndexOf(String text, int from) {
        for (int i = Math.min(from, b.length - text.length()); i >= 0; i--) {
            if (regionMatches(i, text)) {
                return i;
            }
        }
        return -1;
    }

    int indexOf(String text, int from) {
        for (int i = Math.max(0, from); i + text.length() <= b.length; i++) {
            if (regionMatches(i, text)) {
                return i;
            }
        }
        return -1;
    }

    private boolean regionMatches(int i, String text) {
        for (int k = 0; k < text.length(); k++) {
            if (b[i + k] != text.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** A non-negative integer at i (after white space), or null. */
    long[] integer(int i) {
        i = skip(i);
        int start = i;
        long v = 0;
        while (i < b.length && b[i] >= '0' && b[i] <= '9' && i - start < 18) {
            v = v * 10 + (b[i] - '0');
            i++;
        }
        return i == start ? null : new long[]{v, i};
    }

    /** "n g obj" at i: {number, generation, offset after "obj"}, or null. */
    long[] objectHeader(int i) {
        long[] n = integer(i);
        if (n == null) {
            return null;
        }
        long[] g = integer((int) n[1]);
        if (g == null) {
            return null;
        }
        int k = skip((int) g[1]);
        return keywordAt(k, "obj") ? new long[]{n[0], g[0], k + 3} : null;
    }

    Parsed parse(int i) {
        return parse(i, 0);
    }

    private Parsed parse(int i, int depth) {
        if (depth > MAX_DEPTH) {
            throw new PdfStructure.Malformed("objects nested too deeply");
        }
        i = skip(i);
        if (i >= b.length) {
            throw new PdfStructure.Malformed("unexpected end of file");
        }
        int c = b[i] & 0xff;
        if (c == '<' && i + 1 < b.length && b[i + 1] == '<') {
            Map<String, Object> dict = new LinkedHashMap<>();
            i += 2;
            while (true) {
                i = skip(i);
                if (i + 1 < b.length && b[i] == '>' && b[i + 1] == '>') {
                    return new Parsed(dict, i + 2);
                }
                if (i >= b.length || b[i] != '/') {
                    throw new PdfStructure.Malformed("dictionary key expected");
                }
                Parsed key = parse(i, depth + 1);
                Parsed value = parse(key.end(), depth + 1);
                dict.put(((Name) key.value()).value(), value.value());
                i = value.end();
            }
        }
        if (c == '[') {
            List<Object> list = new ArrayList<>();
            i++;
            while (true) {
                i = skip(i);
                if (i < b.length && b[i] == ']') {
                    return new Parsed(list, i + 1);
                }
                Parsed item = parse(i, depth + 1);
                list.add(item.value());
                i = item.end();
            }
        }
        if (c == '/') {
            StringBuilder name = new StringBuilder();
            i++;
            while (i < b.length && !white(b[i] & 0xff) && !delimiter(b[i] & 0xff)) {
                if (b[i] == '#' && i + 2 < b.length && hex(b[i + 1]) >= 0 && hex(b[i + 2]) >= 0) {
                    name.append((char) (hex(b[i + 1]) * 16 + hex(b[i + 2])));
                    i += 3;
                } else {
                    name.append((char) (b[i] & 0xff));
                    i++;
                }
            }
            return new Parsed(new Name(name.toString()), i);
        }
        if (c == '(') {
            return new Parsed(OTHER, literalStringEnd(i));
        }
        if (c == '<') {
            int end = indexOf(">", i);
            if (end < 0) {
                throw new PdfStructure.Malformed("unterminated hex string");
            }
            return new Parsed(OTHER, end + 1);
        }
        if ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.') {
            long[] n = integer(i);
            if (n != null) {
                long[] g = integer((int) n[1]);
                if (g != null) {
                    int r = skip((int) g[1]);
                    if (r < b.length && b[r] == 'R' && (r + 1 == b.length || white(b[r + 1] & 0xff)
                            || delimiter(b[r + 1] & 0xff))) {
                        return new Parsed(new Ref((int) n[0], (int) g[0]), r + 1);
                    }
                }
                int e = (int) n[1];
                if (e < b.length && b[e] == '.') {
                    return new Parsed(OTHER, tokenEnd(i));
                }
                return new Parsed(n[0], e);
            }
            return new Parsed(OTHER, tokenEnd(i));
        }
        if (c == ')' || c == '>' || c == ']' || c == '}' || c == '{') {
            throw new PdfStructure.Malformed("unexpected '" + (char) c + "'");
        }
        return new Parsed(OTHER, tokenEnd(i));
    }

    private int tokenEnd(int i) {
        int start = i;
        while (i < b.length && !white(b[i] & 0xff) && !delimiter(b[i] & 0xff)) {
            i++;
        }
        return i == start ? i + 1 : i;
    }

    private int literalStringEnd(int i) {
        int depth = 0;
        for (; i < b.length; i++) {
            int c = b[i];
            if (c == '\\') {
                i++;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i + 1;
            }
        }
        throw new PdfStructure.Malformed("unterminated string");
    }

    private static int hex(byte c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    /** Every name inside a value, however deeply nested. */
    static void names(Object value, List<String> into) {
        if (value instanceof Name n) {
            into.add(n.value());
        } else if (value instanceof Map<?, ?> m) {
            m.forEach((k, v) -> {
                into.add((String) k);
                names(v, into);
            });
        } else if (value instanceof List<?> l) {
            l.forEach(v -> names(v, into));
        }
    }

    static String ascii(byte[] bytes, int from, int to) {
        return new String(bytes, from, Math.max(0, to - from), StandardCharsets.ISO_8859_1);
    }
}
