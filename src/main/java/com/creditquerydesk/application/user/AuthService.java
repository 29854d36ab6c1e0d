package com.creditquerydesk.application.user;

import com.creditquerydesk.application.Actor;
import com.creditquerydesk.application.ServerSettings;
import com.creditquerydesk.application.audit.AuditService;
import com.creditquerydesk.domain.model.audit.AuditAction;
import com.creditquerydesk.domain.model.user.IpRange;
import com.creditquerydesk.domain.model.user.LoginChallenge;
import com.creditquerydesk.domain.model.user.LoginChallenge.Purpose;
import com.creditquerydesk.domain.model.user.LoginChallenges;
import com.creditquerydesk.domain.model.user.LoginThrottle;
import com.creditquerydesk.domain.model.user.MobileNumber;
import com.creditquerydesk.domain.model.user.PasswordHashing;
import com.creditquerydesk.domain.model.user.SecondFactor;
import com.creditquerydesk.domain.model.user.SecretSeal;
import com.creditquerydesk.domain.model.user.SmsGateway;
import com.creditquerydesk.domain.model.user.Tokens;
import com.creditquerydesk.domain.model.user.TotpSecret;
import com.creditquerydesk.domain.model.user.User;
import com.creditquerydesk.domain.model.user.UserRepository;
import com.creditquerydesk.domain.shared.DomainException;
import com.creditquerydesk.domain.shared.DomainException.Kind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.net.InetAddress;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Log-in with the password and the second factor, the officer's confirmation at sign-off, failed attempts counted
 * per username and computer, terminals, password changes and bearer tokens (docs/rules.md#R20, R23–R25).
 */
@ApplicationScoped
public class AuthService {

    /** At most one SMS code a minute and ten an hour per account (docs/rules.md#R24). */
    static final Duration SMS_INTERVAL = Duration.ofMinutes(1);
    static final int SMS_PER_HOUR = 10;

    @Inject
    UserRepository users;

    @Inject
    PasswordHashing hasher;

    @Inject
    Tokens tokens;

    @Inject
    LoginChallenges challenges;

    @Inject
    SmsGateway sms;

    @Inject
    SecretSeal seal;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    @Inject
    ServerSettings settings;

    private final SecureRandom random = new SecureRandom();

    private volatile String unknownAccountHash;

    /** A session: its token, and whether the password must be changed before anything else. */
    public record Login(String token, Instant expiresAt, User user, boolean passwordChangeRequired) {
    }

    /** What a right password leads to: a session, or the second step with its challenge. */
    public sealed interface Step permits Session, SecondStep {
    }

    public record Session(Login login) implements Step {
    }

    /** @param sentTo the masked mobile number an SMS code went to */
    public record SecondStep(SecondFactor factor, String challenge, Instant expiresAt, Optional<String> sentTo)
            implements Step {
    }

    /**
     * Checks the password. The password is checked whether or not the account exists or is active, failures are
     * counted by the name typed and the computer, and every refusal is the same answer, so that neither the time
     * nor the answer tells a stranger which accounts exist; what is counted commits although the caller gets an
     * error (docs/rules.md#R20). A right password leads to the second factor where the account needs one (R24).
     */
    @Transactional(dontRollbackOn = DomainException.class)
    public Step login(String username, char[] password, String ip) {
        Instant now = clock.instant();
        String name = username == null ? "" : LoginThrottle.name(username);
        Actor stranger = new Actor(0, name.isEmpty() ? "?" : name, null, Set.of(), ip);
        requireNotThrottled(stranger, name, ip, now);
        User user = users.findByUsername(name).filter(User::isActive).orElse(null);
        boolean right = hasher.verify(password == null ? new char[0] : password,
                user == null ? unknownAccountHash() : user.passwordHash());
        Actor actor = user == null ? stranger : actorOf(user, ip);
        if (!right || user == null) {
            audit.record(actor, AuditAction.LOGIN_FAILED, null, user == null ? "未知或停用的用户" : "密码错误");
            countFailure(actor, name, ip, now);
            throw refused();
        }
        requireTerminal(actor, user, AuditAction.LOGIN_REFUSED_TERMINAL, "登录");
        if (!user.needsSecondFactor(settings.rolesNeedingSecondFactor())) {
            return new Session(session(actor, user, name, ip, now, "登录成功"));
        }
        return challenge(actor, user, Purpose.LOGIN, now);
    }

    /** The second step of a log-in: the code of the account's second factor (docs/rules.md#R24). */
    @Transactional(dontRollbackOn = DomainException.class)
    public Login completeLogin(String challengeToken, String code, String ip) {
        Instant now = clock.instant();
        LoginChallenge challenge = challenges.find(challengeToken).orElseThrow(LoginChallenge::expired);
        User user = users.findForUpdate(challenge.userId()).filter(User::isActive).orElseThrow(LoginChallenge::expired);
        Actor actor = actorOf(user, ip);
        String name = LoginThrottle.name(user.username());
        requireNotThrottled(actor, name, ip, now);
        challenge.tryAnswer(Purpose.LOGIN, ip, now);
        if (!codeIsRight(actor, user, challenge, code, now)) {
            audit.record(actor, AuditAction.SECOND_FACTOR_FAILED, null, challenge.factor().label() + "错误");
            countFailure(actor, name, ip, now);
            throw User.wrongCode();
        }
        challenge.complete(now);
        requireTerminal(actor, user, AuditAction.LOGIN_REFUSED_TERMINAL, "登录");
        return session(actor, user, name, ip, now, "登录成功（" + challenge.factor().label() + "）");
    }

    /**
     * Starts a confirmation by someone logged in (the officer's sign-off): the second step he must answer besides
     * his password, or none where his account needs no second factor (docs/rules.md#R24).
     */
    @Transactional(dontRollbackOn = DomainException.class)
    public Optional<SecondStep> startConfirmation(Actor actor) {
        User user = users.find(actor.userId()).orElseThrow();
        if (!user.needsSecondFactor(settings.rolesNeedingSecondFactor())) {
            return Optional.empty();
        }
        return Optional.of(challenge(actor, user, Purpose.CONFIRMATION, clock.instant()));
    }

    /**
     * Answers a confirmation's second step ahead of the action (the officer's code, once for a batch of sign-offs
     * within the challenge's five minutes: docs/rules.md#R24). A wrong code counts like a failed log-in.
     */
    @Transactional(dontRollbackOn = DomainException.class)
    public void answerConfirmation(Actor actor, String challengeToken, String code) {
        User user = users.findForUpdate(actor.userId()).orElseThrow();
        Instant now = clock.instant();
        String name = LoginThrottle.name(user.username());
        requireNotThrottled(actor, name, actor.ip(), now);
        LoginChallenge challenge = challenges.find(challengeToken).filter(c -> c.belongsTo(user.id()))
                .orElseThrow(LoginChallenge::expired);
        challenge.tryAnswer(Purpose.CONFIRMATION, actor.ip(), now);
        if (!codeIsRight(actor, user, challenge, code, now)) {
            audit.record(actor, AuditAction.SECOND_FACTOR_FAILED, null, "签发确认" + challenge.factor().label() + "错误");
            countFailure(actor, name, actor.ip(), now);
            throw User.wrongCode();
        }
        challenge.complete(now);
        clearFailures(name, actor.ip());
    }

    /**
     * Confirms the password, and the second factor where the account needs one, of someone logged in (the officer's
     * sign-off): a code for an open challenge, or a challenge answered already within its five minutes from this
     * computer. Failures count like failed log-ins (the caller audits them with its letter), and a paused username
     * confirms nothing (docs/rules.md#R20, R24).
     */
    public boolean confirm(Actor actor, char[] password, String challengeToken, String code) {
        User user = users.find(actor.userId()).orElse(null);
        if (user == null) {
            return false;
        }
        Instant now = clock.instant();
        String name = LoginThrottle.name(user.username());
        boolean right = hasher.verify(password == null ? new char[0] : password, user.passwordHash());
        if (challenges.throttle(name, actor.ip()).flatMap(t -> t.waitUntil(now)).isPresent()) {
            return false;
        }
        if (right && user.needsSecondFactor(settings.rolesNeedingSecondFactor())) {
            LoginChallenge challenge = challenges.find(challengeToken).filter(c -> c.belongsTo(user.id())).orElse(null);
            right = challenge != null && (challenge.confirmedFor(user.id(), actor.ip(), now)
                    || answered(actor, user, challenge, code, now));
        }
        if (right) {
            clearFailures(name, actor.ip());
        } else {
            countFailure(actor, name, actor.ip(), now);
        }
        return right;
    }

    private boolean answered(Actor actor, User user, LoginChallenge challenge, String code, Instant now) {
        try {
            challenge.tryAnswer(Purpose.CONFIRMATION, actor.ip(), now);
        } catch (DomainException expired) {
            return false;
        }
        boolean right = codeIsRight(actor, user, challenge, code, now);
        if (right) {
            challenge.complete(now);
        }
        return right;
    }

    /** The owner changes his own password, which must meet the policy (docs/rules.md#R25). */
    @Transactional(dontRollbackOn = DomainException.class)
    public User changePassword(Actor actor, char[] current, char[] chosen) {
        User user = users.find(actor.userId()).orElseThrow();
        Instant now = clock.instant();
        if (current == null || !hasher.verify(current, user.passwordHash())) {
            countFailure(actor, LoginThrottle.name(user.username()), actor.ip(), now);
            audit.record(actor, AuditAction.LOGIN_FAILED, null, "修改密码时原密码错误");
            throw new DomainException(Kind.INVALID, "PASSWORD_WRONG", "原密码不正确", "the current password is wrong");
        }
        user.changePassword(chosen, settings.passwordPolicy(), hasher, now);
        audit.record(actor, AuditAction.PASSWORD_CHANGED, null, "修改本人密码");
        return user;
    }

    /** Whether the account must change its password before it may do anything else (docs/rules.md#R25). */
    public boolean passwordChangeDue(User user) {
        return user.passwordChangeDue(settings.passwordPolicy(), clock.instant());
    }

    /**
     * Refuses, and records, a request from an address that is not one of the account's terminals (docs/rules.md#R23):
     * checked on every request, so a terminal taken off the list stops a session already open.
     */
    public void requireTerminal(Actor actor, User user) {
        // On every request: no transaction unless there is a refusal to record.
        if (!user.mayWorkFrom(address(actor.ip()), settings.rolesNeedingTerminal())) {
            audit.recordAlone(actor, AuditAction.REQUEST_REFUSED_TERMINAL, null, "从非登记专机 " + actor.ip() + " 访问");
            throw notATerminal(actor.ip());
        }
    }

    private void requireTerminal(Actor actor, User user, AuditAction refusal, String what) {
        if (!user.mayWorkFrom(address(actor.ip()), settings.rolesNeedingTerminal())) {
            audit.record(actor, refusal, null, "从非登记专机 " + actor.ip() + " " + what);
            throw notATerminal(actor.ip());
        }
    }

    /** Ends every session of the actor's account, on every computer (docs/rules.md#R20). */
    @Transactional
    public void logoutEverywhere(Actor actor) {
        tokens.revokeAllOf(actor.userId());
        audit.record(actor, AuditAction.LOGOUT_EVERYWHERE, null, "退出全部登录");
    }

    public Optional<User> authenticate(String token) {
        return tokens.userOf(token).flatMap(users::find).filter(User::isActive);
    }

    @Transactional
    public void logout(Actor actor, String token) {
        tokens.revoke(token);
        audit.record(actor, AuditAction.LOGOUT, null, "退出登录");
    }

    private Login session(Actor actor, User user, String name, String ip, Instant now, String detail) {
        clearFailures(name, ip);
        Tokens.Issued issued = tokens.issue(user.id());
        audit.record(actor, AuditAction.LOGIN, null, detail);
        return new Login(issued.token(), issued.expiresAt(), user, passwordChangeDue(user));
    }

    /** Opens the second step: nothing to send for the app; an SMS code, within its rate limit, otherwise. */
    private SecondStep challenge(Actor actor, User user, Purpose purpose, Instant now) {
        SecondFactor factor = user.secondFactor(settings.secondFactors()).orElseThrow(AuthService::noSecondFactor);
        String token = randomToken();
        LoginChallenge challenge;
        Optional<String> sentTo = Optional.empty();
        if (factor == SecondFactor.TOTP) {
            challenge = LoginChallenge.totp(token, user.id(), purpose, actor.ip(), now);
        } else {
            MobileNumber mobile = user.mobile().orElseThrow(AuthService::noSecondFactor);
            requireSmsAllowed(user, now);
            String code = String.format("%06d", random.nextInt(1_000_000));
            challenge = LoginChallenge.sms(token, user.id(), purpose, actor.ip(), code, now);
            sms.send(mobile, user.username(), "【信用核查】您的" + (purpose == Purpose.LOGIN ? "登录" : "签发确认") + "验证码为 "
                    + code + "，5 分钟内有效。如非本人操作，请立即联系安全管理员。");
            sentTo = Optional.of(mobile.masked());
        }
        challenges.store(challenge);
        audit.record(actor, AuditAction.SECOND_FACTOR_REQUESTED, null,
                (purpose == Purpose.LOGIN ? "登录" : "签发确认") + "，" + factor.label()
                        + sentTo.map(m -> "已发送至 " + m).orElse(""));
        return new SecondStep(factor, token, challenge.expiresAt(), sentTo);
    }

    private void requireSmsAllowed(User user, Instant now) {
        Optional<Instant> last = challenges.lastSmsAt(user.id());
        if ((last.isPresent() && now.isBefore(last.get().plus(SMS_INTERVAL)))
                || challenges.smsSentSince(user.id(), now.minus(Duration.ofHours(1))) >= SMS_PER_HOUR) {
            throw new DomainException(Kind.TOO_MANY, "SMS_TOO_FREQUENT",
                    "短信验证码发送过于频繁（每分钟 1 条、每小时 " + SMS_PER_HOUR + " 条），请稍后再试",
                    "SMS codes are sent at most once a minute and " + SMS_PER_HOUR + " times an hour: try again later");
        }
    }

    /** The app's code of a step not used before, a recovery code, or the SMS code of this challenge. */
    private boolean codeIsRight(Actor actor, User user, LoginChallenge challenge, String code, Instant now) {
        if (challenge.factor() == SecondFactor.SMS) {
            return challenge.smsCodeIs(code);
        }
        String sealed = user.totpSecretSealed().orElse(null);
        if (sealed == null) {
            return false;
        }
        if (user.acceptTotp(TotpSecret.base32(seal.open(sealed)), code, now)) {
            return true;
        }
        if (user.useRecoveryCode(code)) {
            audit.record(actor, AuditAction.RECOVERY_CODE_USED, null, "使用恢复码登录，剩余 " + user.recoveryCodesLeft() + " 个");
            return true;
        }
        return false;
    }

    private void requireNotThrottled(Actor actor, String name, String ip, Instant now) {
        Optional<Instant> until = challenges.throttle(name, ip).flatMap(t -> t.waitUntil(now));
        if (until.isPresent()) {
            audit.record(actor, AuditAction.LOGIN_REFUSED_LOCKED, null, "本电脑暂停登录至 " + until.get());
            long seconds = Math.max(1, Duration.between(now, until.get()).toSeconds());
            throw new DomainException(Kind.TOO_MANY, "LOGIN_PAUSED",
                    "本电脑登录失败次数过多，请 " + waitText(seconds, " 秒", " 分钟") + "后再试，或请安全管理员解除",
                    "too many failed log-ins from this computer: try again in " + waitText(seconds, " s", " min")
                            + ", or ask the security administrator");
        }
    }

    /** Whole minutes beyond one, so that two pauses begun within a minute read alike. */
    private static String waitText(long seconds, String secondUnit, String minuteUnit) {
        return seconds < 60 ? seconds + secondUnit : (seconds + 59) / 60 + minuteUnit;
    }

    /** A success clears that computer's count of the name (docs/rules.md#R20). */
    private void clearFailures(String name, String ip) {
        challenges.throttle(name, ip).ifPresent(challenges::clear);
    }

    private void countFailure(Actor actor, String name, String ip, Instant now) {
        LoginThrottle throttle = challenges.throttle(name, ip).orElseGet(() -> new LoginThrottle(name, ip, now));
        if (throttle.recordFailure(now)) {
            audit.record(actor, AuditAction.ACCOUNT_LOCKED, null, "从 " + ip + " 连续失败 "
                    + LoginThrottle.FAILURES_PER_BLOCK + " 次，此电脑暂停登录至 " + throttle.blockedUntil());
        }
        challenges.store(throttle);
    }

    private static Actor actorOf(User user, String ip) {
        return new Actor(user.id(), user.username(), user.displayName(), user.roles(), ip);
    }

    private String randomToken() {
        byte[] raw = new byte[32];
        random.nextBytes(raw);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }

    private static InetAddress address(String ip) {
        return IpRange.literal(ip).orElse(null);
    }

    private static DomainException notATerminal(String ip) {
        return new DomainException(Kind.FORBIDDEN, "TERMINAL_NOT_REGISTERED",
                "本电脑（" + ip + "）不是该账户登记的专机，请在登记的专机上办理，或请安全管理员登记",
                "this computer (" + ip + ") is not a registered terminal of the account: work from one, or ask the"
                        + " security administrator to register it");
    }

    private static DomainException noSecondFactor() {
        return new DomainException(Kind.FORBIDDEN, "SECOND_FACTOR_NOT_SET_UP",
                "该账户须二次验证，但未登记手机号码或动态口令，请系统管理员登记手机号码",
                "this account needs a second factor but has neither a mobile number nor an authenticator app: ask the"
                        + " system administrator to register the mobile number");
    }

    /** A hash no password matches, checked for unknown accounts so that they take as long as known ones. */
    private String unknownAccountHash() {
        String h = unknownAccountHash;
        if (h == null) {
            h = hasher.hash(UUID.randomUUID().toString().toCharArray());
            unknownAccountHash = h;
        }
        return h;
    }

    private static DomainException refused() {
        return new DomainException(Kind.INVALID, "LOGIN_FAILED",
                "用户名或密码错误；同一电脑连续 5 次失败将暂停该用户名在此电脑登录 15 分钟",
                "wrong username or password; after five failures in a row from one computer, that username is paused"
                        + " there for 15 minutes");
    }
}
