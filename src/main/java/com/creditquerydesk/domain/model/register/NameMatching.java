package com.creditquerydesk.domain.model.register;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The form of a name used for matching: the register and the letters write the same name with
 * full-width letters, stray spaces and assorted middle dots (少数民族 names such as 阿依古丽·买买提).
 */
public final class NameMatching {

    /** The one middle dot every variant is folded to. */
    public static final char MIDDLE_DOT = '·';
    /** · (U+00B7) • ‧ ・ ． . ･ ∙ ⋅ ㆍ and the hyphenation point: all written as a name separator. */
    private static final String DOT_VARIANTS = "\u00B7\u2022\u2027\u30FB\uFF0E.\uFF65\u2219\u22C5\u318D\u2010\u16EB\u0387";

    private NameMatching() {
    }

    /**
     * NFKC (full-width to half-width), all whitespace removed, middle-dot variants folded to {@code ·},
     * Latin letters upper-cased. Returns an empty string for null.
     */
    public static String normalise(String name) {
        if (name == null) {
            return "";
        }
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF') {
                continue;
            }
            out.append(DOT_VARIANTS.indexOf(c) >= 0 ? MIDDLE_DOT : c);
        }
        return out.toString().toUpperCase(Locale.ROOT);
    }
}
