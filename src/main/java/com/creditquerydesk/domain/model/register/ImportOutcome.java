package com.creditquerydesk.domain.model.register;

/**
 * What a finished import did to the register: a new version, or none because the file listed exactly what
 * the current version lists (issue 19: re-importing an unchanged file must not make an empty version).
 */
public enum ImportOutcome {
    NEW_VERSION("已建立名单版本 %d", "register version %d was created"),
    UNCHANGED("名单与当前版本 %d 相同，未建立新版本", "the register is the same as the current version %d; no new version was created");

    private final String zh;
    private final String en;

    ImportOutcome(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    /** What the administrator is told, with the version the import answers with. */
    public String messageZh(int version) {
        return zh.formatted(version);
    }

    public String messageEn(int version) {
        return en.formatted(version);
    }
}
