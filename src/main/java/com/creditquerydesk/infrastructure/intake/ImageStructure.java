package com.creditquerydesk.infrastructure.intake;

import java.util.HashSet;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Walks the structure of PNG, JPEG and TIFF files on their raw bytes before any image library decodes them
 * (README "What intake refuses"): the size of every page from its header, a TIFF's chain of pages followed with
 * every offset remembered (a loop or a chain longer than the page limit stops it), every PNG chunk's checksum and
 * its image data inflated into a counter to the exact size the header implies, a JPEG's segments up to its end
 * marker. A file that is cut off or does not decode completely is refused.
 */
final class ImageStructure {

    /** A page's size in pixels. */
    record Page(long width, long height) {
        long pixels() {
            return width * height;
        }
    }

    enum Problem { CORRUPT, TOO_MANY_PIXELS, TOO_MANY_PAGES }

    /** Why a file is refused. */
    static final class Refused extends RuntimeException {
        final Problem problem;

        Refused(Problem problem, String detail) {
            super(detail);
            this.problem = problem;
        }
    }

    private ImageStructure() {
    }

    private static Refused corrupt(String detail) {
        return new Refused(Problem.CORRUPT, detail);
    }

    // ---- PNG (ISO/IEC 15948) ----

    static Page png(byte[] b, long maxPixels) {
        int i = 8;
        Page page = null;
        int bitsPerPixel = 0;
        boolean interlaced = false;
        boolean ended = false;
        Inflater inflater = new Inflater();
        long inflated = 0;
        long expected = 0;
        byte[] sink = new byte[65536];
        try {
            while (i + 12 <= b.length && !ended) {
                long length = u32(b, i, false);
                String type = new String(b, i + 4, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
                if (length > b.length - i - 12) {
                    throw corrupt("chunk " + type + " runs past the end of the file");
                }
                int data = i + 8;
                CRC32 crc = new CRC32();
                crc.update(b, i + 4, 4 + (int) length);
                if (crc.getValue() != u32(b, data + (int) length, false)) {
                    throw corrupt("chunk " + type + " has a wrong checksum");
                }
                switch (type) {
                    case "IHDR" -> {
                        page = new Page(u32(b, data, false), u32(b, data + 4, false));
                        if (page.width() == 0 || page.height() == 0) {
                            throw corrupt("zero-sized image");
                        }
                        if (page.pixels() > maxPixels) {
                            throw new Refused(Problem.TOO_MANY_PIXELS, page.pixels() + " pixels");
                        }
                        int depth = b[data + 8];
                        int channels = switch (b[data + 9]) {
                            case 0, 3 -> 1;
                            case 2 -> 3;
                            case 4 -> 2;
                            case 6 -> 4;
                            default -> throw corrupt("unknown colour type");
                        };
                        bitsPerPixel = depth * channels;
                        interlaced = b[data + 12] == 1;
                        expected = interlaced ? interlacedSize(page, bitsPerPixel) : rows(page.width(), page.height(),
                                bitsPerPixel);
                    }
                    case "IDAT" -> {
                        if (page == null) {
                            throw corrupt("image data before the header");
                        }
                        inflater.setInput(b, data, (int) length);
                        while (!inflater.needsInput() && !inflater.finished()) {
                            if (inflater.needsDictionary()) {
                                throw corrupt("image data needs a preset dictionary");
                            }
                            inflated += inflater.inflate(sink);
                            if (inflated > expected) {
                                throw corrupt("image data longer than its header says");
                            }
                        }
                    }
                    case "IEND" -> ended = true;
                    default -> {
                    }
                }
                i = data + (int) length + 4;
            }
        } catch (DataFormatException e) {
            throw corrupt("image data does not decode: " + e.getMessage());
        } finally {
            inflater.end();
        }
        if (page == null || !ended) {
            throw corrupt("the file is cut off (no IEND)");
        }
        if (inflated != expected) {
            throw corrupt("image data ends after " + inflated + " of " + expected + " bytes");
        }
        return page;
    }

    private static long rows(long width, long height, int bitsPerPixel) {
        return width == 0 || height == 0 ? 0 : height * (1 + (width * bitsPerPixel + 7) / 8);
    }

    /** Adam7: seven passes over sub-grids of the image. */
    private static long interlacedSize(Page p, int bitsPerPixel) {
        int[][] passes = {{0, 0, 8, 8}, {4, 0, 8, 8}, {0, 4, 4, 8}, {2, 0, 4, 4}, {0, 2, 2, 4}, {1, 0, 2, 2}, {0, 1, 1, 2}};
        long total = 0;
        for (int[] q : passes) {
            long w = (p.width() - q[0] + q[2] - 1) / q[2];
            long h = (p.height() - q[1] + q[3] - 1) / q[3];
            total += rows(Math.max(0, w), Math.max(0, h), bitsPerPixel);
        }
        return total;
    }

    // ---- JPEG (ITU-T T.81) ----

    static Page jpeg(byte[] b, long maxPixels) {
        if (b.length < 4 || (b[0] & 0xff) != 0xFF || (b[1] & 0xff) != 0xD8) {
            throw corrupt("no start-of-image marker");
        }
        Page page = null;
        int i = 2;
        while (true) {
            if (i + 1 >= b.length) {
                throw corrupt("the file is cut off (no end-of-image marker)");
            }
            if ((b[i] & 0xff) != 0xFF) {
                throw corrupt("a segment does not start with a marker");
            }
            int marker = b[i + 1] & 0xff;
            if (marker == 0xFF) {
                i++;
                continue;
            }
            if (marker == 0xD9) {
                break;
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                i += 2;
                continue;
            }
            if (i + 3 >= b.length) {
                throw corrupt("the file is cut off inside a segment");
            }
            int length = ((b[i + 2] & 0xff) << 8) | (b[i + 3] & 0xff);
            if (length < 2 || i + 2 + length > b.length) {
                throw corrupt("a segment runs past the end of the file");
            }
            boolean frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (frame) {
                if (length < 8) {
                    throw corrupt("a short frame header");
                }
                page = new Page(((b[i + 7] & 0xff) << 8) | (b[i + 8] & 0xff), ((b[i + 5] & 0xff) << 8) | (b[i + 6] & 0xff));
                if (page.pixels() > maxPixels) {
                    throw new Refused(Problem.TOO_MANY_PIXELS, page.pixels() + " pixels");
                }
            }
            i += 2 + length;
            if (marker == 0xDA) {
                // Entropy-coded data runs until the next marker that is not a stuffed 0xFF00 or a restart marker.
                while (i + 1 < b.length && !((b[i] & 0xff) == 0xFF && (b[i + 1] & 0xff) != 0
                        && ((b[i + 1] & 0xff) < 0xD0 || (b[i + 1] & 0xff) > 0xD7))) {
                    i++;
                }
            }
        }
        if (page == null || page.pixels() == 0) {
            throw corrupt("no frame header");
        }
        return page;
    }

    // ---- TIFF 6.0 (classic; BigTIFF is not what scanners write and is refused) ----

    /** The pages of a TIFF, at most {@code maxPages}: their count, each checked for size and complete strips. */
    static int tiff(byte[] b, long maxPixels, int maxPages) {
        if (b.length < 8) {
            throw corrupt("the file is cut off");
        }
        boolean little = b[0] == 'I' && b[1] == 'I';
        if (!little && !(b[0] == 'M' && b[1] == 'M')) {
            throw corrupt("no TIFF byte-order mark");
        }
        int magic = u16(b, 2, little);
        if (magic == 43) {
            throw corrupt("BigTIFF is not accepted");
        }
        if (magic != 42) {
            throw corrupt("not a TIFF");
        }
        Set<Long> seen = new HashSet<>();
        long ifd = u32(b, 4, little);
        int pages = 0;
        while (ifd != 0) {
            if (!seen.add(ifd)) {
                throw corrupt("the chain of pages loops back to page at offset " + ifd);
            }
            if (++pages > maxPages) {
                throw new Refused(Problem.TOO_MANY_PAGES, "more than " + maxPages + " pages");
            }
            if (ifd + 2 > b.length) {
                throw corrupt("a page's directory lies outside the file");
            }
            int entries = u16(b, (int) ifd, little);
            long next = ifd + 2 + 12L * entries;
            if (next + 4 > b.length) {
                throw corrupt("a page's directory runs past the end of the file");
            }
            checkTiffPage(b, (int) ifd + 2, entries, little, maxPixels, pages);
            ifd = u32(b, (int) next, little);
        }
        if (pages == 0) {
            throw corrupt("no pages");
        }
        return pages;
    }

    private static void checkTiffPage(byte[] b, int first, int entries, boolean little, long maxPixels, int page) {
        long width = 0;
        long height = 0;
        long[] offsets = null;
        long[] counts = null;
        for (int k = 0; k < entries; k++) {
            int e = first + 12 * k;
            int tag = u16(b, e, little);
            switch (tag) {
                case 256 -> width = values(b, e, little)[0];
                case 257 -> height = values(b, e, little)[0];
                case 273, 324 -> offsets = values(b, e, little);
                case 279, 325 -> counts = values(b, e, little);
                default -> {
                }
            }
        }
        if (width == 0 || height == 0) {
            throw corrupt("page " + page + " has no size");
        }
        if (width * height > maxPixels) {
            throw new Refused(Problem.TOO_MANY_PIXELS, "page " + page + ": " + width * height + " pixels");
        }
        if (offsets == null || counts == null || offsets.length != counts.length) {
            throw corrupt("page " + page + " has no complete strip table");
        }
        for (int s = 0; s < offsets.length; s++) {
            if (offsets[s] + counts[s] > b.length) {
                throw corrupt("page " + page + " is cut off: its image data runs past the end of the file");
            }
        }
    }

    /** The values of a SHORT or LONG field (in the entry, or at its offset). */
    private static long[] values(byte[] b, int entry, boolean little) {
        int type = u16(b, entry + 2, little);
        long count = u32(b, entry + 4, little);
        int size = switch (type) {
            case 3 -> 2;
            case 4 -> 4;
            default -> throw corrupt("a field of unexpected type " + type);
        };
        if (count == 0 || count > 1_000_000) {
            throw corrupt("a field with " + count + " values");
        }
        long at = size * count <= 4 ? entry + 8 : u32(b, entry + 8, little);
        if (at + size * count > b.length) {
            throw corrupt("a field's values lie outside the file");
        }
        long[] v = new long[(int) count];
        for (int k = 0; k < count; k++) {
            v[k] = size == 2 ? u16(b, (int) at + 2 * k, little) : u32(b, (int) at + 4 * k, little);
        }
        return v;
    }

    private static int u16(byte[] b, int i, boolean little) {
        return little ? (b[i] & 0xff) | (b[i + 1] & 0xff) << 8 : (b[i] & 0xff) << 8 | (b[i + 1] & 0xff);
    }

    private static long u32(byte[] b, int i, boolean little) {
        long v = little ? (b[i] & 0xffL) | (b[i + 1] & 0xffL) << 8 | (b[i + 2] & 0xffL) << 16 | (b[i + 3] & 0xffL) << 24
                : (b[i] & 0xffL) << 24 | (b[i + 1] & 0xffL) << 16 | (b[i + 2] & 0xffL) << 8 | (b[i + 3] & 0xffL);
        return v;
    }
}
