package com.creditquerydesk.domain.model.letter;

import com.creditquerydesk.domain.shared.DomainException;

import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A contact telephone number on a letter (联系电话): a mainland mobile number 1[3-9]xxxxxxxxx, or a landline
 * with its area code. Normalised to {@code 13912345678}, {@code 029-88886666} or {@code 029-88886666转8001}.
 *
 * <p>Area codes: 010 and 020–029 have three digits, all others (03xx–09xx) four, so written without a
 * separator the split is still unambiguous. A local number has 7 or 8 digits and does not start with 0 or 1.
 */
public final class PhoneNumber {

    private static final String SEP = "[\\s\\-—–]?";
    private static final Pattern MOBILE = Pattern.compile(
            "(?<![\\d+])(?:\\+?86" + SEP + ")?(1[3-9]\\d)" + SEP + "(\\d{4})" + SEP + "(\\d{4})(?!\\d)");
    private static final Pattern LANDLINE = Pattern.compile(
            "(?<!\\d)(?:\\+?86" + SEP + ")?\\(?(0(?:10|2\\d|[3-9]\\d{2}))\\)?[\\s\\-—–]*([2-9]\\d{2,3})" + SEP + "(\\d{4})(?!\\d)"
                    + "(?:\\s*(?:转|分机|ext\\.?|EXT\\.?|Ext\\.?|[\\-—–])\\s*(\\d{1,5})(?!\\d))?");

    private final String value;
    private final boolean mobile;

    private PhoneNumber(String value, boolean mobile) {
        this.value = value;
        this.mobile = mobile;
    }

    /** Parses a whole string (surrounding spaces allowed) as one telephone number. */
    public static PhoneNumber of(String raw) {
        String s = prepare(raw).strip();
        if (s.isEmpty()) {
            throw invalid("电话号码为空", "the telephone number is empty");
        }
        Matcher m = MOBILE.matcher(s);
        if (m.matches()) {
            return mobile(m);
        }
        m = LANDLINE.matcher(s);
        if (m.matches()) {
            return landline(m);
        }
        throw invalid("电话号码应为11位手机号码，或带区号的固定电话（如029-88886666）",
                "a telephone number is an 11-digit mobile number or a landline with its area code (e.g. 029-88886666)");
    }

    /** The first telephone number in running text (an OCR line such as "联系人：张三，电话：029-88886666"). */
    public static Optional<PhoneNumber> find(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = prepare(text);
        Matcher mobile = MOBILE.matcher(s);
        Matcher landline = LANDLINE.matcher(s);
        boolean hasMobile = mobile.find();
        boolean hasLandline = landline.find();
        if (hasMobile && (!hasLandline || mobile.start() <= landline.start())) {
            return Optional.of(mobile(mobile));
        }
        return hasLandline ? Optional.of(landline(landline)) : Optional.empty();
    }

    /** NFKC turns full-width digits and brackets （）－ into ASCII; Chinese brackets are then plain ones. */
    private static String prepare(String raw) {
        return raw == null ? "" : Normalizer.normalize(raw, Normalizer.Form.NFKC);
    }

    private static PhoneNumber mobile(Matcher m) {
        return new PhoneNumber(m.group(1) + m.group(2) + m.group(3), true);
    }

    private static PhoneNumber landline(Matcher m) {
        String v = m.group(1) + "-" + m.group(2) + m.group(3);
        return new PhoneNumber(m.group(4) == null ? v : v + "转" + m.group(4), false);
    }

    private static DomainException invalid(String zh, String en) {
        return new DomainException("PHONE_NUMBER_INVALID", zh, en);
    }

    /** The normalised form: 13912345678, 029-88886666 or 029-88886666转8001. */
    public String value() {
        return value;
    }

    public boolean isMobile() {
        return mobile;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PhoneNumber other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
