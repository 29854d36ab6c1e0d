package com.creditquerydesk.testsupport.letters;

import com.creditquerydesk.domain.model.candidate.IdNumber;
import com.creditquerydesk.domain.model.letter.DocumentNumber;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LetterGeneratorTest {

    /** The seeds the extraction tests use (1–24) must exercise every hard case at least once. */
    private static final List<LetterSpec> FIXTURES = LongStream.rangeClosed(1, 24).mapToObj(LetterGenerator::generate).toList();

    @Test
    void sameSeedSameLetter() {
        assertEquals(LetterGenerator.generate(42), LetterGenerator.generate(42));
        assertTrue(!LetterGenerator.generate(42).equals(LetterGenerator.generate(43)));
    }

    @Test
    void everyLetterIsWellFormed() {
        for (long seed = 1; seed <= 300; seed++) {
            LetterSpec s = LetterGenerator.generate(seed);
            assertEquals(s.docNumber(), DocumentNumber.parse(s.docNumber()).value());
            assertEquals(s.letterDate().getYear(), DocumentNumber.parse(s.docNumber()).year());
            assertTrue(s.candidates().size() >= 1 && s.candidates().size() <= 80);
            for (LetterSpec.CandidateSpec c : s.candidates()) {
                assertEquals(c.idNumber(), IdNumber.parse(c.idNumber()).value(), "valid ID with upper-case X");
            }
            assertTrue(List.of("civil-service", "public-institution", "other").contains(s.queryKind()));
        }
    }

    @Test
    void fixtureSeedsCoverTheHardCases() {
        List<String> names = FIXTURES.stream().flatMap(s -> s.candidates().stream()).map(LetterSpec.CandidateSpec::name).toList();
        assertTrue(names.stream().anyMatch(n -> n.matches(".*[喆垚燚犇鑫淼].*")), "rare characters");
        assertTrue(names.stream().anyMatch(n -> n.matches("(欧阳|司马|诸葛|上官)..")), "4-character compound-surname names");
        assertTrue(names.stream().anyMatch(n -> n.length() == 2), "2-character names");
        assertTrue(names.stream().anyMatch(n -> n.contains("·")), "minority names with ·");
        assertTrue(FIXTURES.stream().flatMap(s -> s.candidates().stream()).anyMatch(c -> c.idNumber().endsWith("X")));
        assertTrue(FIXTURES.stream().anyMatch(LetterSpec::chineseNumeralDate), "a date in Chinese numerals");
        assertTrue(FIXTURES.stream().anyMatch(LetterSpec::extraColumns), "a list with 性别 and 拟任职位 columns");
        assertTrue(FIXTURES.stream().anyMatch(LetterSpec::letterhead), "a letter in 信函格式 with a red head");
        assertTrue(FIXTURES.stream().anyMatch(s -> s.candidates().size() > 44), "a list over three pages");
        assertTrue(FIXTURES.stream().anyMatch(s -> s.candidates().size() == 1), "a single candidate");
        Set<String> kinds = new HashSet<>();
        FIXTURES.forEach(s -> kinds.add(s.queryKind()));
        assertEquals(3, kinds.size());
        boolean duplicateName = false;
        for (LetterSpec s : FIXTURES) {
            Map<String, String> idByName = new HashMap<>();
            for (LetterSpec.CandidateSpec c : s.candidates()) {
                String other = idByName.put(c.name(), c.idNumber());
                duplicateName |= other != null && !other.equals(c.idNumber());
            }
        }
        assertTrue(duplicateName, "the same name on two people in one letter");
    }

    @Test
    void chineseNumeralDates() {
        LetterSpec s = LetterGenerator.generate(1);
        LetterSpec d = new LetterSpec(1, s.queryKind(), s.title(), s.body(), s.docNumber(), s.addressee(), s.senderUnit(),
                java.time.LocalDate.of(2026, 3, 25), true, s.contactName(), s.contactPhone(), s.candidates(), false, false);
        assertEquals("二〇二六年三月二十五日", d.dateText());
    }
}
