package com.creditquerydesk.domain.model.user;

import com.creditquerydesk.domain.shared.DomainException;

import java.util.Arrays;

/**
 * 工作职责 in the 查询工作责任人联络表 (发改办财金〔2020〕552号 附件2, docs/rules.md#R79), in the form's order: the
 * principal responsible, the directly responsible, the handlers.
 */
public enum ContactDuty {
    PRINCIPAL("主要负责人"),
    DIRECT("直接负责人"),
    HANDLER("经办人");

    private final String label;

    ContactDuty(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static ContactDuty parse(String name) {
        return Arrays.stream(values())
                .filter(d -> d.name().equalsIgnoreCase(name == null ? "" : name.strip()))
                .findFirst()
                .orElseThrow(() -> new DomainException("CONTACT_DUTY_UNKNOWN",
                        "未知的工作职责：" + name + "（应为 PRINCIPAL 主要负责人、DIRECT 直接负责人或 HANDLER 经办人）",
                        "unknown duty: " + name + " (expected PRINCIPAL, DIRECT or HANDLER)"));
    }
}
