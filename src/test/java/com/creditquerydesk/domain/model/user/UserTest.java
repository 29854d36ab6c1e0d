package com.creditquerydesk.domain.model.user;

import com.creditquerydesk.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
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

    /** A stand-in for the slow hash: "h:" + the password, enough to test the rules around it. */
    static final PasswordHashing PLAIN = new PasswordHashing() {
        @Override
        public String hash(char[] password) {
            return "h:" + new String(password);
        }

        @Override
        public boolean verify(char[] password, String stored) {
            return stored.equals(hash(password));
        }
    };

    static final PasswordPolicy POLICY = new PasswordPolicy(Set.of("password1234!"), Duration.ofDays(90));

    /** The trail's details name a person and his roles in words, never by code alone (issue 17). */
    @Test
    void theTrailNamesThePersonWithHisLoginAndTheRolesByTheirNames() {
        assertEquals("张经办（handler）", user().nameAndLogin());
        assertEquals("经办人、复核人", Role.labels(user().roles()));
        assertEquals("经办人、复核人", Role.labels(List.of(Role.REVIEWER, Role.HANDLER)), "in the catalogue's order");
        assertEquals("", Role.labels(Set.of()));
        for (Role r : Role.values()) {
            assertEquals(r.label(), Role.labels(Set.of(r)));
            assertFalse(r.label().matches(".*[A-Z_].*"), r.name());
        }
    }

    @Test
    void anAccountAnAdministratorOpensMustChangeItsPasswordFirst() {
        User u = User.openedByAdministrator("newbie", "新人", "First-Pass-2026".toCharArray(), EnumSet.of(Role.HANDLER),
                POLICY, PLAIN, T0);
        assertTrue(u.passwordChangeDue(POLICY, T0));
        u.changePassword("Own-Choice-2026".toCharArray(), POLICY, PLAIN, T0.plusSeconds(60));
        assertFalse(u.passwordChangeDue(POLICY, T0.plusSeconds(60)));
        assertThrows(DomainException.class, () -> User.openedByAdministrator("weak", "x", "short".toCharArray(),
                EnumSet.of(Role.HANDLER), POLICY, PLAIN, T0), "the first password meets the policy too");
    }

    @Test
    void aPasswordExpiresAfterTheMaximumAge() {
        User u = user();
        u.changePassword("Own-Choice-2026".toCharArray(), POLICY, PLAIN, T0);
        assertFalse(u.passwordChangeDue(POLICY, T0.plus(Duration.ofDays(90)).minusSeconds(1)));
        assertTrue(u.passwordChangeDue(POLICY, T0.plus(Duration.ofDays(90))));
        PasswordPolicy never = new PasswordPolicy(Set.of(), Duration.ZERO);
        assertFalse(u.passwordChangeDue(never, T0.plus(Duration.ofDays(9000))));
    }

    @Test
    void noneOfTheLastFivePasswordsMayComeBack() {
        User u = user();
        List<String> used = List.of("Erste-Wahl-2026", "Zweite-Wahl-2026", "Dritte-Wahl-2026", "Vierte-Wahl-2026",
                "Fuenfte-Wahl-2026");
        for (String p : used) {
            u.changePassword(p.toCharArray(), POLICY, PLAIN, T0);
        }
        for (String p : used) {
            DomainException e = assertThrows(DomainException.class,
                    () -> u.changePassword(p.toCharArray(), POLICY, PLAIN, T0), p);
            assertEquals("PASSWORD_REUSED", e.code());
        }
        u.changePassword("Sechste-Wahl-2026".toCharArray(), POLICY, PLAIN, T0);
        // The sixth pushed the first out of the five remembered.
        u.changePassword("Erste-Wahl-2026".toCharArray(), POLICY, PLAIN, T0);
    }

    @Test
    void theSecondFactorIsTheAppOnceBoundElseSmsAndOnlyAmongThoseAllowed() {
        User u = user();
        Set<SecondFactor> both = EnumSet.allOf(SecondFactor.class);
        assertEquals(Optional.empty(), u.secondFactor(both));
        u.setMobile(new MobileNumber("13912345678"));
        assertEquals(Optional.of(SecondFactor.SMS), u.secondFactor(both));
        u.bindPublishedTotp("sealed");
        assertEquals(Optional.of(SecondFactor.TOTP), u.secondFactor(both));
        assertEquals(Optional.of(SecondFactor.SMS), u.secondFactor(EnumSet.of(SecondFactor.SMS)));
        u.resetSecondFactor();
        assertEquals(Optional.of(SecondFactor.SMS), u.secondFactor(both));
        assertTrue(u.needsSecondFactor(EnumSet.of(Role.REVIEWER)));
        assertFalse(u.needsSecondFactor(EnumSet.of(Role.AUDITOR)));
    }

    @Test
    void enrolmentNeedsTheAppsCodeAndEachCodeWorksOnce() {
        User u = user();
        TotpSecret secret = TotpSecret.base32("AH7B5HWYZJJGWRPM5JGPDVZCTN3NHVDX");
        long step = Totp.step(T0);
        Set<String> recovery = new java.util.LinkedHashSet<>();
        for (int i = 0; i < 10; i++) {
            recovery.add("abcde-fgh" + i);
        }
        assertThrows(DomainException.class, () -> u.enrolTotp("sealed", secret, "000000".equals(Totp.code(secret, step))
                ? "111111" : "000000", recovery, T0));
        u.enrolTotp("sealed", secret, Totp.code(secret, step), recovery, T0);
        assertFalse(u.acceptTotp(secret, Totp.code(secret, step), T0), "the enrolment's code is used");
        assertTrue(u.acceptTotp(secret, Totp.code(secret, step + 1), T0.plusSeconds(30)));
        assertFalse(u.acceptTotp(secret, Totp.code(secret, step + 1), T0.plusSeconds(31)), "a replay is refused");
        assertEquals(10, u.recoveryCodesLeft());
        assertTrue(u.useRecoveryCode("ABCDE FGH3"), "typed with another case and a space");
        assertFalse(u.useRecoveryCode("abcde-fgh3"), "a recovery code works once");
        assertEquals(9, u.recoveryCodesLeft());
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
