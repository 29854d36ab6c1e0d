package com.creditquerydesk.domain.model.register;

import com.creditquerydesk.domain.model.candidate.IdNumber;
import com.creditquerydesk.domain.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MaskedIdNumberTest {

    private final IdNumber person = TestIds.id("610102", LocalDate.of(1985, 7, 23), 123);

    @Test
    void maskedFormKeepsTheFourteenVisibleCharacters() {
        MaskedIdNumber m = MaskedIdNumber.parse(TestIds.mask(person));
        assertEquals(IdHolderKind.PERSON, m.kind());
        assertEquals(person.value().substring(0, 10) + person.value().substring(14), m.matchKey().orElseThrow());
        assertEquals(MaskedIdNumber.KEY_LENGTH, m.matchKey().orElseThrow().length());
        assertTrue(m.fullValue().isEmpty());
        assertTrue(m.matches(person));
    }

    @Test
    void anyBirthDayBehindTheMaskMatchesButOtherVisibleDigitsDoNot() {
        MaskedIdNumber m = MaskedIdNumber.parse(TestIds.mask(person));
        // same visible characters, another hidden month/day: indistinguishable in the public register
        IdNumber sameVisible = TestIds.fullFor(TestIds.mask(person), 3);
        assertTrue(m.matches(sameVisible));
        for (int pos : new int[]{1, 5, 8, 9, 14, 16}) {
            assertFalse(m.matches(changeDigitAt(person, pos)), "digit " + pos);
        }
    }

    /** What a possible hit shows of the record (docs/rules.md#R56): the masked form, whatever the register showed. */
    @Test
    void theMaskedFormHidesTheBirthDayOfAFullNumberAndLeavesACreditCodeAlone() {
        String masked = TestIds.mask(person);
        assertEquals(masked, MaskedIdNumber.parse(person.value()).maskedForm());
        assertEquals(masked, MaskedIdNumber.parse(masked).maskedForm());
        String legacy = person.value().substring(0, 6) + person.value().substring(8, 17);
        assertEquals(masked, MaskedIdNumber.parse(legacy).maskedForm());
        String org = TestIds.creditCode("91610113MA6U12345");
        assertEquals(org, MaskedIdNumber.parse(org).maskedForm());
    }

    @Test
    void fullNumberMustAgreeEverywhere() {
        MaskedIdNumber full = MaskedIdNumber.parse(person.value());
        assertEquals(person.value(), full.fullValue().orElseThrow());
        assertTrue(full.matches(person));
        IdNumber sameKeyOtherDay = TestIds.fullFor(TestIds.mask(person), 5);
        assertEquals(MaskedIdNumber.keyOf(person), MaskedIdNumber.keyOf(sameKeyOtherDay));
        assertFalse(full.matches(sameKeyOtherDay));
    }

    @Test
    void lowerCaseXAndFullWidthCharactersAreRead() {
        IdNumber withX = xPerson();
        String masked = TestIds.mask(withX);
        MaskedIdNumber lower = MaskedIdNumber.parse(masked.toLowerCase());
        assertTrue(lower.matches(withX));
        assertEquals(masked, lower.value());
        String fullWidth = masked.chars().mapToObj(c -> String.valueOf((char) (c == '*' ? '＊' : c >= '0' && c <= '9'
                ? c - '0' + '０' : c))).reduce("", String::concat);
        assertTrue(MaskedIdNumber.parse(fullWidth).matches(withX));
    }

    @Test
    void legacyFifteenDigitNumberIsConverted() {
        IdNumber born1970 = TestIds.id("610102", LocalDate.of(1970, 3, 9), 457);
        String legacy = born1970.value().substring(0, 6) + born1970.value().substring(8, 17);
        MaskedIdNumber m = MaskedIdNumber.parse(legacy);
        assertEquals(born1970.value(), m.value());
        assertTrue(m.matches(born1970));
        assertTrue(m.matches(IdNumber.parse(legacy)));
    }

    @Test
    void creditCodeIsAnOrganisationAndNeverMatches() {
        String code = TestIds.creditCode("91610113MA6U12345");
        MaskedIdNumber org = MaskedIdNumber.parse(code);
        assertEquals(IdHolderKind.ORGANISATION, org.kind());
        assertTrue(org.matchKey().isEmpty());
        assertFalse(org.matches(person));
        // a credit code with a wrong check character is neither
        char wrong = code.charAt(17) == '0' ? '1' : '0';
        assertThrows(DomainException.class, () -> MaskedIdNumber.parse(code.substring(0, 17) + wrong));
    }

    @Test
    void aPersonNumberWithAWrongCheckCharacterIsNeverTakenForAnOrganisation() {
        String v = person.value();
        for (char wrong : "0123456789X".toCharArray()) {
            if (wrong != v.charAt(17)) {
                String bad = v.substring(0, 17) + wrong;
                DomainException e = assertThrows(DomainException.class, () -> MaskedIdNumber.parse(bad), bad);
                assertTrue(e.messageEn().contains("check character"), e.messageEn());
            }
        }
    }

    @Test
    void allDigitCreditCodesAreStillOrganisations() {
        String code = TestIds.creditCode("91110108726387659");
        assertEquals(IdHolderKind.ORGANISATION, MaskedIdNumber.parse(code).kind());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "6101021985****123", "6101021985***51234", "61010219851234****",
            "6101021985****12Y4", "610102198507231230", "ABCDEFGHIJKLMNOPQR", "6101021985####1234"})
    void malformedNumbersAreRejectedWithBothLanguages(String raw) {
        DomainException e = assertThrows(DomainException.class, () -> MaskedIdNumber.parse(raw));
        assertEquals("REGISTER_ID_INVALID", e.code());
        assertFalse(e.messageZh().isBlank());
        assertFalse(e.messageEn().isBlank());
    }

    @Test
    void toStringShowsOnlySixAndFour() {
        assertEquals(person.value().substring(0, 6) + "********" + person.value().substring(14),
                MaskedIdNumber.parse(person.value()).toString());
    }

    static IdNumber xPerson() {
        for (int seq = 100; ; seq++) {
            IdNumber id = TestIds.id("610113", LocalDate.of(1990, 2, 14), seq);
            if (id.value().endsWith("X")) {
                return id;
            }
        }
    }

    /** A valid number differing from {@code id} at one position (the check character recomputed). */
    static IdNumber changeDigitAt(IdNumber id, int pos) {
        String v = id.value();
        for (char d = '0'; d <= '9'; d++) {
            if (d == v.charAt(pos)) {
                continue;
            }
            String first17 = (v.substring(0, pos) + d + v.substring(pos + 1)).substring(0, 17);
            if (pos == 17) {
                continue;
            }
            var other = IdNumber.tryParse(first17 + IdNumber.checkCharacter(first17));
            if (other.isPresent() && !MaskedIdNumber.keyOf(other.get()).equals(MaskedIdNumber.keyOf(id))) {
                return other.get();
            }
        }
        throw new IllegalStateException("no variant at " + pos);
    }
}
