package com.creditquerydesk.domain.model.register;

import com.creditquerydesk.domain.model.candidate.IdNumber;
import com.creditquerydesk.domain.shared.DomainException;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The identity number as the public register shows it (docs/domain.md#masked-id): usually
 * {@code 6101021985****1234} (birth month and day hidden), sometimes a full 18-character or legacy
 * 15-digit number, and for organisations a 统一社会信用代码 (GB 32100-2015), which never matches a person.
 *
 * <p>For a person the matchable form is the 14-character key of the visible characters
 * (first 10 + last 4, upper-case X) plus the full value when the register shows it.
 */
public final class MaskedIdNumber {

    public static final int KEY_LENGTH = 14;
    private static final String MASK = "****";
    /** GB 32100-2015: the 31 characters of a credit code (no I, O, S, V, Z) and the check weights. */
    private static final String USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] USCC_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private final IdHolderKind kind;
    /** As shown, normalised: the masked form, the full 18-character form, or the organisation code. */
    private final String value;
    private final String matchKey;
    private final String full;

    private MaskedIdNumber(IdHolderKind kind, String value, String matchKey, String full) {
        this.kind = kind;
        this.value = value;
        this.matchKey = matchKey;
        this.full = full;
    }

    /**
     * Reads an ID as printed in the register. Full-width characters and a lower-case x are tolerated;
     * a legacy 15-digit number is converted to 18 characters.
     *
     * @throws DomainException (REGISTER_ID_INVALID) for anything else
     */
    public static MaskedIdNumber parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw invalid("身份证号码为空", "the ID number is empty");
        }
        String s = Normalizer.normalize(raw, Normalizer.Form.NFKC).strip().toUpperCase(Locale.ROOT);
        if (isMaskedPersonId(s)) {
            return new MaskedIdNumber(IdHolderKind.PERSON, s, s.substring(0, 10) + s.substring(14), null);
        }
        if (s.length() == 18 || s.length() == 15) {
            Optional<IdNumber> id = IdNumber.tryParse(s);
            if (id.isPresent()) {
                return of(id.get());
            }
        }
        if (looksLikePersonId(s)) {
            // a person's number with a wrong check character or region is reported, never taken for an
            // organisation's code (which could pass the GB 32100 check by chance)
            throw invalid("身份证号码无效（校验位、地区码或出生日期不正确）",
                    "the ID number is invalid (check character, region or birth date)");
        }
        if (isCreditCode(s)) {
            return new MaskedIdNumber(IdHolderKind.ORGANISATION, s, null, null);
        }
        throw invalid("证件号码既不是（打码的）身份证号码也不是统一社会信用代码",
                "the number is neither a (masked) ID number nor a unified social credit code");
    }

    /** A register entry that shows the person's full number. */
    public static MaskedIdNumber of(IdNumber id) {
        return new MaskedIdNumber(IdHolderKind.PERSON, id.value(), keyOf(id), id.value());
    }

    /** The 14-character key of a full number: what the register's mask leaves visible. */
    public static String keyOf(IdNumber id) {
        String v = id.value();
        return v.substring(0, 10) + v.substring(14);
    }

    /** Every visible character equal (X is upper-cased on both sides); an organisation never matches. */
    public boolean matches(IdNumber id) {
        if (kind != IdHolderKind.PERSON) {
            return false;
        }
        return full != null ? full.equals(id.value()) : matchKey.equals(keyOf(id));
    }

    public IdHolderKind kind() {
        return kind;
    }

    public String value() {
        return value;
    }

    /** The 14-character key of a person's number; empty for an organisation. */
    public Optional<String> matchKey() {
        return Optional.ofNullable(matchKey);
    }

    /**
     * The number in the public register's masked form ({@code 6101021985****1234}) even where the register shows it in
     * full; an organisation's code as it is. What a possible hit shows of the record (docs/rules.md#R56).
     */
    public String maskedForm() {
        return kind == IdHolderKind.PERSON ? matchKey.substring(0, 10) + MASK + matchKey.substring(10) : value;
    }

    /** The full 18-character number when the register shows it. */
    public Optional<String> fullValue() {
        return Optional.ofNullable(full);
    }

    static boolean isMaskedPersonId(String s) {
        if (s.length() != 18 || !s.startsWith(MASK, 10)) {
            return false;
        }
        for (int i = 0; i < 18; i++) {
            char c = s.charAt(i);
            boolean ok = (i >= 10 && i < 14) || (c >= '0' && c <= '9') || (i == 17 && c == 'X');
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** 17 digits and a digit or X, with a real birth date after 1900 in characters 7 to 14. */
    static boolean looksLikePersonId(String s) {
        if (s.length() != 18) {
            return false;
        }
        for (int i = 0; i < 17; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        char last = s.charAt(17);
        if (last != 'X' && (last < '0' || last > '9')) {
            return false;
        }
        try {
            LocalDate birth = LocalDate.parse(s.substring(6, 14), DateTimeFormatter.BASIC_ISO_DATE);
            return birth.getYear() >= 1900;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    static boolean isCreditCode(String s) {
        if (s.length() != 18) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = USCC_CHARS.indexOf(s.charAt(i));
            if (v < 0) {
                return false;
            }
            sum += v * USCC_WEIGHTS[i];
        }
        return s.charAt(17) == USCC_CHARS.charAt((31 - sum % 31) % 31);
    }

    private static DomainException invalid(String zh, String en) {
        return new DomainException("REGISTER_ID_INVALID", zh, en);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MaskedIdNumber other && kind == other.kind && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, value);
    }

    /** First 6 + last 4 even for the public masked form: logs never carry more (COMMON.md). */
    @Override
    public String toString() {
        return kind == IdHolderKind.ORGANISATION ? value : value.substring(0, 6) + "********" + value.substring(14);
    }
}
