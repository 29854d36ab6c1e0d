package com.creditquerydesk.domain.model.ledger;

/**
 * How the ledger shows a candidate's name (docs/rules.md#R77): the first character, every other one a * (陈** for
 * 陈小明, 欧阳*** for no one: the first character only, whatever the surname). A middle dot of a transcribed name stays
 * (阿*·*** for 阿依·买买提), so the shape of the name is kept and nothing else.
 */
public final class NameMask {

    private static final int MIDDLE_DOT = '\u00B7';

    private NameMask() {
    }

    public static String apply(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String s = name.strip();
        StringBuilder out = new StringBuilder();
        int first = s.codePointAt(0);
        out.appendCodePoint(first);
        for (int i = Character.charCount(first); i < s.length(); ) {
            int cp = s.codePointAt(i);
            out.append(cp == MIDDLE_DOT || cp == '.' || cp == '•' ? (char) MIDDLE_DOT : '*');
            i += Character.charCount(cp);
        }
        return out.toString();
    }
}
