package com.creditquerydesk.domain.model.letter;

import com.creditquerydesk.domain.shared.DomainException;

import java.util.Locale;

/**
 * How a letter arrived or its reply left: on paper (scanned at the registry) or electronically. Two more are the
 * server's own intake and never chosen by a person, so {@link #parse} does not take them: SCAN, a file the network
 * scanner left in the scanner's folder (扫描, docs/rules.md#R60), and EMAIL, a message in the centre's mailbox
 * (电子邮件, docs/rules.md#R62).
 */
public enum Channel {
    PAPER("纸质"), ELECTRONIC("电子"), SCAN("扫描"), EMAIL("电子邮件");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    /** The channel's Chinese name (收文方式), as lists and the statistics show it. */
    public String label() {
        return label;
    }

    /** The channel's name in the API and the stored reply: paper or electronic. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A channel as a person gives it (at registration, at dispatch): paper or electronic only. */
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
