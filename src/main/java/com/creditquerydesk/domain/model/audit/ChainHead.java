package com.creditquerydesk.domain.model.audit;

import com.creditquerydesk.domain.shared.DomainException;

import java.util.regex.Pattern;

/**
 * A point of the audit chain: an event's sequence number and its hash (the head when it is the last one). Signed
 * checkpoints and every signed reply carry one, so the trail can later be shown to still hold that event with that
 * hash (docs/rules.md#R31, #R32). Its text form, {@code seq:hash}, is what a reply's metadata holds.
 */
public record ChainHead(long seq, String hash) {

    private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

    /** Before the first event. */
    public static final ChainHead GENESIS = new ChainHead(0, "0".repeat(64));

    public ChainHead {
        if (seq < 0 || hash == null || !HEX64.matcher(hash).matches()) {
            throw invalid(seq + ":" + hash);
        }
    }

    /** {@code seq:hash}, e.g. {@code 42:9f86…}. */
    public String text() {
        return seq + ":" + hash;
    }

    public static ChainHead parse(String text) {
        int colon = text == null ? -1 : text.indexOf(':');
        if (colon <= 0) {
            throw invalid(text);
        }
        try {
            return new ChainHead(Long.parseLong(text.substring(0, colon)), text.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw invalid(text);
        }
    }

    private static DomainException invalid(String text) {
        return new DomainException("AUDIT_HEAD_INVALID", "审计链头格式应为“序号:64位十六进制哈希”：" + text,
                "an audit head is seq:64 hex digits: " + text);
    }
}
