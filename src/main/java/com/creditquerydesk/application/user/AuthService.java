package com.creditquerydesk.application.user;

import com.creditquerydesk.domain.model.audit.AuditAction;
import com.creditquerydesk.application.Actor;
import com.creditquerydesk.application.audit.AuditService;
import com.creditquerydesk.domain.model.user.PasswordHashing;
import com.creditquerydesk.domain.model.user.Tokens;
import com.creditquerydesk.domain.model.user.User;
import com.creditquerydesk.domain.model.user.UserRepository;
import com.creditquerydesk.domain.shared.DomainException;
import com.creditquerydesk.domain.shared.DomainException.Kind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

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

    public record Login(String token, Instant expiresAt, User user) {
    }

    /**
     * Checks the password. A wrong one is counted (and audited) in a transaction that commits even
     * though the caller gets an error, so the lock cannot be dodged.
     */
    @Transactional(dontRollbackOn = DomainException.class)
    public Login login(String username, char[] password, String ip) {
        Instant now = clock.instant();
        Optional<User> found = username == null ? Optional.empty() : users.findByUsername(username.strip());
        if (found.isEmpty() || !found.get().isActive()) {
            audit.record(new Actor(0, username == null ? "?" : truncate(username), null, java.util.Set.of(), ip),
                    AuditAction.LOGIN_FAILED, null, "未知或停用的用户");
            throw badCredentials();
        }
        User user = found.get();
        Actor actor = new Actor(user.id(), user.username(), user.displayName(), user.roles(), ip);
        if (user.isLocked(now)) {
            audit.record(actor, AuditAction.LOGIN_REFUSED_LOCKED, null, "账户已锁定至 " + user.lockedUntil());
            throw locked(user);
        }
        if (!hasher.verify(password, user.passwordHash())) {
            user.recordFailedLogin(now);
            audit.record(actor, AuditAction.LOGIN_FAILED, null, "密码错误");
            if (user.isLocked(now)) {
                audit.record(actor, AuditAction.ACCOUNT_LOCKED, null, "连续5次密码错误，锁定15分钟");
                throw locked(user);
            }
            throw badCredentials();
        }
        user.recordSuccessfulLogin();
        Tokens.Issued issued = tokens.issue(user.id());
        audit.record(actor, AuditAction.LOGIN, null, "登录成功");
        return new Login(issued.token(), issued.expiresAt(), user);
    }

    /** Confirms the password of someone already logged in (e.g. the officer's sign-off). */
    public boolean confirmPassword(long userId, char[] password) {
        return users.find(userId).map(u -> hasher.verify(password, u.passwordHash())).orElse(false);
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

    private static DomainException badCredentials() {
        return new DomainException(Kind.INVALID, "LOGIN_FAILED", "用户名或密码错误", "wrong username or password");
    }

    private static DomainException locked(User user) {
        return new DomainException(Kind.LOCKED, "ACCOUNT_LOCKED",
                "连续5次密码错误，账户已锁定15分钟，请稍后再试", "five wrong passwords in a row: the account is locked for 15 minutes");
    }
}
