package com.creditquerydesk.domain.shared;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;

/** The lines of a bundled data file that carry data: numbered from 1, stripped, blank and {@code #} lines left out. */
public final class DataFileLines {

    private DataFileLines() {
    }

    public interface Handler {
        void line(int lineNo, String text);
    }

    public static void read(Reader reader, Handler handler) {
        BufferedReader in = new BufferedReader(reader);
        try {
            int lineNo = 0;
            for (String line; (line = in.readLine()) != null; ) {
                lineNo++;
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    handler.line(lineNo, s);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
