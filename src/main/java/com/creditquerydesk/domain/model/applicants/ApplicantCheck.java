package com.creditquerydesk.domain.model.applicants;

import com.creditquerydesk.domain.model.candidate.IdNumber;
import com.creditquerydesk.domain.model.candidate.PersonName;
import com.creditquerydesk.domain.model.register.ScreeningCandidate;
import com.creditquerydesk.domain.shared.DomainException;
import com.creditquerydesk.domain.shared.DomainException.Kind;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * Checks the rows of one applicant list as they are read (docs/rules.md#R40): the same rules as a letter's list
 * (姓名 as on an ID card; 身份证号码 under GB 11643-1999: province, birth date, check character; a legacy 15-digit
 * number converted, a lower-case x read as X), full-width digits read as digits, and each person once. A row that
 * fails is reported with its number and reason, never dropped silently; a second row with the name and ID of one
 * already seen is reported as a duplicate of the first. The same ID under another name is screened under both names:
 * either may be the typing error, and only the register can tell which one is listed. One instance per list: it
 * remembers the people it accepted.
 */
public final class ApplicantCheck {

    /** A unified recruitment's list is tens of thousands; beyond this the file is refused as a whole. */
    public static final int MAX_APPLICANTS = 200_000;
    static final int MAX_NAME_KEPT = 50;

    /** What a row gives: an applicant to screen, or a rejection. */
    public sealed interface Outcome permits Applicant, RejectedApplicantOutcome {
    }

    /** A row accepted for screening; {@code row} becomes the result's index. */
    public record Applicant(long row, ScreeningCandidate candidate) implements Outcome {
    }

    public record RejectedApplicantOutcome(RejectedApplicant rejected) implements Outcome {
    }

    private final Map<ScreeningCandidate, Long> firstRowOf = new HashMap<>();

    public Outcome check(long row, String name, String idText) {
        String id = Normalizer.normalize(idText == null ? "" : idText, Normalizer.Form.NFKC);
        PersonName person;
        IdNumber number;
        try {
            person = PersonName.of(name);
            number = IdNumber.parse(id);
        } catch (DomainException e) {
            return reject(row, name, id, e.code(), e.messageZh(), e.messageEn());
        }
        ScreeningCandidate candidate = new ScreeningCandidate(person.value(), number);
        Long first = firstRowOf.putIfAbsent(candidate, row);
        if (first != null) {
            return reject(row, name, id, "APPLICANT_DUPLICATE", "与第 " + first + " 行的姓名和身份证号码重复，只查询第 " + first + " 行",
                    "the same name and ID number as row " + first + "; only row " + first + " is screened");
        }
        if (firstRowOf.size() > MAX_APPLICANTS) {
            throw new DomainException(Kind.TOO_LARGE, "APPLICANT_LIST_TOO_LARGE",
                    "名单超过 " + MAX_APPLICANTS + " 人，请分批上传", "the list has more than " + MAX_APPLICANTS
                    + " applicants; upload it in parts");
        }
        return new Applicant(row, candidate);
    }

    private static Outcome reject(long row, String name, String id, String code, String zh, String en) {
        String kept = name == null ? "" : name.strip();
        if (kept.length() > MAX_NAME_KEPT) {
            kept = kept.substring(0, MAX_NAME_KEPT);
        }
        return new RejectedApplicantOutcome(new RejectedApplicant(row, kept, IdNumber.mask(id.strip()), code, zh, en));
    }
}
