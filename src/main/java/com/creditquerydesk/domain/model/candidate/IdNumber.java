package com.creditquerydesk.domain.model.candidate;

import com.creditquerydesk.domain.shared.DomainException;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A resident identity number (GB 11643-1999): 6-digit region code, birth date YYYYMMDD, 3-digit
 * sequence (odd = male) and a check character. Always held in its 18-character form with an
 * upper-case X; a legacy 15-digit number is converted on construction.
 */
public final class IdNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARS = "10X98765432";
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    private final String value;

    private IdNumber(String value) {
        this.value = value;
    }

    /** Parses an 18-character or legacy 15-digit number; surrounding spaces and a lower-case x are tolerated. */
    public static IdNumber parse(String raw) {
        Object checked = check(raw);
        if (checked instanceof Problem problem) {
            throw new DomainException("ID_NUMBER_INVALID", problem.zh, problem.en);
        }
        return new IdNumber((String) checked);
    }

    /** Like {@link #parse} but answers empty instead of throwing (and cheaply: repair searches call it often). */
    public static Optional<IdNumber> tryParse(String raw) {
        Object checked = check(raw);
        return checked instanceof String value ? Optional.of(new IdNumber(value)) : Optional.empty();
    }

    /** Why a text is not an ID number, in the order the rules are checked. */
    private enum Problem {
        EMPTY("身份证号码为空", "the ID number is empty"),
        LENGTH("身份证号码应为18位（或旧式15位）", "an ID number has 18 characters (or 15 in the legacy form)"),
        LEGACY_DIGITS("旧式15位身份证号码应全为数字", "a legacy 15-digit ID number has only digits"),
        DIGITS("身份证号码前17位应为数字", "the first 17 characters of an ID number are digits"),
        PROVINCE("身份证号码的省级行政区划代码不存在", "the province code of the ID number does not exist"),
        BIRTH_DATE("身份证号码中的出生日期无效", "the birth date in the ID number is not a real date"),
        CHECK("身份证号码校验位不正确", "the check character of the ID number is wrong");

        final String zh;
        final String en;

        Problem(String zh, String en) {
            this.zh = zh;
            this.en = en;
        }
    }

    /** The normalised 18-character value, or the first {@link Problem} found. */
    private static Object check(String raw) {
        if (raw == null || raw.isBlank()) {
            return Problem.EMPTY;
        }
        String s = raw.strip().toUpperCase(Locale.ROOT);
        if (s.length() == 15) {
            if (!allDigits(s, 15)) {
                return Problem.LEGACY_DIGITS;
            }
            s = fromLegacy(s);
        }
        if (s.length() != 18) {
            return Problem.LENGTH;
        }
        if (!allDigits(s, 17)) {
            return Problem.DIGITS;
        }
        if (!RegionCodes.standard().provinceExists(s.substring(0, 2))) {
            return Problem.PROVINCE;
        }
        LocalDate birth = birthDateOf(s);
        if (birth == null || birth.isBefore(EARLIEST_BIRTH) || birth.isAfter(LocalDate.now())) {
            return Problem.BIRTH_DATE;
        }
        if (s.charAt(17) != checkCharacter(s.substring(0, 17))) {
            return Problem.CHECK;
        }
        return s;
    }

    /** The GB 11643 check character of the first 17 digits; anything but 17 ASCII digits is an IllegalArgumentException. */
    public static char checkCharacter(String first17) {
        if (first17 == null || first17.length() != 17) {
            throw new IllegalArgumentException("17 digits expected");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = first17.charAt(i);
            if (!isAsciiDigit(c)) {
                throw new IllegalArgumentException("17 digits expected");
            }
            sum += (c - '0') * WEIGHTS[i];
        }
        return CHECK_CHARS.charAt(sum % 11);
    }

    /** Converts a legacy 15-digit number (region + YYMMDD + sequence) by inserting 19 and adding the check character. */
    private static String fromLegacy(String legacy) {
        String first17 = legacy.substring(0, 6) + "19" + legacy.substring(6);
        return first17 + checkCharacter(first17);
    }

    /** The birth date, or null when the digits name no real day (checked without exceptions). */
    private static LocalDate birthDateOf(String s) {
        int year = Integer.parseInt(s.substring(6, 10));
        int month = Integer.parseInt(s.substring(10, 12));
        int day = Integer.parseInt(s.substring(12, 14));
        if (month < 1 || month > 12 || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }

    private static boolean allDigits(String s, int count) {
        for (int i = 0; i < count; i++) {
            if (!isAsciiDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    public String value() {
        return value;
    }

    public String regionCode() {
        return value.substring(0, 6);
    }

    public LocalDate birthDate() {
        return birthDateOf(value);
    }

    /**
     * Whether the region code is in the GB/T 2260 list (current or historical). False is a warning for the
     * clerk, never a reason to reject: many people carry county codes abolished since their birth (docs/domain.md#id-number).
     */
    public boolean countyKnown() {
        return RegionCodes.standard().countyKnown(regionCode());
    }

    public boolean isMale() {
        return (value.charAt(16) - '0') % 2 == 1;
    }

    /** First 6 + last 4, the form used in logs and list views. */
    public String masked() {
        return mask(value);
    }

    /** The log and list form of any text read as an ID (valid or not): first 6 + last 4, the rest starred. */
    public static String mask(String raw) {
        if (raw == null) {
            return "";
        }
        return raw.length() < 10 ? "****" : raw.substring(0, 6) + "********" + raw.substring(raw.length() - 4);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IdNumber other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    /** Deliberately masked: an IdNumber must never reach a log in full by accident. */
    @Override
    public String toString() {
        return masked();
    }
}
