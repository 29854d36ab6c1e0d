package com.creditquerydesk.domain.model.user;

import com.creditquerydesk.domain.shared.DomainException;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;

/**
 * What a new password must be (docs/rules.md#R25): at least 12 characters from three of the four classes (upper
 * case, lower case, digits, other), not containing the username, not one of the bundled common passwords (compared
 * without case), and — checked by the account, which keeps the hashes — none of its last five. It expires after
 * {@code maxAge}.
 *
 * @param commonPasswords the bundled list, lower case
 * @param maxAge how long a password is good for; zero means it does not expire
 */
public record PasswordPolicy(Set<String> commonPasswords, Duration maxAge) {

    public static final int MIN_LENGTH = 12;
    public static final int MIN_CLASSES = 3;
    public static final int HISTORY = 5;

    public PasswordPolicy {
        commonPasswords = Set.copyOf(commonPasswords);
        if (maxAge == null || maxAge.isNegative()) {
            throw new IllegalArgumentException("a password's maximum age is zero (never) or positive");
        }
    }

    /** Refuses a password that breaks one of the rules, naming the first it breaks. */
    public void check(String username, char[] password) {
        if (password == null || password.length < MIN_LENGTH) {
            throw weak("PASSWORD_TOO_SHORT", "密码至少 " + MIN_LENGTH + " 位",
                    "a password has at least " + MIN_LENGTH + " characters");
        }
        String text = new String(password);
        if (classes(text) < MIN_CLASSES) {
            throw weak("PASSWORD_TOO_SIMPLE", "密码须包含大写字母、小写字母、数字、其他符号中的至少三类",
                    "a password mixes at least three of: upper-case letters, lower-case letters, digits, other signs");
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.strip().toLowerCase(Locale.ROOT))) {
            throw weak("PASSWORD_CONTAINS_USERNAME", "密码不能包含用户名", "a password must not contain the username");
        }
        if (commonPasswords.contains(lower)) {
            throw weak("PASSWORD_COMMON", "这是常见密码，容易被猜中，请换一个",
                    "this is a common password, easily guessed: choose another");
        }
    }

    static int classes(String text) {
        boolean upper = false;
        boolean lower = false;
        boolean digit = false;
        boolean other = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                upper = true;
            } else if (c >= 'a' && c <= 'z') {
                lower = true;
            } else if (c >= '0' && c <= '9') {
                digit = true;
            } else {
                other = true;
            }
        }
        return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }

    static DomainException weak(String code, String zh, String en) {
        return new DomainException(code, zh, en);
    }
}
