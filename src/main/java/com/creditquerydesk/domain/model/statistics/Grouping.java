package com.creditquerydesk.domain.model.statistics;

import com.creditquerydesk.domain.shared.DomainException;

import java.util.Arrays;
import java.util.stream.Collectors;

/** How a statistics report breaks its letters down (docs/rules.md#R74); {@code NONE} gives the period's totals only. */
public enum Grouping {
    NONE("", "合计"),
    UNIT("unit", "来文单位"),
    KIND("kind", "查询类型"),
    HANDLER("handler", "经办人"),
    MONTH("month", "收文月份"),
    CHANNEL("channel", "收文方式");

    private final String param;
    private final String label;

    Grouping(String param, String label) {
        this.param = param;
        this.label = label;
    }

    /** The value of {@code groupBy} that asks for it. */
    public String param() {
        return param;
    }

    public String label() {
        return label;
    }

    public static Grouping parse(String value) {
        if (value == null || value.isBlank()) {
            return NONE;
        }
        return Arrays.stream(values()).filter(g -> g != NONE && g.param.equals(value.strip())).findFirst()
                .orElseThrow(() -> new DomainException("GROUPING_UNKNOWN", "未知的分组方式：" + value + "（可用 "
                        + names() + "）", "unknown groupBy: " + value + " (expected " + names() + ")"));
    }

    private static String names() {
        return Arrays.stream(values()).filter(g -> g != NONE).map(Grouping::param).collect(Collectors.joining(", "));
    }
}
