package com.creditquerydesk.domain.model.candidate;

import com.creditquerydesk.domain.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PersonNameTest {

    @ParameterizedTest
    @ValueSource(strings = {"张三", "王小明", "欧阳娜娜", "司马相如", "爱新觉罗溥仪", "李喆", "张垚", "王燚", "刘犇", "陈𠇔", "𠇔𠇔"})
    void ordinaryAndRareNamesAreAccepted(String name) {
        assertEquals(name, PersonName.of(name).value());
    }

    @Test
    void extensionBCharactersCountOnce() {
        String six = "𠇔".repeat(6);
        assertEquals(six, PersonName.of(six).value());
        assertInvalid("𠇔".repeat(7));
    }

    @Test
    void lengthLimitsWithoutADot() {
        assertInvalid("张");
        for (int n = 2; n <= 6; n++) {
            assertEquals(n, PersonName.of("张".repeat(n)).value().length());
        }
        assertInvalid("张".repeat(7));
    }

    @Test
    void transliteratedNamesWithADotMayBeLonger() {
        assertEquals("阿卜杜热合曼·买买提", PersonName.of("阿卜杜热合曼·买买提").value());
        assertEquals("阿·布", PersonName.of("阿·布").value());
        String twenty = "阿".repeat(10) + "·" + "布".repeat(9);
        assertEquals(20, twenty.length());
        assertEquals(twenty, PersonName.of(twenty).value());
        assertInvalid("阿".repeat(10) + "·" + "布".repeat(10));
        assertEquals("迪丽·热巴·迪力木拉提", PersonName.of("迪丽·热巴·迪力木拉提").value());
    }

    @Test
    void everyMiddleDotVariantBecomesU00B7() {
        String[] variants = {"·", "•", "‧", "・", "．", "﹒", "⋅", "∙", "･", "․", "⸱", "ㆍ", "\u0387", "."};
        for (String v : variants) {
            assertEquals("阿布·热合曼", PersonName.of("阿布" + v + "热合曼").value(), "variant U+" + Integer.toHexString(v.charAt(0)));
            assertEquals("阿布\u00B7热合曼", PersonName.normalise("阿布" + v + "热合曼"));
        }
    }

    @Test
    void spacesOfEveryKindAreRemoved() {
        assertEquals("张三", PersonName.of(" 张 三 ").value());
        assertEquals("张三", PersonName.of("张\u3000三").value());
        assertEquals("张三", PersonName.of("张\u00A0三\t").value());
        assertEquals("张三", PersonName.of("张\u200B三\uFEFF").value());
        assertEquals("阿布·热合曼", PersonName.of("阿布 · 热合曼").value());
    }

    @Test
    void compatibilityFormsBecomeTheUnifiedIdeographs() {
        // Kangxi radical ⼀ (U+2F00) and ⾦ (U+2FA6), as PDF text layers sometimes deliver them
        assertEquals("一金", PersonName.normalise("\u2F00\u2FA6"));
        // CJK compatibility ideograph 豈 U+F900 → U+8C48
        assertEquals("\u8C48\u5F20", PersonName.normalise("\uF900\u5F20"));
        assertEquals(PersonName.of("金一"), PersonName.of("\u2FA6\u2F00"));
    }

    @Test
    void misplacedDotsAreRejected() {
        for (String s : new String[]{"·阿布", "阿布·", "阿布··热合曼", "·", "··"}) {
            assertInvalid(s);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Zhang San", "张3", "张三A", "张-三", "张_三", "张（三）", "张三,", "ㄓㄤ", "장삼", "やまだ"})
    void onlyChineseCharactersAndTheDotAreAllowed(String s) {
        DomainException e = assertInvalid(s);
        assertTrue(e.messageZh().contains("汉字"), e.messageZh());
    }

    @Test
    void emptyInputIsRejectedAndNormaliseNeverThrows() {
        assertInvalid(null);
        assertInvalid("");
        assertInvalid(" \u3000 ");
        assertEquals("", PersonName.normalise(null));
        assertEquals("", PersonName.normalise("  "));
    }

    @Test
    void normaliseIsTheMatchingForm() {
        assertEquals(PersonName.normalise("阿布•热合曼"), PersonName.normalise("阿布 ・ 热合曼"));
        assertEquals(PersonName.of("阿布•热合曼"), PersonName.of("阿布・热合曼"));
        assertEquals(PersonName.of("阿布•热合曼").hashCode(), PersonName.of("阿布・热合曼").hashCode());
        assertNotEquals(PersonName.of("张三"), PersonName.of("张山"));
        assertEquals("张三", PersonName.of("张三").toString());
    }

    @Test
    void errorsCarryTheCodeAndBothLanguages() {
        DomainException e = assertInvalid("张");
        assertEquals("PERSON_NAME_INVALID", e.code());
        assertTrue(e.messageEn().contains("2 to 6"), e.messageEn());
        assertTrue(e.messageZh().contains("2至6"), e.messageZh());
    }

    private static DomainException assertInvalid(String s) {
        return assertThrows(DomainException.class, () -> PersonName.of(s), () -> "should be invalid: " + s);
    }
}
