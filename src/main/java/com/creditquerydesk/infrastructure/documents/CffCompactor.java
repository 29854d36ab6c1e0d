package com.creditquerydesk.infrastructure.documents;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Drops the empty glyph slots iText leaves in a CID-keyed CFF subset.
 *
 * <p>Why: iText subsets a CID-keyed CFF font by replacing unused charstrings with a bare {@code endchar} but keeps
 * every slot, so a subset of Noto Serif CJK (65,535 glyphs) still carries a 262 KB CharStrings index for the one
 * rare name character it is there for. In a CID-keyed CFF the charset maps glyph index to CID, and a PDF selects
 * glyphs by CID, so the used glyphs can be renumbered freely: keep .notdef and the non-empty charstrings, write
 * the charset (GID → original CID) and FDSelect for them, copy everything else. A used blank glyph (a space) is
 * also a bare endchar, hence the used CIDs. Answers the input unchanged when it is not a CID-keyed CFF or nothing
 * is to be gained.
 */
final class CffCompactor {

    private static final int OP_CHARSET = 15;
    private static final int OP_CHARSTRINGS = 17;
    private static final int OP_PRIVATE = 18;
    private static final int OP_ROS = 1230;
    private static final int OP_FDARRAY = 1236;
    private static final int OP_FDSELECT = 1237;
    private static final int OP_SUBRS = 19;

    private CffCompactor() {
    }

    /**
     * @param cff      a CFF font program as iText embedded it
     * @param usedCids glyphs the document shows; kept even when their charstring is a bare endchar (a space)
     */
    static byte[] compact(byte[] cff, java.util.Set<Integer> usedCids) {
        try {
            return new Reader(cff, usedCids).compact();
        } catch (RuntimeException e) {
            return cff; // not a CFF this class understands: leave it as iText wrote it
        }
    }

    /** One DICT entry: operator and the raw bytes of its operands, plus the operands read as integers. */
    private record Entry(int op, byte[] raw, List<Integer> ints) {
    }

    private record Index(int start, int end, int[] offsets, int dataStart) {
        int count() {
            return offsets.length - 1;
        }

        byte[] item(byte[] d, int i) {
            return java.util.Arrays.copyOfRange(d, dataStart + offsets[i], dataStart + offsets[i + 1]);
        }
    }

    private static final class Reader {
        private final byte[] d;
        private final java.util.Set<Integer> usedCids;

        Reader(byte[] d, java.util.Set<Integer> usedCids) {
            this.d = d;
            this.usedCids = usedCids;
        }

