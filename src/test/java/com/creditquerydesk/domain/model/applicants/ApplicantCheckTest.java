package com.creditquerydesk.domain.model.applicants;

import com.creditquerydesk.domain.model.applicants.ApplicantCheck.Applicant;
import com.creditquerydesk.domain.model.applicants.ApplicantCheck.Outcome;
import com.creditquerydesk.domain.model.applicants.ApplicantCheck.RejectedApplicantOutcome;
import com.creditquerydesk.domain.model.candidate.IdNumber;
import com.creditquerydesk.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** docs/rules.md#R40: the rows of an applicant list, checked as a letter's list, each person once. */
class ApplicantCheckTest {

    /** 11010519491231002X: GB 11643-1999's own example, check character X. */
    static final String ID_X = "11010519491231002X";
    /** 110105491231002 is the legacy form of the same person. */
    static final String LEGACY = "110105491231002";
    static final String OTHER = id("61010219900307123");

    static String id(String first17) {
        return first17 + IdNumber.checkCharacter(first17);
    }

    private final ApplicantCheck check = new ApplicantCheck();

    private Applicant accepted(Outcome o) {
        return assertInstanceOf(Applicant.class, o, () -> o.toString());
    }

    private RejectedApplicant rejected(Outcome o) {
        return assertInstanceOf(RejectedApplicantOutcome.class, o, () -> o.toString()).rejected();
    }

    @Test
    void aValidRowIsAcceptedWithItsRowNumberAndNormalisedValues() {
        Applicant a = accepted(check.check(7, " 王 小明 ", ID_X));
        assertEquals(7, a.row());
        assertEquals("王小明", a.candidate().name());
        assertEquals(ID_X, a.candidate().idNumber().value());
    }

    @Test
    void aLowerCaseXFullWidthDigitsAndALegacyNumberAreReadAsTheStandardForm() {
        assertEquals(ID_X, accepted(check.check(2, "张三", ID_X.toLowerCase())).candidate().idNumber().value());
        String fullWidth = OTHER.chars().mapToObj(c -> String.valueOf((char) (c - '0' + '０'))).reduce("", String::concat);
        assertEquals(OTHER, accepted(check.check(3, "李四", fullWidth)).candidate().idNumber().value());
        ApplicantCheck fresh = new ApplicantCheck();
        assertEquals(ID_X, accepted(fresh.check(4, "王五", LEGACY)).candidate().idNumber().value());
    }

    @Test
    void aWrongCheckCharacterABadBirthDateAProvinceThatDoesNotExistAndAnEmptyIdAreReportedWithTheirReason() {
        String wrongCheck = OTHER.substring(0, 17) + (OTHER.charAt(17) == '0' ? '1' : '0');
        RejectedApplicant r = rejected(check.check(5, "张三", wrongCheck));
        assertEquals(5, r.row());
        assertEquals("ID_NUMBER_INVALID", r.code());
        assertEquals("身份证号码校验位不正确", r.reasonZh());
        assertEquals("the check character of the ID number is wrong", r.reasonEn());
        assertEquals(IdNumber.mask(wrongCheck), r.maskedId(), "the ID is kept masked only");
        assertEquals("身份证号码中的出生日期无效", rejected(check.check(6, "张三", id("61010219900230123"))).reasonZh());
        assertEquals("身份证号码的省级行政区划代码不存在", rejected(check.check(7, "张三", id("99010219900307123"))).reasonZh());
        assertEquals("身份证号码为空", rejected(check.check(8, "张三", "")).reasonZh());
        assertEquals("身份证号码应为18位（或旧式15位）", rejected(check.check(9, "张三", "6101021990")).reasonZh());
    }

    @Test
    void anInvalidNameIsReportedAndItsTextKeptShort() {
        RejectedApplicant r = rejected(check.check(3, "Zhang San", OTHER));
        assertEquals("PERSON_NAME_INVALID", r.code());
        assertEquals("Zhang San", r.name());
        assertEquals(ApplicantCheck.MAX_NAME_KEPT, rejected(check.check(4, "张".repeat(80), OTHER)).name().length());
        assertEquals("PERSON_NAME_INVALID", rejected(check.check(5, "", OTHER)).code());
    }

    @Test
    void theSamePersonTwiceIsReportedAsADuplicateOfTheFirstRowEvenInAnotherForm() {
        accepted(check.check(2, "张三", ID_X));
        RejectedApplicant again = rejected(check.check(9, "张 三", ID_X.toLowerCase()));
        assertEquals("APPLICANT_DUPLICATE", again.code());
        assertTrue(again.reasonZh().contains("第 2 行"), again.reasonZh());
        assertTrue(again.reasonEn().contains("row 2"), again.reasonEn());
        assertEquals("APPLICANT_DUPLICATE", rejected(check.check(10, "张三", LEGACY)).code(),
                "the legacy form of the same ID is the same number");
        accepted(check.check(11, "张三", OTHER));
    }

    @Test
    void theSameIdUnderAnotherNameIsScreenedUnderBoth() {
        accepted(check.check(2, "张三", ID_X));
        Applicant other = accepted(check.check(3, "张山", ID_X));
        assertEquals("张山", other.candidate().name());
    }

    @Test
    void aRejectedRowDoesNotCountAsSeen() {
        rejected(check.check(2, "Zhang", ID_X));
        accepted(check.check(3, "张三", ID_X));
    }

    @Test
    void moreApplicantsThanTheLimitRefuseTheWholeList() {
        ApplicantCheck big = new ApplicantCheck();
        for (int i = 0; i < ApplicantCheck.MAX_APPLICANTS; i++) {
            String first17 = "610102" + LocalDate.of(1950, 1, 1).plusDays(i / 1000).format(DateTimeFormatter.BASIC_ISO_DATE)
                    + String.format("%03d", i % 1000);
            accepted(big.check(i + 2, "张三", first17 + IdNumber.checkCharacter(first17)));
        }
        String last = id("61010220000101999");
        DomainException e = assertThrows(DomainException.class, () -> big.check(999_999, "李四", last));
        assertEquals("APPLICANT_LIST_TOO_LARGE", e.code());
        assertEquals(DomainException.Kind.TOO_LARGE, e.kind());
        assertFalse(e.messageEn().isBlank());
    }
}
