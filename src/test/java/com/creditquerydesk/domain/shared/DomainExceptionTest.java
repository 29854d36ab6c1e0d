package com.creditquerydesk.domain.shared;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DomainExceptionTest {

    @Test
    void carriesCodeAndBothMessagesWithEnglishAsTheJavaMessage() {
        DomainException e = new DomainException("X_INVALID", "中文说明", "English text");
        assertEquals("X_INVALID", e.code());
        assertEquals("中文说明", e.messageZh());
        assertEquals("English text", e.messageEn());
        assertEquals("English text", e.getMessage());
    }
}
