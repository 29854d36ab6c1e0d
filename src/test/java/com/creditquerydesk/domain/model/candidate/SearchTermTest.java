package com.creditquerydesk.domain.model.candidate;

import com.creditquerydesk.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a search box's text is searched as (docs/rules.md#R92), and the ID form that is hashed. */
class SearchTermTest {

    private static final String ID = TestIds.id("610102", LocalDate.of(1990, 3, 7), 123);
    /** An ID whose check character is X, so the lower case spelling can be tried. */
    private static final String ID_X = findWithX();

    private static String findWithX() {
        for (int seq = 0; seq < 1000; seq++) {
            String id = TestIds.id("110105", LocalDate.of(1985, 11, 2), seq);
            if (id.endsWith("X")) {
                return id;
            }
        }
        throw new IllegalStateException("no ID ending in X");
    }

    private static String fullWidth(String ascii) {
        StringBuilder b = new StringBuilder();
        ascii.chars().forEach(c -> b.append((char) (c == ' ' ? '\u3000' : c + 0xFEE0)));
        return b.toString();
    }

    @Test
    void everySpellingOfAWholeIdIsThatId() {
        for (String typed : new String[]{ID, " " + ID + " ", ID.substring(0, 6) + " " + ID.substring(6, 14) + " "
                + ID.substring(14), ID.substring(0, 6) + "-" + ID.substring(6), fullWidth(ID),
                ID.substring(0, 6) + "\u3000" + ID.substring(6)}) {
            SearchTerm t = SearchTerm.parse(typed).orElseThrow();
            assertEquals(SearchTerm.Kind.ID, t.kind(), typed);
            assertEquals(ID, t.id().orElseThrow().value(), typed);
        }
        assertEquals(ID_X, SearchTerm.parse(ID_X.toLowerCase()).orElseThrow().id().orElseThrow().value());
        assertEquals(ID_X, SearchTerm.parse(fullWidth(ID_X.substring(0, 17)) + "ｘ").orElseThrow().id().orElseThrow().value());
    }

    @Test
    void theHashedFormIsCompactAsciiUpperCase() {
        assertEquals(ID, SearchTerm.normaliseId(fullWidth(ID)));
        assertEquals(ID_X, SearchTerm.normaliseId(" " + ID_X.substring(0, 9) + "_" + ID_X.substring(9, 17) + ".x "));
        assertEquals("", SearchTerm.normaliseId(null));
        assertEquals("", SearchTerm.normaliseId(" \u3000 "));
    }

    @Test
    void partOfAnIdOrAMaskedOneFindsNoCandidate() {
        String masked = ID.substring(0, 6) + "********" + ID.substring(14);
        for (String typed : new String[]{masked, ID.substring(0, 10), ID.substring(0, 17), ID.substring(0, 6) + "＊＊＊＊"
                + ID.substring(10), ID.substring(0, 17) + (ID.charAt(17) == '0' ? '1' : '0')}) {
            SearchTerm t = SearchTerm.parse(typed).orElseThrow();
            assertEquals(SearchTerm.Kind.PARTIAL_ID, t.kind(), typed);
            assertTrue(t.id().isEmpty());
        }
        // what is logged of it keeps at most the first 6 and the last 4
        SearchTerm partial = SearchTerm.parse(ID.substring(0, 17)).orElseThrow();
        assertEquals(ID.substring(0, 6) + "********" + ID.substring(13, 17), partial.audited());
        assertFalse(partial.audited().contains(ID.substring(6, 13)));
    }

    @Test
    void otherTextIsSearchedAsItselfAndAsAName() {
        SearchTerm unit = SearchTerm.parse("  人力资源  ").orElseThrow();
        assertEquals(SearchTerm.Kind.TEXT, unit.kind());
        assertEquals("人力资源", unit.text());
        assertEquals("人力资源", unit.audited());
        assertEquals(SearchTerm.Kind.TEXT, SearchTerm.parse("收2026-0001").orElseThrow().kind());
        assertEquals(SearchTerm.Kind.TEXT, SearchTerm.parse("2026").orElseThrow().kind(), "too short to be part of an ID");
        assertEquals("阿依古丽·买买提", SearchTerm.parse("阿依古丽 • 买买提").orElseThrow().asName());
    }

    @Test
    void aWholeIdIsLoggedMaskedOnly() {
        SearchTerm t = SearchTerm.parse(ID).orElseThrow();
        assertEquals(ID.substring(0, 6) + "********" + ID.substring(14), t.audited());
        assertFalse(t.audited().contains(ID.substring(6, 14)));
    }

    @Test
    void blankIsNoSearchAndLongTextIsRefused() {
        assertTrue(SearchTerm.parse(null).isEmpty());
        assertTrue(SearchTerm.parse(" \u3000 ").isEmpty());
        assertEquals(SearchTerm.Kind.TEXT, SearchTerm.parse("单".repeat(SearchTerm.MAX_LENGTH)).orElseThrow().kind());
        DomainException e = assertThrows(DomainException.class, () -> SearchTerm.parse("单".repeat(SearchTerm.MAX_LENGTH + 1)));
        assertEquals("QUERY_TOO_LONG", e.code());
    }
}
