package com.creditquerydesk.domain.model.letter;

import com.creditquerydesk.domain.shared.DomainException;

/** How the letter arrived: on paper (scanned at the registry) or electronically. */
public enum Channel {
    PAPER, ELECTRONIC;

    public static Channel parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return switch (raw.strip().toLowerCase()) {
            case "paper", "纸质" -> PAPER;
            case "electronic", "电子" -> ELECTRONIC;
            default -> throw new DomainException("CHANNEL_UNKNOWN", "来文渠道应为 paper（纸质）或 electronic（电子）",
                    "channel is paper or electronic");
        };
    }
}
