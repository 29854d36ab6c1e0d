package com.creditquerydesk.infrastructure.intake;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * PDF's general-purpose stream filters (ISO 32000-1 §7.4) as streaming decoders, so that a stream's decoded size
 * can be counted against a budget without holding it. Image codecs (DCT, CCITT, JBIG2, JPX) end a chain: their
 * output is bounded by the image's declared size, which is checked separately.
 */
final class PdfFilters {

    static final Set<String> IMAGE_CODECS = Set.of("DCTDecode", "DCT", "CCITTFaxDecode", "CCF", "JBIG2Decode",
            "JPXDecode");

    private PdfFilters() {
    }

    /** The raw bytes decoded through the general filters of the chain, up to the first image codec. */
    static InputStream decode(byte[] raw, int from, int to, List<String> filters) {
        InputStream in = new ByteArrayInputStream(raw, from, to - from);
        for (String f : filters) {
            if (IMAGE_CODECS.contains(f)) {
                break;
            }
            in = switch (f) {
                case "FlateDecode", "Fl" -> new Inflating(in);
                case "LZWDecode", "LZW" -> new Lzw(in);
                case "RunLengthDecode", "RL" -> new RunLength(in);
                case "ASCIIHexDecode", "AHx" -> new AsciiHex(in);
                case "ASCII85Decode", "A85" -> new Ascii85(in);
                default -> throw new PdfStructure.Malformed("unsupported filter " + f);
            };
        }
        return in;
    }

    /** Single-byte reads on top of a block decoder. */
    private abstract static class Decoder extends FilterInputStream {
        private final byte[] one = new byte[1];

        Decoder(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public abstract int read(byte[] out, int off, int len) throws IOException;
    }

    /** zlib/deflate; a stream that is corrupt or ends before its end marker does not decode. */
    private static final class Inflating extends Decoder {
        private final Inflater inflater = new Inflater();
        private final byte[] buf = new byte[16384];

        Inflating(InputStream in) {
            super(in);
        }

        @Override
        public int read(byte[] out, int off, int len) throws IOException {
            try {
                while (true) {
                    if (inflater.finished()) {
                        return -1;
                    }
                    int n = inflater.inflate(out, off, len);
                    if (n > 0) {
                        return n;
                    }
                    if (inflater.needsDictionary()) {
                        throw new IOException("deflate stream needs a preset dictionary");
                    }
                    if (inflater.needsInput()) {
                        int r = in.read(buf);
                        if (r < 0) {
                            throw new EOFException("deflate stream ends before its end marker");
                        }
                        inflater.setInput(buf, 0, r);
                    }
                }
            } catch (DataFormatException e) {
                throw new IOException("corrupt deflate data: " + e.getMessage(), e);
            }
        }

        @Override
        public void close() throws IOException {
            inflater.end();
            super.close();
        }
    }

    /** LZW with early change (the PDF default), decoding into a table of prefixes. */
    private static final class Lzw extends Decoder {
        private final int[] prefix = new int[4096];
        private final byte[] suffix = new byte[4096];
        private final int[] length = new int[4096];
        private final byte[] pending = new byte[4096];
        private int pendingStart;
        private int pendingEnd;
        private int next = 258;
        private int width = 9;
        private int previous = -1;
        private long bits;
        private int bitCount;
        private boolean ended;

        Lzw(InputStream in) {
            super(in);
            for (int i = 0; i < 256; i++) {
                prefix[i] = -1;
                suffix[i] = (byte) i;
                length[i] = 1;
            }
        }

        @Override
        public int read(byte[] out, int off, int len) throws IOException {
            while (pendingStart == pendingEnd) {
                if (ended) {
                    return -1;
                }
                step();
            }
            int n = Math.min(len, pendingEnd - pendingStart);
            System.arraycopy(pending, pendingStart, out, off, n);
            pendingStart += n;
            return n;
        }

