package com.creditquerydesk.domain.model.candidate;

/**
 * The one table of letters OCR reads for digits (docs/domain.md#ocr-misreads): O/o/D→0, I/l/|/i→1, Z→2, S→5,
 * G/b→6, B→8, g/q→9. Each letter has a single digit, so undoing them is not a guess; both the reading of a
 * letter's numbers and the repair of an ID number use it.
 */
public final class DigitMisreads {

    /** The letters, in the order of {@link #MEANT}. */
    public static final String LETTERS = "OoDIl|iZSGbBgq";
    private static final String MEANT = "00011112566899";

    private DigitMisreads() {
    }

    /** The digit OCR misread as {@code c}, or {@code c} itself when it is not one of the letters. */
    public static char undo(char c) {
        int k = LETTERS.indexOf(c);
        return k >= 0 ? MEANT.charAt(k) : c;
    }

    public static boolean isMisread(char c) {
        return LETTERS.indexOf(c) >= 0;
    }

    /** Every misread letter of a string known to be numeric undone. */
    public static String undo(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            out.append(undo(s.charAt(i)));
        }
        return out.toString();
    }
}
