package com.creditquerydesk.domain.model.register;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class NameMatchingTest {

    @ParameterizedTest
    @ValueSource(strings = {"阿依古丽·买买提", "阿依古丽•买买提", "阿依古丽‧买买提", "阿依古丽・买买提", "阿依古丽．买买提",
            "阿依古丽.买买提", "阿依古丽 · 买买提", "阿依古丽\u3000·买买提", "阿依古丽･买买提"})
    void middleDotVariantsAndSpacesFold(String written) {
        assertEquals("阿依古丽·买买提", NameMatching.normalise(written));
    }

    @Test
    void fullWidthLettersAndSpacesFold() {
        assertEquals("李娜", NameMatching.normalise(" 李　娜 "));
        assertEquals("JOHNSMITH", NameMatching.normalise("Ｊｏｈｎ Ｓｍｉｔｈ"));
    }

    @Test
    void differentCharactersStayDifferent() {
        assertNotEquals(NameMatching.normalise("王静"), NameMatching.normalise("王静敏"));
        assertNotEquals(NameMatching.normalise("阿依古丽买买提"), NameMatching.normalise("阿依古丽·买买提"));
        assertEquals("", NameMatching.normalise(null));
    }
}