        byte[] compact() {
            int pos = d[2] & 0xFF;
            Index names = index(pos);
            Index tops = index(names.end);
            Index strings = index(tops.end);
            Index gsubrs = index(strings.end);
            List<Entry> top = dict(tops.item(d, 0));
            if (find(top, OP_ROS) == null) {
                return d; // name-keyed font: glyph numbers are codes, keep them
            }
            Index charStrings = index(find(top, OP_CHARSTRINGS).ints.get(0));
            int nGlyphs = charStrings.count();
            int[] cids = charset(find(top, OP_CHARSET).ints.get(0), nGlyphs);
            int[] fds = fdSelect(find(top, OP_FDSELECT).ints.get(0), nGlyphs);
            Index fdArray = index(find(top, OP_FDARRAY).ints.get(0));

            List<Integer> keep = new ArrayList<>();
            for (int g = 0; g < nGlyphs; g++) {
                byte[] cs = charStrings.item(d, g);
                if (g == 0 || !(cs.length == 1 && cs[0] == 14) || usedCids.contains(cids[g])) {
                    keep.add(g);
                }
            }
            if (keep.size() * 2 > nGlyphs) {
                return d;
            }

            // fixed part: header, Name, Top DICT (rewritten below, fixed size), String and Global Subr INDEXes
            byte[] header = java.util.Arrays.copyOfRange(d, 0, names.end);
            byte[] stringsAndGsubrs = java.util.Arrays.copyOfRange(d, strings.start, gsubrs.end);
            int topSize = topDict(top, 0, 0, 0, 0).length;
            int topIndexSize = indexBytes(List.of(new byte[topSize])).length;
            int at = header.length + topIndexSize + stringsAndGsubrs.length;

            ByteArrayOutputStream charset = new ByteArrayOutputStream();
            charset.write(0); // format 0: one SID/CID per glyph after .notdef
            for (int i = 1; i < keep.size(); i++) {
                int cid = cids[keep.get(i)];
                charset.write(cid >> 8);
                charset.write(cid);
            }
            int charsetAt = at;
            at += charset.size();

            ByteArrayOutputStream fdSelect = new ByteArrayOutputStream();
            fdSelect.write(0); // format 0: one FD index per glyph
            for (int g : keep) {
                fdSelect.write(fds[g]);
            }
            int fdSelectAt = at;
            at += fdSelect.size();

            List<byte[]> glyphs = new ArrayList<>();
            for (int g : keep) {
                glyphs.add(charStrings.item(d, g));
            }
            byte[] charStringsIndex = indexBytes(glyphs);
            int charStringsAt = at;
            at += charStringsIndex.length;

            // FDArray: each Font DICT points at its Private DICT, copied with its local subrs right after
            List<List<Entry>> fontDicts = new ArrayList<>();
            List<byte[]> privates = new ArrayList<>();
            List<Integer> privateSizes = new ArrayList<>();
            java.util.Set<Integer> usedFds = new java.util.HashSet<>();
            for (int g : keep) {
                byte[] cs = charStrings.item(d, g);
                if (!(cs.length == 1 && cs[0] == 14)) {
                    usedFds.add(fds[g]); // a bare endchar calls no subroutine: its FD needs no local subrs
                }
            }
            for (int i = 0; i < fdArray.count(); i++) {
                List<Entry> fd = dict(fdArray.item(d, i));
                fontDicts.add(fd);
                Entry priv = find(fd, OP_PRIVATE);
                int size = priv.ints.get(0);
                int offset = priv.ints.get(1);
                List<Entry> privateDict = new ArrayList<>(dict(java.util.Arrays.copyOfRange(d, offset, offset + size)));
                Entry subrs = find(privateDict, OP_SUBRS);
                if (subrs != null && !usedFds.contains(i)) {
                    // no kept glyph uses this FD: its local subrs would be dead weight
                    privateDict.remove(subrs);
                    subrs = null;
                }
                // the local subrs go right after their Private DICT, wherever iText had put them
                byte[] subrsBytes = new byte[0];
                if (subrs != null) {
                    Index local = index(offset + subrs.ints.get(0));
                    subrsBytes = java.util.Arrays.copyOfRange(d, local.start, local.end);
                }
                byte[] dictBytes = privateDict(privateDict, 0);
                byte[] withSubrs = privateDict(privateDict, dictBytes.length);
                ByteArrayOutputStream p = new ByteArrayOutputStream();
                p.writeBytes(withSubrs);
                p.writeBytes(subrsBytes);
                privateSizes.add(withSubrs.length);
                privates.add(p.toByteArray());
            }
            int fdArrayAt = at;
            List<byte[]> fontDictBytes = new ArrayList<>();
            for (List<Entry> fd : fontDicts) {
                fontDictBytes.add(fontDict(fd, 0, 0));
            }
            int privateAt = fdArrayAt + indexBytes(fontDictBytes).length;
            fontDictBytes.clear();
            for (int i = 0; i < fontDicts.size(); i++) {
                fontDictBytes.add(fontDict(fontDicts.get(i), privateSizes.get(i), privateAt));
                privateAt += privates.get(i).length;
            }
            byte[] fdArrayIndex = indexBytes(fontDictBytes);

            ByteArrayOutputStream out = new ByteArrayOutputStream(at + fdArrayIndex.length + 4096);
            out.writeBytes(header);
            out.writeBytes(indexBytes(List.of(topDict(top, charsetAt, charStringsAt, fdSelectAt, fdArrayAt))));
            out.writeBytes(stringsAndGsubrs);
            out.writeBytes(charset.toByteArray());
            out.writeBytes(fdSelect.toByteArray());
            out.writeBytes(charStringsIndex);
            out.writeBytes(fdArrayIndex);
            privates.forEach(out::writeBytes);
            return out.toByteArray();
        }

        private int[] charset(int offset, int nGlyphs) {
            int[] cids = new int[nGlyphs];
            int format = d[offset] & 0xFF;
            int p = offset + 1;
            int g = 1;
            while (g < nGlyphs) {
                if (format == 0) {
                    cids[g++] = u16(p);
                    p += 2;
                } else {
                    int first = u16(p);
                    int left = format == 1 ? d[p + 2] & 0xFF : u16(p + 2);
                    p += format == 1 ? 3 : 4;
                    for (int i = 0; i <= left && g < nGlyphs; i++) {
                        cids[g++] = first + i;
                    }
                }
            }
            return cids;
        }

        private int[] fdSelect(int offset, int nGlyphs) {
            int[] fds = new int[nGlyphs];
            int format = d[offset] & 0xFF;
            if (format == 0) {
                for (int g = 0; g < nGlyphs; g++) {
                    fds[g] = d[offset + 1 + g] & 0xFF;
                }
                return fds;
            }
            if (format != 3) {
                throw new IllegalArgumentException("FDSelect format " + format);
            }
            int ranges = u16(offset + 1);
            for (int r = 0; r < ranges; r++) {
                int p = offset + 3 + r * 3;
                int first = u16(p);
                int fd = d[p + 2] & 0xFF;
                int next = u16(p + 3);
                for (int g = first; g < next && g < nGlyphs; g++) {
                    fds[g] = fd;
                }
            }
            return fds;
        }

