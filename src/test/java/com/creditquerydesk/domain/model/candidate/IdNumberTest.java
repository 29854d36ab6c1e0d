package com.creditquerydesk.domain.model.candidate;

import com.creditquerydesk.domain.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdNumberTest {

    private static final LocalDate BIRTH = LocalDate.of(1985, 6, 15);

    @Test
    void theStandardsOwnExampleIsValid() {
        // GB 11643-1999 appendix example
        IdNumber id = IdNumber.parse("11010519491231002X");
        assertEquals("11010519491231002X", id.value());
        assertEquals(LocalDate.of(1949, 12, 31), id.birthDate());
        assertFalse(id.isMale());
    }

    @Test
    void everyRemainderGivesItsCheckCharacterAndOnlyThatOneIsAccepted() {
        Set<Integer> remaindersSeen = new HashSet<>();
        for (int seq = 0; seq < 1000 && remaindersSeen.size() < 11; seq++) {
            String valid = TestIds.id("610102", BIRTH, seq);
            String first17 = valid.substring(0, 17);
            int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
            int sum = 0;
            for (int i = 0; i < 17; i++) {
                sum += (first17.charAt(i) - '0') * w[i];
            }
            int r = sum % 11;
            if (!remaindersSeen.add(r)) {
                continue;
            }
            assertEquals("10X98765432".charAt(r), IdNumber.checkCharacter(first17), "remainder " + r);
            assertEquals(valid.charAt(17), IdNumber.checkCharacter(first17));
            for (char c : "0123456789X".toCharArray()) {
                boolean expected = c == valid.charAt(17);
                assertEquals(expected, IdNumber.tryParse(first17 + c).isPresent(), first17 + c);
            }
        }
        assertEquals(11, remaindersSeen.size());
    }

    @Test
    void lowerCaseXIsAcceptedAndStoredUpperCase() {
        String withX = findIdEndingIn('X');
        IdNumber id = IdNumber.parse(withX.substring(0, 17) + "x");
        assertEquals(withX, id.value());
        assertEquals(id, IdNumber.parse("  " + withX + "\t"));
    }

    @Test
    void legacyFifteenDigitNumbersAreConverted() {
        IdNumber id = IdNumber.parse("110105491231002");
        assertEquals("11010519491231002X", id.value());
        Random r = new Random(15);
        for (int i = 0; i < 200; i++) {
            LocalDate birth = LocalDate.of(1900, 1, 1).plusDays(r.nextInt(36500));
            int seq = r.nextInt(1000);
            String legacy = String.format("610102%02d%02d%02d%03d", birth.getYear() % 100, birth.getMonthValue(),
                    birth.getDayOfMonth(), seq);
            IdNumber converted = IdNumber.parse(legacy);
            assertEquals(TestIds.id("610102", birth, seq), converted.value());
            assertEquals(birth, converted.birthDate());
        }
    }

    @Test
    void legacyNumbersWithLettersOrImpossibleDatesAreRejected() {
        assertInvalid("11010549123100X");
        assertInvalid("110105491331002"); // month 13
        assertInvalid("110105490229002"); // 1949 not a leap year
    }

    @Test
    void february29thOnlyInLeapYears() {
        assertTrue(IdNumber.tryParse(TestIds.id("610102", LocalDate.of(2000, 2, 29), 11)).isPresent());
        assertTrue(IdNumber.tryParse(TestIds.id("610102", LocalDate.of(1984, 2, 29), 11)).isPresent());
        for (String yyyy : new String[]{"1900", "1985", "2001", "2100"}) {
            String first17 = "610102" + yyyy + "0229" + "011";
            assertInvalid(first17 + TestIds.check(first17));
        }
    }

    @Test
    void impossibleDatesAreRejected() {
        for (String mmdd : new String[]{"0000", "0001", "0100", "1301", "0132", "0431", "0631", "0931", "1131", "9999"}) {
            String first17 = "6101021985" + mmdd + "011";
            assertInvalid(first17 + TestIds.check(first17));
        }
    }

    @Test
    void futureAndTooEarlyBirthDatesAreRejected() {
        LocalDate today = LocalDate.now();
        assertTrue(IdNumber.tryParse(TestIds.id("610102", today.minusDays(1), 11)).isPresent());
        assertInvalid(TestIds.id("610102", today.plusDays(2), 11));
        assertInvalid(TestIds.id("610102", LocalDate.of(2100, 1, 1), 11));
        assertInvalid(TestIds.id("610102", LocalDate.of(1899, 12, 31), 11));
        assertTrue(IdNumber.tryParse(TestIds.id("610102", LocalDate.of(1900, 1, 1), 11)).isPresent());
    }

    @Test
    void onlyRealProvincesAreAccepted() {
        Set<String> provinces = new HashSet<>(Arrays.asList(TestIds.PROVINCES));
        for (int p = 0; p < 100; p++) {
            String code = String.format("%02d", p);
            String id = TestIds.id(code + "0102", BIRTH, 11);
            assertEquals(provinces.contains(code), IdNumber.tryParse(id).isPresent(), code);
        }
    }

    @Test
    void unknownCountyIsValidButFlagged() {
        IdNumber unknown = IdNumber.parse(TestIds.id("619999", BIRTH, 11));
        assertFalse(unknown.countyKnown());
        assertTrue(IdNumber.parse(TestIds.id("610102", BIRTH, 11)).countyKnown());
        // 崇文区, merged into 东城区 in 2010: historical, still known
        assertTrue(IdNumber.parse(TestIds.id("110103", BIRTH, 11)).countyKnown());
    }

    @Test
    void aNonDigitAtAnyOfTheFirst17PositionsIsRejected() {
        String valid = TestIds.id("610102", BIRTH, 11);
        for (int i = 0; i < 17; i++) {
            for (char c : "XxaO -一０".toCharArray()) {
                String s = valid.substring(0, i) + c + valid.substring(i + 1);
                assertInvalid(s);
            }
        }
        assertInvalid(valid.substring(0, 17) + "A");
        assertInvalid(valid.substring(0, 17) + "Y");
    }

    @Test
    void wrongLengthsAreRejected() {
        String valid = TestIds.id("610102", BIRTH, 11);
        String digits = valid.substring(0, 17) + "0123456789";
        for (int len = 0; len <= 25; len++) {
            if (len == 15 || len == 18) {
                continue;
            }
            DomainException e = assertInvalid(digits.substring(0, len));
            if (len > 0) {
                assertTrue(e.messageEn().contains("18"), e.messageEn());
            }
        }
        assertInvalid(null);
    }

    @Test
    void errorsCarryACodeAndBothLanguages() {
        DomainException e = assertThrows(DomainException.class, () -> IdNumber.parse("123"));
        assertEquals("ID_NUMBER_INVALID", e.code());
        assertFalse(e.messageZh().isBlank());
        assertFalse(e.messageEn().isBlank());
        assertEquals(e.messageEn(), e.getMessage());
    }

    @Test
    void accessorsReadTheParts() {
        for (int seq = 0; seq < 1000; seq += 37) {
            IdNumber id = IdNumber.parse(TestIds.id("440305", BIRTH, seq));
            assertEquals("440305", id.regionCode());
            assertEquals(BIRTH, id.birthDate());
            assertEquals(seq % 2 == 1, id.isMale(), "sequence " + seq);
        }
    }

    @Test
    void maskedShowsFirstSixAndLastFourOnly() {
        Random r = new Random(6);
        for (int i = 0; i < 100; i++) {
            String full = TestIds.random(r);
            IdNumber id = IdNumber.parse(full);
            String masked = id.masked();
            assertEquals(full.substring(0, 6) + "********" + full.substring(14), masked);
            assertEquals(18, masked.length());
            assertEquals(masked, id.toString());
            assertFalse(id.toString().contains(full));
            assertFalse(id.toString().contains(full.substring(6, 14)), "birth date must not show");
        }
    }

    @Test
    void checkCharacterRejectsAnythingButSeventeenDigits() {
        assertThrows(IllegalArgumentException.class, () -> IdNumber.checkCharacter("1234567890123456"));
        assertThrows(IllegalArgumentException.class, () -> IdNumber.checkCharacter("123456789012345678"));
        assertThrows(IllegalArgumentException.class, () -> IdNumber.checkCharacter("1234567890123456A"));
        assertThrows(IllegalArgumentException.class, () -> IdNumber.checkCharacter(null));
    }

    @Test
    void randomValidNumbersAllParseAndEqualityFollowsTheValue() {
        Random r = new Random(18);
        for (int i = 0; i < 2000; i++) {
            String full = TestIds.random(r);
            IdNumber id = IdNumber.parse(full);
            assertEquals(full, id.value());
            assertEquals(id, IdNumber.parse(full));
            assertEquals(id.hashCode(), IdNumber.parse(full).hashCode());
        }
        assertNotEquals(IdNumber.parse(TestIds.id("610102", BIRTH, 11)), IdNumber.parse(TestIds.id("610102", BIRTH, 13)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "身份证号码", "610102198506150110000"})
    void tryParseAnswersEmptyForGarbage(String s) {
        assertTrue(IdNumber.tryParse(s).isEmpty());
    }

    private static String findIdEndingIn(char check) {
        for (int seq = 0; seq < 1000; seq++) {
            String id = TestIds.id("610102", BIRTH, seq);
            if (id.charAt(17) == check) {
                return id;
            }
        }
        throw new AssertionError("no sequence gives check " + check);
    }

    private static DomainException assertInvalid(String s) {
        assertTrue(IdNumber.tryParse(s).isEmpty(), () -> "should be invalid: " + s);
        return assertThrows(DomainException.class, () -> IdNumber.parse(s));
    }
}
