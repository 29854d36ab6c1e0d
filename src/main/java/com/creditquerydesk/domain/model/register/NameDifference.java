package com.creditquerydesk.domain.model.register;

/**
 * Why a register record whose ID agrees with a candidate's was flagged although the names are not equal
 * (疑似命中, docs/rules.md#R56), with the reason the reviewer reads. "Read" is the candidate's name as the letter gave
 * it, "listed" the register's.
 */
public enum NameDifference {
    /** Every differing character is a shape OCR confuses with the listed one (昊/臭, 吕/昌). */
    LOOK_ALIKE("形近字"),
    /** Every differing character sounds like the listed one (勇/永), none of them a look-alike. */
    SOUND_ALIKE("音近字"),
    /** One character differs, neither a known look-alike nor a sound-alike. */
    ONE_CHARACTER("一字之差"),
    /** The read name lacks one character of the listed one (a three-character name read as two). */
    CHARACTER_MISSING("来函姓名少一字"),
    /** The read name has one character more than the listed one. */
    CHARACTER_EXTRA("来函姓名多一字"),
    /** Two neighbouring characters change places (张伟明 / 张明伟). */
    CHARACTERS_SWAPPED("相邻两字颠倒"),
    /** The parts of a name written with a middle dot come in another order (阿依古丽·买买提 / 买买提·阿依古丽). */
    PARTS_SWAPPED("姓名各段顺序颠倒");

    private final String label;

    NameDifference(String label) {
        this.label = label;
    }

    /** The reason in Chinese, as the review page and the trail show it. */
    public String label() {
        return label;
    }
}
