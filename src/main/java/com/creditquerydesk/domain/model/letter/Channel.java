package com.creditquerydesk.domain.model.letter;

import com.creditquerydesk.domain.shared.DomainException;

import java.util.Locale;

/** How a letter arrived or its reply left: on paper (scanned at the registry) or electronically. */
public enum Channel {
    PAPER, ELECTRONIC;

    /** The channel's name in the API and the stored reply: paper or electronic. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Channel parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return switch (raw.strip().toLowerCase()) {
            case "paper", "纸质" -> PAPER;
            case "electronic", "电子" -> ELECTRONIC;
            default -> throw new DomainException("CHANNEL_UNKNOWN", "渠道应为 paper（纸质）或 electronic（电子）",
                    "channel is paper or electronic");
        };
    }
}
