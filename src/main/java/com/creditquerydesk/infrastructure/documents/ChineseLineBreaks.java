package com.creditquerydesk.infrastructure.documents;

import com.itextpdf.io.font.otf.Glyph;
import com.itextpdf.io.font.otf.GlyphLine;
import com.itextpdf.layout.splitting.ISplitCharacters;

/**
 * Line breaking for Chinese text: a line may break after any Chinese character, but never before closing
 * punctuation (，。、；：）》 …) nor after opening punctuation (（《〔 …) — the 避头尾 rule of Chinese typesetting —
 * and never between a number and its unit (7月, 3日, 12号).
 * iText's default lets a line start with ， and forbids a break after it.
 */
final class ChineseLineBreaks implements ISplitCharacters {

    private static final String NO_LINE_START = "，。、；：？！）》」』〕】’”…—·%,.;:?!)]";
    private static final String NO_LINE_END = "（《「『〔【‘“([";
    /** Units that stay with the number before them: 7月3日, 12号, 2026年. */
    private static final String NUMBER_UNITS = "年月日号时分";

    @Override
    public boolean isSplitCharacter(GlyphLine text, int pos) {
        int current = unicode(text.get(pos));
        int next = pos + 1 < text.getEnd() ? unicode(text.get(pos + 1)) : -1;
        boolean breakable = current <= ' ' || isChinese(current) || (next >= 0 && isChinese(next));
        if (Character.isDigit(current) && next >= 0 && NUMBER_UNITS.indexOf(next) >= 0) {
            return false;
        }
        return breakable && NO_LINE_END.indexOf(current) < 0 && (next < 0 || NO_LINE_START.indexOf(next) < 0);
    }

    private static int unicode(Glyph glyph) {
        if (glyph.hasValidUnicode()) {
            return glyph.getUnicode();
        }
        char[] chars = glyph.getChars();
        return chars == null || chars.length == 0 ? -1 : Character.codePointAt(chars, 0);
    }

    private static boolean isChinese(int c) {
        return (c >= 0x2e80 && c < 0xd7a0) || (c >= 0xf900 && c < 0xfb00) || (c >= 0xfe30 && c < 0xfe50)
                || (c >= 0xff00 && c < 0xffef) || (c >= 0x20000 && c < 0x323b0);
    }
}
