package com.creditquerydesk.domain.model.extraction;

import java.util.Optional;

/**
 * Why a value read from a letter must be checked against the page by the clerk (docs/rules.md#R50). A value with
 * any doubt is {@code needsCheck}; one without is trusted as read. Doubts {@link #fromReading() from the reading}
 * describe how the value was read and go when the clerk types a new value; the others are judged on the value itself
 * and are judged again on whatever the clerk sends (docs/rules.md#R51).
 */
public enum Doubt {
    MISSING(false, "未读到，请对照原件录入", "not read; enter it from the original"),
    LOW_CONFIDENCE(true, "识别把握不足", "the engine was not sure"),
    ENGINES_DISAGREE(true, "两个识别引擎读法不一", "the two engines read it differently"),
    UNREAD_INK(true, "旁边还有未读出的字迹", "there is ink beside it that was not read"),
    OUTSIDE_DICTIONARY(true, "可能含识别字库以外的字", "may hold a character the engine cannot read"),
    FILES_DISAGREE(true, "来函与附件中此人姓名不一致", "the letter and an attachment name this person differently"),
    SNAPPED_TO_LEXICON(true, "已按单位名称库校正", "corrected to the list of unit names"),
    NEAR_LEXICON(true, "与单位名称库中的名称相近而不同", "close to, but not, a name in the list of unit names"),
    ID_REPAIRED(false, "身份证号码是自动修复的建议", "the ID number is an automatic repair"),
    ID_INVALID(false, "身份证号码无效", "the ID number is not valid"),
    ID_DUPLICATE(false, "身份证号码与前面的行重复", "the ID number repeats an earlier row"),
    COUNTY_UNKNOWN(false, "地址码不在行政区划代码表中", "the region code is not in the code table"),
    NOT_A_NAME(false, "不像姓名", "does not look like a person's name"),
    NOT_A_PHONE(false, "不像电话号码", "does not look like a telephone number"),
    NOT_A_UNIT(false, "不像单位名称", "does not look like the name of a unit");

    private final boolean fromReading;
    private final String labelZh;
    private final String labelEn;

    Doubt(boolean fromReading, String labelZh, String labelEn) {
        this.fromReading = fromReading;
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    /** Whether the doubt is about how the value was read, so a value the clerk typed no longer has it. */
    public boolean fromReading() {
        return fromReading;
    }

    public String labelZh() {
        return labelZh;
    }

    public String labelEn() {
        return labelEn;
    }

    /** The doubt a stored or sent code names; an unknown code names none. */
    public static Optional<Doubt> ofName(String name) {
        for (Doubt d : values()) {
            if (d.name().equals(name)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
