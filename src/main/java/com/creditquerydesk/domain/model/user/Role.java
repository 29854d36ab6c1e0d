package com.creditquerydesk.domain.model.user;

import com.creditquerydesk.domain.shared.DomainException;

import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * The posts of the query work (专人专岗, 分级授权: docs/rules.md#R10) and the three separate administrators
 * (三员分立: docs/rules.md#R22). A user may hold several business posts, but an administrator holds nothing else.
 */
public enum Role {
    REGISTRY_CLERK("收发员"),
    CORRECTION_CLERK("校对员"),
    HANDLER("经办人"),
    REVIEWER("复核人"),
    PRINCIPAL_OFFICER("主要负责人"),
    /** 审计管理员: reads and verifies the audit trail, nothing else. */
    AUDITOR("审计管理员"),
    /** 系统管理员: accounts and their roles, register imports, the calendar, reassigning letters. */
    ADMINISTRATOR("系统管理员"),
    /** 安全管理员: unlocks accounts (and, as they come, security policies, terminals, second-factor resets). */
    SECURITY_ADMINISTRATOR("安全管理员");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The roles' Chinese names in the catalogue's order (经办人、复核人), as the audit trail's details name them. */
    public static String labels(Collection<Role> roles) {
        return Arrays.stream(values()).filter(roles::contains).map(Role::label).collect(Collectors.joining("、"));
    }

    /** Whether this is one of the three administrators rather than a post of the query work. */
    public boolean administers() {
        return this == AUDITOR || this == ADMINISTRATOR || this == SECURITY_ADMINISTRATOR;
    }

    public static Role parse(String name) {
        return Arrays.stream(values())
                .filter(r -> r.name().equalsIgnoreCase(name == null ? "" : name.strip()))
                .findFirst()
                .orElseThrow(() -> new DomainException("ROLE_UNKNOWN", "未知角色：" + name, "unknown role: " + name));
    }
}
