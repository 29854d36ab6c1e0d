package com.creditquerydesk.infrastructure.extraction;

import com.creditquerydesk.domain.model.extraction.ReadingChecks;
import com.creditquerydesk.domain.model.extraction.DocumentText;
import com.creditquerydesk.domain.model.extraction.DocumentText.TextLine;
import com.creditquerydesk.domain.model.extraction.DocumentText.TextTable;
import com.creditquerydesk.domain.model.extraction.ExtractionResult;
import com.creditquerydesk.domain.model.reading.LetterFieldExtractor;
import com.creditquerydesk.domain.shared.DomainException;
import com.creditquerydesk.testsupport.letters.LetterGenerator;
import com.creditquerydesk.testsupport.letters.LetterSpec;
import com.creditquerydesk.testsupport.letters.ReadResults;
import com.creditquerydesk.testsupport.letters.WordBinaryLetterRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

class WordBinaryTextReaderTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void aDocLetterIsReadIntoItsFieldsAndList(long seed) {
        LetterSpec spec = LetterGenerator.generate(seed, 12);
        ExtractionResult r = new LetterFieldExtractor(new ReadingChecks(0.9)).extract(
                new WordBinaryTextReader().read(WordBinaryLetterRenderer.render(spec)));
        ReadResults.assertMatches(spec, r);
    }

    @Test
    void tablesComeFromTheCellAndRowMarksEmptyCellsIncluded() {
        DocumentText text = WordBinaryTextReader.parse("前言\r姓名\u0007身份证号码\u0007备注\u0007\u0007"
                + "张三\u0007\u0007\u0007\u0007" // an empty ID cell and an empty note: the width says where the row ends
                + "李\r四\u0007110105199003071239\u0007\u0007\u0007后记\r\u000C第二页\r");
        assertEquals(2, text.pages().size(), "the page break");
        assertEquals("前言", ((TextLine) text.pages().get(0).blocks().get(0)).text());
        TextTable table = assertInstanceOf(TextTable.class, text.pages().get(0).blocks().get(1));
        assertEquals(List.of(List.of("姓名", "身份证号码", "备注"), List.of("张三", "", ""), List.of("李 四", "110105199003071239", "")),
                table.rows().stream().map(r -> r.stream().map(TextLine::text).toList()).toList());
        assertEquals("后记", ((TextLine) text.pages().get(0).blocks().get(2)).text());
        assertEquals("第二页", ((TextLine) text.pages().get(1).blocks().get(0)).text());
    }

    @Test
    void fieldCodesAreSkippedAndTheirResultsKept() {
        DocumentText text = WordBinaryTextReader.parse("日期：\u0013 DATE \\@ \"yyyy\" \u00142026\u0015年\r");
        assertEquals("日期：2026年", ((TextLine) text.pages().get(0).blocks().get(0)).text());
    }

    @Test
    void whatIsNotAWordFileIsRefusedWithTheReason() {
        assertEquals("DOC_UNREADABLE", assertThrows(DomainException.class,
                () -> new WordBinaryTextReader().read(new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0})).code());
    }
}
