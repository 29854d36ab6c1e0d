package com.creditquerydesk.testsupport.letters;

import java.util.List;

/**
 * One page of a letter placed in points (A4 595.28 × 841.89, origin top left), shared by the PDF and
 * scan renderers and the synthetic OCR so all three agree on where every piece of text is.
 *
 * @param seal null on pages without a seal
 */
public record LaidOutPage(int pageNumber, List<TextItem> items, List<Rule> rules, Seal seal) {

    public static final float WIDTH = 595.28f;
    public static final float HEIGHT = 841.89f;

    /** A run of text drawn from its left end on a baseline; {@code cell} marks a table cell, {@code red} the letterhead. */
    public record TextItem(String text, LetterFonts.Role role, float size, float x, float baseline, float width,
                           boolean cell, boolean red) {
        public float top() {
            return baseline - size * 0.88f;
        }

        public float height() {
            return size * 1.1f;
        }
    }

    /** A straight line: a table border (black, thin) or the letterhead's red rule. */
    public record Rule(float x1, float y1, float x2, float y2, float lineWidth, boolean red) {
    }

    /** A round red seal with the unit's name on its rim. */
    public record Seal(String unit, float centerX, float centerY, float radius) {
    }
}
