package com.creditquerydesk.infrastructure.register;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * A streaming RFC 4180 reader: quoted fields with doubled quotes and embedded line breaks, CRLF or LF,
 * an optional UTF-8 byte order mark. Holds one record at a time.
 */
public final class CsvRecordReader {

    private final Reader in;
    private final char[] buf = new char[1 << 16];
    private int pos;
    private int len;
    private boolean started;

    public CsvRecordReader(Reader in) {
        this.in = in;
    }

    /** The next record's fields, or null at the end of the input. */
    public List<String> next() throws IOException {
        int c = read();
        if (!started) {
            started = true;
            if (c == '\uFEFF') {
                c = read();
            }
        }
        if (c < 0) {
            return null;
        }
        List<String> fields = new ArrayList<>(12);
        StringBuilder field = new StringBuilder(32);
        boolean quoted = false;
        boolean fieldStart = true;
        while (true) {
            if (quoted) {
                if (c < 0) {
                    // an unterminated quote runs to the end of the file: keep what was read
                    fields.add(field.toString());
                    return fields;
                }
                if (c == '"') {
                    int n = read();
                    if (n == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        c = n;
                        continue;
                    }
                } else {
                    field.append((char) c);
                }
            } else if (c < 0 || c == '\n' || c == '\r') {
                if (c == '\r') {
                    int n = read();
                    if (n != '\n') {
                        unread();
                    }
                }
                fields.add(field.toString());
                return fields;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                fieldStart = true;
                c = read();
                continue;
            } else if (c == '"' && fieldStart) {
                quoted = true;
            } else {
                field.append((char) c);
            }
            fieldStart = false;
            c = read();
        }
    }

    private int read() throws IOException {
        if (pos == len) {
            len = in.read(buf, 0, buf.length);
            pos = 0;
            if (len <= 0) {
                len = 0;
                return -1;
            }
        }
        return buf[pos++];
    }

    /** Steps back over the character just read (always still in the buffer: only called right after read()). */
    private void unread() {
        if (len > 0) {
            pos--;
        }
    }
}
