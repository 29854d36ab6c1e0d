package com.creditquerydesk.infrastructure.ocr;

/** Test helper: how much of an expected text an OCR reading holds, in order. */
final class TextSimilarity {

    private TextSimilarity() {
    }

    /** Longest common subsequence of the two, as a share of the expected text's length. */
    static double lcsShare(String expected, String read) {
        int[][] l = new int[expected.length() + 1][read.length() + 1];
        for (int i = 1; i <= expected.length(); i++) {
            for (int j = 1; j <= read.length(); j++) {
                l[i][j] = expected.charAt(i - 1) == read.charAt(j - 1) ? l[i - 1][j - 1] + 1
                        : Math.max(l[i - 1][j], l[i][j - 1]);
            }
        }
        return expected.isEmpty() ? 1 : (double) l[expected.length()][read.length()] / expected.length();
    }
}
