package com.creditquerydesk.domain.model.user;

import com.creditquerydesk.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy(Set.of("password1234!", "1qaz@wsx3edc"), Duration.ofDays(90));

    private String refusal(String username, String password) {
        return assertThrows(DomainException.class, () -> policy.check(username, password.toCharArray()), password).code();
    }

    @Test
    void whatIsRefusedAndWhy() {
        assertEquals("PASSWORD_TOO_SHORT", refusal("zhang", "Abc-1234567"), "11 characters");
        assertEquals("PASSWORD_TOO_SIMPLE", refusal("zhang", "aaaaaaaaaaaa"));
        assertEquals("PASSWORD_TOO_SIMPLE", refusal("zhang", "password1234"), "two classes");
        assertEquals("PASSWORD_TOO_SIMPLE", refusal("zhang", "ABCDEFGH1234"));
        assertEquals("PASSWORD_CONTAINS_USERNAME", refusal("zhang", "My-Zhang-2026"), "without case");
        assertEquals("PASSWORD_COMMON", refusal("zhang", "Password1234!"), "the list is compared without case");
        assertEquals("PASSWORD_COMMON", refusal("zhang", "1qaz@WSX3edc"));
    }

    @Test
    void anyThreeOfTheFourClassesWillDo() {
        assertDoesNotThrow(() -> policy.check("zhang", "abcdefgh12-!".toCharArray()), "lower, digit, other");
        assertDoesNotThrow(() -> policy.check("zhang", "ABCDEFGH12ab".toCharArray()), "upper, digit, lower");
        assertDoesNotThrow(() -> policy.check("zhang", "ABCDEFGH-!ab".toCharArray()), "upper, other, lower");
        assertDoesNotThrow(() -> policy.check("zhang", "ABCDEFGH12-!".toCharArray()), "upper, digit, other");
        assertDoesNotThrow(() -> policy.check("zhang", "信用核查工作密码Ab12".toCharArray()), "Chinese counts as other");
        assertEquals(4, PasswordPolicy.classes("Ab1-"));
        assertEquals(1, PasswordPolicy.classes("信用"));
    }

    @Test
    void theBundledListIsLoadedWithoutCommentLinesAndCoversTheUsualSuspects() throws Exception {
        try (var in = PasswordPolicy.class.getResourceAsStream("/passwords/common-passwords.txt")) {
            var lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().toList();
            assertEquals(true, lines.contains("1qaz2wsx3edc"));
            assertEquals(true, lines.contains("p@ssw0rd1234"));
            assertEquals(true, lines.stream().filter(l -> !l.startsWith("#")).allMatch(l -> l.equals(l.toLowerCase())));
        }
    }
}
