package com.creditquerydesk.domain.model.user;

import com.creditquerydesk.domain.shared.DomainException;

import java.util.Locale;
import java.util.regex.Pattern;

/** An account's e-mail address, where reminders go when the centre's mail server is configured (docs/rules.md#R84). */
public record EmailAddress(String value) {

    public static final int MAX = 200;
    private static final Pattern ADDRESS = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");

    public EmailAddress {
        String v = value == null ? "" : value.strip();
        if (v.length() > MAX || !ADDRESS.matcher(v).matches()) {
            throw new DomainException("EMAIL_INVALID", "电子邮件地址格式不正确：" + v,
                    "not an e-mail address: " + v);
        }
        int at = v.indexOf('@');
        value = v.substring(0, at) + v.substring(at).toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value;
    }
}
