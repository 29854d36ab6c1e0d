package com.creditquerydesk.domain.model.ledger;

import com.creditquerydesk.domain.shared.DomainException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the ledger shows an ID number (docs/rules.md#R77): the first {@code head} and the last {@code tail}
 * characters, every other one a *. At most 6 + 4, so the birth date and the sequence are always hidden: 6 + 4 (the
 * default) gives 6 + 8 * + 4 for an 18-character number. Configured as "6+4".
 */
public record IdMask(int head, int tail) {

    public static final IdMask DEFAULT = new IdMask(6, 4);
    static final int MAX_HEAD = 6;
    static final int MAX_TAIL = 4;
    private static final Pattern TEXT = Pattern.compile("\\s*(\\d)\\s*\\+\\s*(\\d)\\s*");

    public IdMask {
        if (head < 0 || head > MAX_HEAD || tail < 0 || tail > MAX_TAIL) {
            throw new DomainException("ID_MASK_INVALID", "身份证号码遮蔽方式须为“前 0–6 位 + 后 0–4 位”，如 6+4：" + head + "+" + tail,
                    "an ID mask shows at most the first 6 and the last 4 characters, e.g. 6+4: " + head + "+" + tail);
        }
    }

    public static IdMask parse(String text) {
        Matcher m = TEXT.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new DomainException("ID_MASK_INVALID", "身份证号码遮蔽方式写作“前位数+后位数”，如 6+4：" + text,
                    "an ID mask is written head+tail, e.g. 6+4: " + text);
        }
        return new IdMask(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** The number as the ledger shows it; a number too short to keep 8 hidden characters is all stars. */
    public String apply(String id) {
        if (id == null || id.isEmpty()) {
            return "";
        }
        if (id.length() < head + tail + 8) {
            return "*".repeat(id.length());
        }
        return id.substring(0, head) + "*".repeat(id.length() - head - tail) + id.substring(id.length() - tail);
    }

    @Override
    public String toString() {
        return head + "+" + tail;
    }
}
