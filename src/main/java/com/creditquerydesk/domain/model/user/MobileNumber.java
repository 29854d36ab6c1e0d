package com.creditquerydesk.domain.model.user;

import com.creditquerydesk.domain.shared.DomainException;

import java.util.regex.Pattern;

/** A mainland mobile number an account's SMS codes go to: 11 digits starting 13–19 (docs/rules.md#R24). */
public record MobileNumber(String digits) {

    private static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");

    public MobileNumber {
        String d = digits == null ? "" : digits.strip().replace(" ", "").replace("-", "");
        if (d.startsWith("+86")) {
            d = d.substring(3);
        }
        if (!MOBILE.matcher(d).matches()) {
            throw new DomainException("MOBILE_INVALID", "手机号码须为 11 位、以 13–19 开头",
                    "a mobile number has 11 digits and starts with 13 to 19");
        }
        digits = d;
    }

    /** As shown on screens and in the log-in answer: 138****5678. */
    public String masked() {
        return digits.substring(0, 3) + "****" + digits.substring(7);
    }

    @Override
    public String toString() {
        return digits;
    }
}
