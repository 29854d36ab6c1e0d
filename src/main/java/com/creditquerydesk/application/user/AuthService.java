package com.creditquerydesk.application.user;

import com.creditquerydesk.domain.model.audit.AuditAction;
import com.creditquerydesk.application.Actor;
import com.creditquerydesk.application.ServerSettings;
import com.creditquerydesk.application.audit.AuditService;
import com.creditquerydesk.domain.model.user.IpRange;
import com.creditquerydesk.domain.model.user.PasswordHashing;
import com.creditquerydesk.domain.model.user.Tokens;
import com.creditquerydesk.domain.model.user.User;
import com.creditquerydesk.domain.model.user.UserRepository;
import com.creditquerydesk.domain.shared.DomainException;
import com.creditquerydesk.domain.shared.DomainException.Kind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Log-in with password, bearer tokens, and the lock after five wrong passwords in a row. */
@ApplicationScoped
public class AuthService {

    @Inject
    UserRepository users;

    @Inject
    PasswordHashing hasher;

    @Inject
    Tokens tokens;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    @Inject
    ServerSettings settings;

    private volatile String unknownAccountHash;

    public record Login(String token, Instant expiresAt, User user) {
    }

    /**
     * Checks the password. A wrong one is counted (and audited) in a transaction that commits even though the
     * caller gets an error, so the lock cannot be dodged. The password is checked whether or not the account
     * exists, is active or is locked, and every refusal is the same answer, so that neither the time nor the
     * answer tells a stranger which accounts exist (docs/rules.md#R20).
     */
    @Transactional(dontRollbackOn = DomainException.class)
    public Login login(String username, char[] password, String ip) {
        Instant now = clock.instant();
        User user = (username == null ? Optional.<User>empty() : users.findByUsername(username.strip()))
                .filter(User::isActive).orElse(null);
        boolean right = hasher.verify(password == null ? new char[0] : password,
                user == null ? unknownAccountHash() : user.passwordHash());
        if (user == null) {
            audit.record(new Actor(0, username == null ? "?" : truncate(username), null, Set.of(), ip),
                    AuditAction.LOGIN_FAILED, null, "未知或停用的用户");
            throw refused();
        }
        Actor actor = new Actor(user.id(), user.username(), user.displayName(), user.roles(), ip);
        if (user.isLocked(now)) {
            audit.record(actor, AuditAction.LOGIN_REFUSED_LOCKED, null, "账户已锁定至 " + user.lockedUntil());
            throw refused();
        }
        if (!right) {
            audit.record(actor, AuditAction.LOGIN_FAILED, null, "密码错误");
            countWrongPassword(actor, user, now);
            throw refused();
        }
        if (!user.mayWorkFrom(address(ip), settings.rolesNeedingTerminal())) {
            audit.record(actor, AuditAction.LOGIN_REFUSED_TERMINAL, null, "从非登记专机 " + ip + " 登录");
            throw notATerminal(ip);
        }
        user.recordSuccessfulLogin();
        Tokens.Issued issued = tokens.issue(user.id());
        audit.record(actor, AuditAction.LOGIN, null, "登录成功");
        return new Login(issued.token(), issued.expiresAt(), user);
    }

    /**
     * Confirms the password of someone already logged in (the officer's sign-off). A wrong one counts towards
     * the lock like a wrong login (the caller audits it with its letter), and a locked account confirms nothing
     * (docs/rules.md#R20).
     */
    public boolean confirmPassword(Actor actor, char[] password) {
        User user = users.find(actor.userId()).orElse(null);
        if (user == null) {
            return false;
        }
        Instant now = clock.instant();
        boolean right = hasher.verify(password, user.passwordHash());
        if (user.isLocked(now)) {
            return false;
        }
        if (!right) {
            countWrongPassword(actor, user, now);
            return false;
        }
        user.recordSuccessfulLogin();
        return true;
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

    private static InetAddress address(String ip) {
        return IpRange.literal(ip).orElse(null);
    }

    private static DomainException notATerminal(String ip) {
        return new DomainException(Kind.FORBIDDEN, "TERMINAL_NOT_REGISTERED",
                "本电脑（" + ip + "）不是该账户登记的专机，请在登记的专机上办理，或请安全管理员登记",
                "this computer (" + ip + ") is not a registered terminal of the account: work from one, or ask the"
                        + " security administrator to register it");
    }

    /** Ends every session of the actor's account, on every computer (docs/rules.md#R20). */
    @Transactional
    public void logoutEverywhere(Actor actor) {
        tokens.revokeAllOf(actor.userId());
        audit.record(actor, AuditAction.LOGOUT_EVERYWHERE, null, "退出全部登录");
    }

    private void countWrongPassword(Actor actor, User user, Instant now) {
        user.recordFailedLogin(now);
        if (user.isLocked(now)) {
            audit.record(actor, AuditAction.ACCOUNT_LOCKED, null, "连续5次密码错误，锁定15分钟");
        }
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

    public Optional<User> authenticate(String token) {
        return tokens.userOf(token).flatMap(users::find).filter(User::isActive);
    }

    @Transactional
    public void logout(Actor actor, String token) {
        tokens.revoke(token);
        audit.record(actor, AuditAction.LOGOUT, null, "退出登录");
    }

    private static String truncate(String s) {
        return s.length() > 40 ? s.substring(0, 40) : s;
    }

    private static DomainException refused() {
        return new DomainException(Kind.INVALID, "LOGIN_FAILED",
                "用户名或密码错误；连续 5 次密码错误的账户将锁定 15 分钟，请稍后再试或请管理员解锁",
                "wrong username or password; after five wrong passwords in a row an account is locked for 15 minutes:"
                        + " try later or ask an administrator to unlock it");
    }
}
