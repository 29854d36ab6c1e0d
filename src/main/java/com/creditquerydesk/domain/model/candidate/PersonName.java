package com.creditquerydesk.domain.model.candidate;

import com.creditquerydesk.domain.shared.DomainException;

import java.text.Normalizer;

/**
 * A candidate's name (姓名) as written on an ID card: Chinese characters, including the rare ones of the CJK
 * extensions (喆 垚 燚 犇 𠇔), and the middle dot · of transliterated minority and foreign names.
 * 2–6 characters, or up to 20 (dots included) when the name contains a dot, e.g. 阿卜杜热合曼·买买提.
 * Lengths count Unicode code points, so a character outside the BMP counts once.
 */
public final class PersonName {

    public static final char MIDDLE_DOT = '\u00B7';
    static final int MIN_LENGTH = 2;
    static final int MAX_LENGTH = 6;
    static final int MAX_LENGTH_WITH_DOT = 20;

    /**
     * Dot variants that typists, fonts and OCR produce for the name separator. NFKC has already turned
     * the full-width and small forms (． ﹒ ･) into . and ・, the Greek ano teleia into · and the Hangul ㆍ
     * (U+318D, typed on Korean layouts) into U+119E.
     */
    private static final String DOT_VARIANTS = "\u00B7\u2022\u2027\u30FB\u22C5\u2219\u2E31\u119E\u16EB.";

    private final String value;

    private PersonName(String value) {
        this.value = value;
    }

    /** Normalises (see {@link #normalise}) and validates; bad input is a DomainException in Chinese and English. */
    public static PersonName of(String raw) {
        String s = normalise(raw);
        if (s.isEmpty()) {
            throw invalid("姓名为空", "the name is empty");
        }
        int length = s.codePointCount(0, s.length());
        boolean dotted = s.indexOf(MIDDLE_DOT) >= 0;
        boolean allowed = s.codePoints().allMatch(cp -> cp == MIDDLE_DOT || Character.isIdeographic(cp));
        if (!allowed) {
            throw invalid("姓名只能由汉字和间隔号“·”组成", "a name consists of Chinese characters and the middle dot '·' only");
        }
        if (dotted) {
            if (s.charAt(0) == MIDDLE_DOT || s.charAt(s.length() - 1) == MIDDLE_DOT
                    || s.contains("" + MIDDLE_DOT + MIDDLE_DOT)) {
                throw invalid("间隔号“·”只能出现在两个汉字之间", "the middle dot '·' stands only between two characters");
            }
            if (length > MAX_LENGTH_WITH_DOT) {
                throw invalid("含间隔号的姓名最多" + MAX_LENGTH_WITH_DOT + "个字符",
                        "a name with a middle dot has at most " + MAX_LENGTH_WITH_DOT + " characters");
            }
        } else if (length < MIN_LENGTH || length > MAX_LENGTH) {
            throw invalid("姓名应为" + MIN_LENGTH + "至" + MAX_LENGTH + "个汉字（少数民族译名可含间隔号“·”，最多"
                            + MAX_LENGTH_WITH_DOT + "个字符）",
                    "a name has " + MIN_LENGTH + " to " + MAX_LENGTH + " Chinese characters (a transliterated name with '·' up to "
                            + MAX_LENGTH_WITH_DOT + ")");
        }
        return new PersonName(s);
    }

    /**
     * The form used for storage and for matching: NFKC (full-width to half-width, compatibility and Kangxi
     * radical forms to the unified ideographs), all white space and zero-width characters removed, every
     * middle-dot variant turned into U+00B7. Never throws; null gives "".
     */
    public static String normalise(String raw) {
        if (raw == null) {
            return "";
        }
        String nfkc = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        StringBuilder b = new StringBuilder(nfkc.length());
        nfkc.codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == '\u200B' || cp == '\u200C'
                    || cp == '\u200D' || cp == '\uFEFF') {
                return;
            }
            b.appendCodePoint(cp < 0x10000 && DOT_VARIANTS.indexOf(cp) >= 0 ? MIDDLE_DOT : cp);
        });
        return b.toString();
    }

    private static DomainException invalid(String zh, String en) {
        return new DomainException("PERSON_NAME_INVALID", zh, en);
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PersonName other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