        private Index index(int pos) {
            int count = u16(pos);
            if (count == 0) {
                return new Index(pos, pos + 2, new int[]{1}, pos + 2);
            }
            int offSize = d[pos + 2] & 0xFF;
            int[] offsets = new int[count + 1];
            int p = pos + 3;
            for (int i = 0; i <= count; i++) {
                int v = 0;
                for (int k = 0; k < offSize; k++) {
                    v = (v << 8) | (d[p++] & 0xFF);
                }
                offsets[i] = v;
            }
            int dataStart = p - 1;
            return new Index(pos, dataStart + offsets[count], offsets, dataStart);
        }

        private int u16(int p) {
            return ((d[p] & 0xFF) << 8) | (d[p + 1] & 0xFF);
        }
    }

    /** Parses a DICT keeping each operator's raw operand bytes. */
    private static List<Entry> dict(byte[] b) {
        List<Entry> entries = new ArrayList<>();
        List<Integer> ints = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < b.length) {
            int b0 = b[i] & 0xFF;
            if (b0 <= 21) {
                int op = b0;
                int opStart = i;
                i++;
                if (b0 == 12) {
                    op = 1200 + (b[i] & 0xFF);
                    i++;
                }
                entries.add(new Entry(op, java.util.Arrays.copyOfRange(b, start, opStart), ints));
                ints = new ArrayList<>();
                start = i;
            } else if (b0 == 28) {
                ints.add((int) (short) (((b[i + 1] & 0xFF) << 8) | (b[i + 2] & 0xFF)));
                i += 3;
            } else if (b0 == 29) {
                ints.add(((b[i + 1] & 0xFF) << 24) | ((b[i + 2] & 0xFF) << 16) | ((b[i + 3] & 0xFF) << 8) | (b[i + 4] & 0xFF));
                i += 5;
            } else if (b0 == 30) {
                i++;
                while (i < b.length) {
                    int nib = b[i++] & 0xFF;
                    if ((nib & 0x0F) == 0x0F || (nib >> 4) == 0x0F) {
                        break;
                    }
                }
                ints.add(0);
            } else if (b0 >= 32 && b0 <= 246) {
                ints.add(b0 - 139);
                i++;
            } else if (b0 >= 247 && b0 <= 250) {
                ints.add((b0 - 247) * 256 + (b[i + 1] & 0xFF) + 108);
                i += 2;
            } else if (b0 >= 251 && b0 <= 254) {
                ints.add(-(b0 - 251) * 256 - (b[i + 1] & 0xFF) - 108);
                i += 2;
            } else {
                throw new IllegalArgumentException("bad DICT byte " + b0);
            }
        }
        return entries;
    }

    private static Entry find(List<Entry> dict, int op) {
        return dict.stream().filter(e -> e.op == op).findFirst().orElse(null);
    }

    private static byte[] topDict(List<Entry> top, int charset, int charStrings, int fdSelect, int fdArray) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Entry e : top) {
            switch (e.op) {
                case OP_CHARSET -> int32(out, charset);
                case OP_CHARSTRINGS -> int32(out, charStrings);
                case OP_FDSELECT -> int32(out, fdSelect);
                case OP_FDARRAY -> int32(out, fdArray);
                default -> out.writeBytes(e.raw);
            }
            operator(out, e.op);
        }
        return out.toByteArray();
    }

    private static byte[] fontDict(List<Entry> fd, int privateSize, int privateOffset) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Entry e : fd) {
            if (e.op == OP_PRIVATE) {
                int32(out, privateSize);
                int32(out, privateOffset);
            } else {
                out.writeBytes(e.raw);
            }
            operator(out, e.op);
        }
        return out.toByteArray();
    }

    /** A Private DICT whose Subrs (relative to the DICT's start) follow it directly at subrsOffset. */
    private static byte[] privateDict(List<Entry> priv, int subrsOffset) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Entry e : priv) {
            if (e.op == OP_SUBRS) {
                int32(out, subrsOffset);
            } else {
                out.writeBytes(e.raw);
            }
            operator(out, e.op);
        }
        return out.toByteArray();
    }

    private static void operator(ByteArrayOutputStream out, int op) {
        if (op >= 1200) {
            out.write(12);
            out.write(op - 1200);
        } else {
            out.write(op);
        }
    }

    /** Offsets are always written in the 5-byte form, so a DICT's size does not depend on them. */
    private static void int32(ByteArrayOutputStream out, int v) {
        out.write(29);
        out.write(v >>> 24);
        out.write(v >>> 16);
        out.write(v >>> 8);
        out.write(v);
    }

    private static byte[] indexBytes(List<byte[]> items) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int total = 1;
        for (byte[] item : items) {
            total += item.length;
        }
        int offSize = total < 0x100 ? 1 : total < 0x10000 ? 2 : total < 0x1000000 ? 3 : 4;
        out.write(items.size() >> 8);
        out.write(items.size());
        out.write(offSize);
        int offset = 1;
        for (int i = 0; i <= items.size(); i++) {
            for (int k = offSize - 1; k >= 0; k--) {
                out.write(offset >>> (8 * k));
            }
            if (i < items.size()) {
                offset += items.get(i).length;
            }
        }
        items.forEach(out::writeBytes);
        return out.toByteArray();
    }
}
