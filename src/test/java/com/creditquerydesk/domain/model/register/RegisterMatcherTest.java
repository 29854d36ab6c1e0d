package com.creditquerydesk.domain.model.register;

import com.creditquerydesk.domain.model.candidate.IdNumber;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The near-miss suite of the hit rule (docs/rules.md#R16). */
class RegisterMatcherTest {

    private final IdNumber id = TestIds.id("420202", LocalDate.of(1976, 5, 17), 808);

    static RegisterRecord record(String name, String shownId) {
        return new RegisterRecord(name, MaskedIdNumber.parse(shownId), "黄石市黄石港区人民法院", "湖北",
                "（2018）鄂0202执9851号", "（2017）鄂0202民初12029号", "偿还借款", "部分未履行", "违反限制消费令",
                LocalDate.of(2018, 1, 6), LocalDate.of(2018, 7, 10));
    }

    @Test
    void sameNameAndVisibleDigitsIsAHit() {
        assertTrue(RegisterMatcher.matches(record("罗勇", TestIds.mask(id)), new ScreeningCandidate("罗勇", id)));
    }

    @Test
    void sameNameOtherVisibleDigitsIsNotAHit() {
        for (int pos : new int[]{2, 9, 15}) {
            IdNumber other = MaskedIdNumberTest.changeDigitAt(id, pos);
            assertFalse(RegisterMatcher.matches(record("罗勇", TestIds.mask(id)), new ScreeningCandidate("罗勇", other)));
        }
    }

    @Test
    void sameDigitsOtherNameIsNotAHit() {
        RegisterRecord r = record("罗勇", TestIds.mask(id));
        assertFalse(RegisterMatcher.matches(r, new ScreeningCandidate("罗永", id)));
        assertFalse(RegisterMatcher.matches(r, new ScreeningCandidate("罗勇军", id)));
    }

    /** The safety net (docs/rules.md#R56): the same digits with a near name is a possible hit, nothing more. */
    @Test
    void sameDigitsNearNameIsAPossibleHitAndOnlyThat() {
        RegisterRecord r = record("罗勇", TestIds.mask(id));
        assertEquals(Optional.of(NameDifference.SOUND_ALIKE), RegisterMatcher.possibleMatch(r, new ScreeningCandidate("罗永", id)));
        assertEquals(Optional.of(NameDifference.CHARACTER_EXTRA),
                RegisterMatcher.possibleMatch(r, new ScreeningCandidate("罗勇军", id)));
        assertEquals(Optional.empty(), RegisterMatcher.possibleMatch(r, new ScreeningCandidate("罗勇", id)),
                "an exact hit is not a possible one");
        assertEquals(Optional.empty(), RegisterMatcher.possibleMatch(r, new ScreeningCandidate("李娜", id)),
                "an unrelated name is nothing");
        RegisterMatch judged = RegisterMatch.judge(new ScreeningCandidate("罗永", id), r, 3, null).orElseThrow();
        assertFalse(judged.exact());
        assertTrue(RegisterMatch.judge(new ScreeningCandidate("罗勇", id), r, 3, null).orElseThrow().exact());
        assertEquals(Optional.empty(), RegisterMatch.judge(new ScreeningCandidate("李娜", id), r, 3, null));
    }

    @Test
    void nearNameOtherVisibleDigitsIsNothingAndSoIsSameNameOtherDigits() {
        RegisterRecord r = record("罗勇", TestIds.mask(id));
        for (int pos : new int[]{2, 9, 15}) {
            IdNumber other = MaskedIdNumberTest.changeDigitAt(id, pos);
            assertEquals(Optional.empty(), RegisterMatcher.possibleMatch(r, new ScreeningCandidate("罗永", other)));
            assertEquals(Optional.empty(), RegisterMatch.judge(new ScreeningCandidate("罗勇", other), r, 1, null));
        }
        IdNumber sameKey = TestIds.fullFor(TestIds.mask(id), 3);
        RegisterRecord full = record("罗勇", id.value());
        assertEquals(Optional.empty(), RegisterMatcher.possibleMatch(full, new ScreeningCandidate("罗永", sameKey)),
                "a full number in the register must agree on the hidden digits too");
        RegisterRecord org = record("西安某商贸有限公司", TestIds.creditCode("91610113MA6U12345"));
        assertEquals(Optional.empty(), RegisterMatcher.possibleMatch(org, new ScreeningCandidate("西安某商贸有限公", id)));
    }

    @Test
    void spellingVariantsOfTheSameNameHit() {
        RegisterRecord r = record("阿依古丽·买买提", TestIds.mask(id));
        assertTrue(RegisterMatcher.matches(r, new ScreeningCandidate("阿依古丽•买买提", id)));
        assertTrue(RegisterMatcher.matches(r, new ScreeningCandidate("阿依古丽 ・ 买买提", id)));
        assertTrue(RegisterMatcher.matches(record("李　娜", TestIds.mask(id)), new ScreeningCandidate("李娜", id)));
    }

    @Test
    void lowerCaseXInTheRegisterHitsUpperCaseXOfTheCandidate() {
        IdNumber x = MaskedIdNumberTest.xPerson();
        assertTrue(RegisterMatcher.matches(record("张三", TestIds.mask(x).toLowerCase()), new ScreeningCandidate("张三", x)));
    }

    @Test
    void legacyNumberInTheRegisterHitsTheEighteenCharacterForm() {
        IdNumber old = TestIds.id("610102", LocalDate.of(1962, 11, 2), 31);
        String legacy = old.value().substring(0, 6) + old.value().substring(8, 17);
        assertTrue(RegisterMatcher.matches(record("王芳", legacy), new ScreeningCandidate("王芳", old)));
        IdNumber sameKey = TestIds.fullFor(TestIds.mask(old), 2);
        assertFalse(RegisterMatcher.matches(record("王芳", legacy), new ScreeningCandidate("王芳", sameKey)));
    }

    @Test
    void organisationNeverHitsAPerson() {
        RegisterRecord org = record("西安某商贸有限公司", TestIds.creditCode("91610113MA6U12345"));
        assertFalse(RegisterMatcher.matches(org, new ScreeningCandidate("西安某商贸有限公司", id)));
    }
}
