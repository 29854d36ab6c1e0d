package com.creditquerydesk.domain.model.user;

import com.creditquerydesk.domain.shared.DomainException;

import java.util.Arrays;

/** The posts of the query work (专人专岗, 分级授权: docs/rules.md#R10). A user may hold several. */
public enum Role {
    REGISTRY_CLERK("收发员"),
    CORRECTION_CLERK("校对员"),
    HANDLER("经办人"),
    REVIEWER("复核人"),
    PRINCIPAL_OFFICER("主要负责人"),
    AUDITOR("审计员"),
    ADMINISTRATOR("系统管理员");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Role parse(String name) {
        return Arrays.stream(values())
                .filter(r -> r.name().equalsIgnoreCase(name == null ? "" : name.strip()))
                .findFirst()
                .orElseThrow(() -> new DomainException("ROLE_UNKNOWN", "未知角色：" + name, "unknown role: " + name));
    }
}
