package com.creditquerydesk.domain.model.screening;

import com.creditquerydesk.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The 常用意见 an administrator keeps (docs/rules.md#R103). */
class ReviewPhrasesTest {

    private static String code(List<String> phrases) {
        return assertThrows(DomainException.class, () -> new ReviewPhrases(phrases)).code();
    }

    @Test
    void phrasesAreKeptStrippedInTheirOrder() {
        assertEquals(List.of("姓名与身份证号码一致", "同名不同人"),
                new ReviewPhrases(List.of(" 姓名与身份证号码一致 ", "同名不同人")).phrases());
        assertEquals(List.of(), new ReviewPhrases(List.of()).phrases());
    }

    @Test
    void emptyLongMultiLineRepeatedOrTooManyPhrasesAreRefused() {
        assertEquals("PHRASES_MISSING", code(null));
        assertEquals("PHRASE_EMPTY", code(Arrays.asList("一致", "  ")));
        assertEquals("PHRASE_EMPTY", code(Arrays.asList("一致", null)));
        assertEquals("PHRASE_INVALID", code(List.of("一".repeat(ReviewPhrases.MAX_LENGTH + 1))));
        assertEquals(ReviewPhrases.MAX_LENGTH, new ReviewPhrases(List.of("一".repeat(ReviewPhrases.MAX_LENGTH)))
                .phrases().get(0).length());
        assertEquals("PHRASE_INVALID", code(List.of("第一行\n第二行")));
        assertEquals("PHRASE_DUPLICATE", code(List.of("一致", " 一致")));
        List<String> many = new ArrayList<>();
        for (int i = 0; i <= ReviewPhrases.MAX_PHRASES; i++) {
            many.add("意见 " + i);
        }
        assertEquals("PHRASES_TOO_MANY", code(many));
        assertEquals(ReviewPhrases.MAX_PHRASES, new ReviewPhrases(many.subList(0, ReviewPhrases.MAX_PHRASES)).phrases().size());
        assertEquals(List.of(), new ReviewPhrases(Collections.emptyList()).phrases());
    }
}
