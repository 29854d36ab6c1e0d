package com.creditquerydesk.domain.model.user;

import com.creditquerydesk.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UserTest {

    private static final Instant T0 = Instant.parse("2026-03-05T02:00:00Z");

    private static User user() {
        return new User("handler", "张经办", "hash", EnumSet.of(Role.HANDLER, Role.REVIEWER), T0);
    }

    @Test
    void fiveWrongPasswordsInARowLockFor15Minutes() {
        User u = user();
        for (int i = 0; i < 4; i++) {
            u.recordFailedLogin(T0);
            assertFalse(u.isLocked(T0));
        }
        u.recordFailedLogin(T0);
        assertTrue(u.isLocked(T0));
        assertTrue(u.isLocked(T0.plusSeconds(15 * 60 - 1)));
        assertFalse(u.isLocked(T0.plusSeconds(15 * 60)));
    }

    @Test
    void aSuccessfulLoginResetsTheCount() {
        User u = user();
        for (int i = 0; i < 4; i++) {
            u.recordFailedLogin(T0);
        }
        u.recordSuccessfulLogin();
        for (int i = 0; i < 4; i++) {
            u.recordFailedLogin(T0);
        }
        assertFalse(u.isLocked(T0));
    }

    @Test
    void aUserMayHoldSeveralRolesButNotNone() {
        User u = user();
        assertTrue(u.hasRole(Role.HANDLER));
        assertTrue(u.hasRole(Role.REVIEWER));
        assertFalse(u.hasRole(Role.PRINCIPAL_OFFICER));
        assertThrows(DomainException.class, () -> u.setRoles(Set.of()));
    }

    @Test
    void usernamesAreValidated() {
        assertThrows(DomainException.class, () -> new User("A", "x", "h", Set.of(Role.AUDITOR), T0));
        assertThrows(DomainException.class, () -> new User("1abc", "x", "h", Set.of(Role.AUDITOR), T0));
        assertThrows(DomainException.class, () -> new User("abc", " ", "h", Set.of(Role.AUDITOR), T0));
        assertEquals("abc.d-e_f", new User("abc.d-e_f", "x", "h", Set.of(Role.AUDITOR), T0).username());
    }

    @Test
    void rolesParseByName() {
        assertEquals(Role.PRINCIPAL_OFFICER, Role.parse("principal_officer"));
        assertThrows(DomainException.class, () -> Role.parse("king"));
    }
}
