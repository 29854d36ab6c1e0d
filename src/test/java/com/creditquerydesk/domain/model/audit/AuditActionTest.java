package com.creditquerydesk.domain.model.audit;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuditActionTest {

    @Test
    void everyActionHasItsOwnChineseLabel() {
        Set<String> labels = new HashSet<>();
        for (AuditAction a : AuditAction.values()) {
            assertTrue(a.label().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                    a + " has a Chinese label");
            assertTrue(labels.add(a.label()), a + ": two actions share the label " + a.label());
        }
    }

    @Test
    void storedCodesFindTheirAction() {
        Arrays.stream(AuditAction.values()).forEach(a -> assertEquals(Optional.of(a), AuditAction.ofCode(a.name())));
        assertEquals(Optional.empty(), AuditAction.ofCode("NO_SUCH_ACTION"));
        assertEquals(Optional.empty(), AuditAction.ofCode(null));
    }
}
