package com.creditquerydesk.infrastructure.intake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The check of a ZIP container (DOCX, XLSX, OFD) before any library opens it: what it is, from the names in its central
 * directory; then every entry streamed through a counter of real (not declared) sizes under the kind's budget, XML
 * parts searched for a DTD (external entities), and the entries found by streaming compared with the directory's
 * (a second, hidden set of entries is one file to the checker and another to the reader). Entry names must be
 * plain relative paths (README "What intake refuses").
 */
final class ZipStructure {

    /** The kinds of container a letter may be, by the part that makes each what it is, and their budgets. */
    enum Container {
        DOCX(List.of("[Content_Types].xml", "word/document.xml"), 200L * 1024 * 1024),
        /** Read whole into memory by POI: a candidate list's sheet XML is a few MB. */
        XLSX(List.of("[Content_Types].xml", "xl/workbook.xml"), 64L * 1024 * 1024),
        /** GB/T 33190: OFD.xml at the root; read whole into memory (its page images are most of it). */
        OFD(List.of("OFD.xml"), 100L * 1024 * 1024);

        final List<String> parts;
        final long maxUncompressed;

        Container(List<String> parts, long maxUncompressed) {
            this.parts = parts;
            this.maxUncompressed = maxUncompressed;
        }
    }

    static final int MAX_ENTRIES = 2000;
    static final int MAX_RATIO = 100;

    enum Problem { NOT_A_KNOWN_CONTAINER, TOO_LARGE, ENTITIES, CORRUPT }

    static final class Refused extends RuntimeException {
        final Problem problem;
        final Container container;

        Refused(Problem problem, Container container, String message) {
            super(message, null, false, false);
            this.problem = problem;
            this.container = container;
        }
    }

    private ZipStructure() {
    }

    static Container check(byte[] content) {
        Set<String> directory = centralDirectory(content);
        Container container = null;
        for (Container c : Container.values()) {
            if (directory.containsAll(c.parts)) {
                container = c;
            }
        }
        if (container == null) {
            throw new Refused(Problem.NOT_A_KNOWN_CONTAINER, null, "no known main part");
        }
        Set<String> streamed = new HashSet<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            byte[] buf = new byte[16384];
            while ((entry = zip.getNextEntry()) != null) {
                if (!streamed.add(entry.getName()) || streamed.size() > MAX_ENTRIES) {
                    throw new Refused(Problem.CORRUPT, container, "entry repeated or too many entries");
                }
                boolean xml = entry.getName().endsWith(".xml") || entry.getName().endsWith(".rels");
                Tail tail = new Tail();
                int n;
                while ((n = zip.read(buf)) > 0) {
                    total += n;
                    if (total > container.maxUncompressed || total > (long) MAX_RATIO * content.length) {
                        throw new Refused(Problem.TOO_LARGE, container, "expands past " + total + " bytes");
                    }
                    if (xml && tail.containsDtd(buf, n)) {
                        throw new Refused(Problem.ENTITIES, container, entry.getName());
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new Refused(Problem.CORRUPT, container, e.getMessage());
        }
        if (!streamed.equals(directory)) {
            throw new Refused(Problem.CORRUPT, container, "the entries differ from the central directory");
        }
        return container;
    }

    /**
     * The entry names the central directory lists (what a reader that seeks, such as java.util.zip.ZipFile, sees),
     * each checked to be a plain relative path.
     */
    static Set<String> centralDirectory(byte[] content) {
        ByteBuffer b = ByteBuffer.wrap(content).order(ByteOrder.LITTLE_ENDIAN);
        int end = -1;
        for (int i = content.length - 22; i >= Math.max(0, content.length - 22 - 65_535); i--) {
            if (b.getInt(i) == 0x06054b50) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            throw new Refused(Problem.CORRUPT, null, "no end of central directory");
        }
        int count = Short.toUnsignedInt(b.getShort(end + 10));
        long offset = Integer.toUnsignedLong(b.getInt(end + 16));
        if (count > MAX_ENTRIES || offset >= end) {
            throw new Refused(Problem.CORRUPT, null, count + " entries at " + offset);
        }
        Set<String> names = new HashSet<>();
        int p = (int) offset;
        for (int i = 0; i < count; i++) {
            if (p + 46 > end || b.getInt(p) != 0x02014b50) {
                throw new Refused(Problem.CORRUPT, null, "central directory entry " + i);
            }
            int nameLength = Short.toUnsignedInt(b.getShort(p + 28));
            int extra = Short.toUnsignedInt(b.getShort(p + 30));
            int comment = Short.toUnsignedInt(b.getShort(p + 32));
            if (p + 46 + nameLength > end) {
                throw new Refused(Problem.CORRUPT, null, "central directory entry " + i);
            }
            String name = new String(content, p + 46, nameLength, StandardCharsets.UTF_8);
            if (!plainRelative(name) || !names.add(name)) {
                throw new Refused(Problem.CORRUPT, null, "entry name " + name);
            }
            p += 46 + nameLength + extra + comment;
        }
        return names;
    }

    /** No absolute path, drive letter, backslash, empty or parent segment, control character. */
    static boolean plainRelative(String name) {
        if (name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.contains(":")
                || name.chars().anyMatch(c -> c < 0x20)) {
            return false;
        }
        for (String segment : name.split("/", -1)) {
            if (segment.equals("..") || segment.equals(".") || (segment.isEmpty() && !name.endsWith("/"))) {
                return false;
            }
        }
        return true;
    }

    /** Finds "<!DOCTYPE" / "<!ENTITY" across buffer boundaries. */
    private static final class Tail {
        private String carry = "";

        boolean containsDtd(byte[] buf, int n) {
            String chunk = carry + new String(buf, 0, n, StandardCharsets.ISO_8859_1).toUpperCase(Locale.ROOT);
            carry = chunk.substring(Math.max(0, chunk.length() - 9));
            return chunk.contains("<!DOCTYPE") || chunk.contains("<!ENTITY");
        }
    }
}
