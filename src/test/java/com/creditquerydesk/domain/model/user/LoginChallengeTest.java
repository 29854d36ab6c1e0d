package com.creditquerydesk.domain.model.user;

import com.creditquerydesk.domain.model.user.LoginChallenge.Purpose;
import com.creditquerydesk.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoginChallengeTest {

    private static final Instant T0 = Instant.parse("2026-03-05T02:00:00Z");

    @Test
    void aChallengeIsAnsweredWithinFiveMinutesFromTheSameComputerInFiveTriesOnce() {
        LoginChallenge c = LoginChallenge.sms("token", 7, Purpose.LOGIN, "10.0.0.1", "123456", T0);
        assertThrows(DomainException.class, () -> c.tryAnswer(Purpose.LOGIN, "10.0.0.2", T0), "another computer");
        assertThrows(DomainException.class, () -> c.tryAnswer(Purpose.CONFIRMATION, "10.0.0.1", T0), "another purpose");
        assertThrows(DomainException.class, () -> c.tryAnswer(Purpose.LOGIN, "10.0.0.1", T0.plusSeconds(300)), "expired");
        for (int i = 0; i < LoginChallenge.MAX_TRIES; i++) {
            assertDoesNotThrow(() -> c.tryAnswer(Purpose.LOGIN, "10.0.0.1", T0.plusSeconds(299)));
        }
        assertThrows(DomainException.class, () -> c.tryAnswer(Purpose.LOGIN, "10.0.0.1", T0), "tries used up");
        LoginChallenge once = LoginChallenge.sms("token", 7, Purpose.LOGIN, "10.0.0.1", "123456", T0);
        once.complete(T0);
        assertThrows(DomainException.class, () -> once.tryAnswer(Purpose.LOGIN, "10.0.0.1", T0), "answered already");
    }

    @Test
    void theSmsCodeIsCheckedAgainstItsHashOnly() {
        LoginChallenge c = LoginChallenge.sms("token", 7, Purpose.LOGIN, "10.0.0.1", "123456", T0);
        assertTrue(c.smsCodeIs("123456"));
        assertTrue(c.smsCodeIs(" 123456 "));
        assertFalse(c.smsCodeIs("123457"));
        assertFalse(c.smsCodeIs(null));
        assertFalse(LoginChallenge.totp("token", 7, Purpose.LOGIN, "10.0.0.1", T0).smsCodeIs("123456"));
    }

    @Test
    void anAnsweredConfirmationCoversItsOwnersSessionForItsFiveMinutes() {
        LoginChallenge c = LoginChallenge.totp("token", 7, Purpose.CONFIRMATION, "10.0.0.1", T0);
        assertFalse(c.confirmedFor(7, "10.0.0.1", T0), "not answered yet");
        c.complete(T0.plusSeconds(10));
        assertTrue(c.confirmedFor(7, "10.0.0.1", T0.plusSeconds(299)));
        assertFalse(c.confirmedFor(7, "10.0.0.1", T0.plusSeconds(300)));
        assertFalse(c.confirmedFor(8, "10.0.0.1", T0.plusSeconds(20)), "another user");
        assertFalse(c.confirmedFor(7, "10.0.0.9", T0.plusSeconds(20)), "another computer");
        LoginChallenge login = LoginChallenge.totp("token", 7, Purpose.LOGIN, "10.0.0.1", T0);
        login.complete(T0);
        assertFalse(login.confirmedFor(7, "10.0.0.1", T0), "a log-in's challenge confirms nothing");
    }
}
