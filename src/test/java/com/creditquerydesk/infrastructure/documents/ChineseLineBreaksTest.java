package com.creditquerydesk.infrastructure.documents;

import com.itextpdf.io.font.otf.Glyph;
import com.itextpdf.io.font.otf.GlyphLine;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ChineseLineBreaksTest {

    /** The positions after which a line may break, marked with | . */
    static String breaks(String text) {
        List<Glyph> glyphs = new ArrayList<>();
        text.codePoints().forEach(cp -> glyphs.add(new Glyph(1, 1000, cp)));
        GlyphLine line = new GlyphLine(glyphs);
        ChineseLineBreaks rule = new ChineseLineBreaks();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < glyphs.size(); i++) {
            sb.appendCodePoint(glyphs.get(i).getUnicode());
            if (i < glyphs.size() - 1 && rule.isSplitCharacter(line, i)) {
                sb.append('|');
            }
        }
        return sb.toString();
    }

    @Test
    void noPunctuationStartsALineAndNoOpeningBracketEndsOne() {
        assertEquals("查|询，|我|中|心", breaks("查询，我中心"));
        assertEquals("来|函|（陕|组|函", breaks("来函（陕组函"));
        assertEquals("收|悉。|按", breaks("收悉。按"));
    }

    @Test
    void numbersStayWithTheirUnits() {
        assertEquals("于|7月|3日|通", breaks("于7月3日通"));
        assertEquals("〔2026〕|12号", breaks("〔2026〕12号"));
    }
}