        private void step() throws IOException {
            while (bitCount < width) {
                int c = in.read();
                if (c < 0) {
                    ended = true;
                    return;
                }
                bits = (bits << 8) | c;
                bitCount += 8;
            }
            int code = (int) ((bits >>> (bitCount - width)) & ((1 << width) - 1));
            bitCount -= width;
            if (code == 256) {
                next = 258;
                width = 9;
                previous = -1;
                return;
            }
            if (code == 257) {
                ended = true;
                return;
            }
            int first;
            if (code < next) {
                first = write(code);
            } else if (code == next && previous >= 0) {
                first = write(previous);
                pending[pendingEnd++] = pending[pendingStart];
                first = pending[pendingStart] & 0xff;
            } else {
                throw new IOException("corrupt LZW data");
            }
            if (previous >= 0 && next < 4096) {
                prefix[next] = previous;
                suffix[next] = (byte) first;
                length[next] = length[previous] + 1;
                next++;
            }
            previous = code;
            if (next + 1 >= (1 << width) && width < 12) {
                width++;
            }
        }

        /** Writes the string of a code; returns its first byte. */
        private int write(int code) {
            int n = length[code];
            pendingStart = 0;
            pendingEnd = n;
            for (int i = n - 1, c = code; i >= 0; i--, c = prefix[c]) {
                pending[i] = suffix[c];
            }
            return pending[0] & 0xff;
        }
    }

    private static final class RunLength extends Decoder {
        private int run;
        private int literal;
        private int repeated = -1;

        RunLength(InputStream in) {
            super(in);
        }

        @Override
        public int read(byte[] out, int off, int len) throws IOException {
            while (run == 0 && literal == 0) {
                int c = in.read();
                if (c < 0 || c == 128) {
                    return -1;
                }
                if (c < 128) {
                    literal = c + 1;
                } else {
                    run = 257 - c;
                    repeated = in.read();
                    if (repeated < 0) {
                        throw new EOFException("run-length data ends inside a run");
                    }
                }
            }
            if (literal > 0) {
                int n = in.read(out, off, Math.min(len, literal));
                if (n < 0) {
                    throw new EOFException("run-length data ends inside a literal");
                }
                literal -= n;
                return n;
            }
            int n = Math.min(len, run);
            java.util.Arrays.fill(out, off, off + n, (byte) repeated);
            run -= n;
            return n;
        }
    }

    private static final class AsciiHex extends Decoder {
        private boolean ended;

        AsciiHex(InputStream in) {
            super(in);
        }

        @Override
        public int read(byte[] out, int off, int len) throws IOException {
            int n = 0;
            while (n < len && !ended) {
                int hi = digit();
                if (hi < 0) {
                    break;
                }
                int lo = digit();
                out[off + n++] = (byte) (hi * 16 + Math.max(lo, 0));
                if (lo < 0) {
                    break;
                }
            }
            return n == 0 ? -1 : n;
        }

        private int digit() throws IOException {
            while (true) {
                int c = in.read();
                if (c < 0 || c == '>') {
                    ended = true;
                    return -1;
                }
                int d = Character.digit(c, 16);
                if (d >= 0) {
                    return d;
                }
                if (!PdfObjects.white(c)) {
                    throw new IOException("corrupt ASCIIHex data");
                }
            }
        }
    }

    private static final class Ascii85 extends Decoder {
        private final byte[] group = new byte[4];
        private int groupStart;
        private int groupEnd;
        private boolean ended;

        Ascii85(InputStream in) {
            super(in);
        }

        @Override
        public int read(byte[] out, int off, int len) throws IOException {
            while (groupStart == groupEnd) {
                if (ended || !fill()) {
                    return -1;
                }
            }
            int n = Math.min(len, groupEnd - groupStart);
            System.arraycopy(group, groupStart, out, off, n);
            groupStart += n;
            return n;
        }

        private boolean fill() throws IOException {
            long value = 0;
            int count = 0;
            while (count < 5) {
                int c = in.read();
                if (c < 0 || c == '~') {
                    ended = true;
                    break;
                }
                if (PdfObjects.white(c)) {
                    continue;
                }
                if (c == 'z' && count == 0) {
                    groupStart = 0;
                    groupEnd = 4;
                    java.util.Arrays.fill(group, (byte) 0);
                    return true;
                }
                if (c < '!' || c > 'u') {
                    throw new IOException("corrupt ASCII85 data");
                }
                value = value * 85 + (c - '!');
                count++;
            }
            if (count == 0) {
                return false;
            }
            if (count == 1) {
                throw new IOException("corrupt ASCII85 data");
            }
            for (int k = count; k < 5; k++) {
                value = value * 85 + 84;
            }
            for (int k = 3; k >= 0; k--) {
                group[k] = (byte) (value & 0xff);
                value >>>= 8;
            }
            groupStart = 0;
            groupEnd = count - 1;
            return true;
        }
    }
}
