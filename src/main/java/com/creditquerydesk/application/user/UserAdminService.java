package com.creditquerydesk.application.user;

import com.creditquerydesk.domain.model.audit.AuditAction;
import com.creditquerydesk.application.Actor;
import com.creditquerydesk.application.audit.AuditService;
import com.creditquerydesk.domain.model.user.IpRange;
import com.creditquerydesk.domain.model.user.Role;
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
import java.util.List;
import java.util.Set;

/** An administrator manages accounts and their roles; every change is audited. */
@ApplicationScoped
public class UserAdminService {

    static final int MIN_PASSWORD_LENGTH = 10;

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

    public List<User> list() {
        return users.findAll();
    }

    public User get(long id) {
        return users.find(id).orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "USER_NOT_FOUND",
                "用户不存在：" + id, "no such user: " + id));
    }

    @Transactional
    public User create(Actor actor, String username, String displayName, char[] password, Set<Role> roles) {
        if (username != null && users.findByUsername(username.strip()).isPresent()) {
            throw new DomainException(Kind.CONFLICT, "USERNAME_TAKEN", "用户名已存在：" + username,
                    "the username is taken: " + username);
        }
        checkPassword(password);
        User user = users.store(new User(username == null ? null : username.strip(), displayName,
                hasher.hash(password), roles, clock.instant()));
        audit.record(actor, AuditAction.USER_CREATED, null, "新建用户 " + user.username() + "，角色 " + user.roles());
        return user;
    }

    @Transactional
    public User update(Actor actor, long id, String displayName, Set<Role> roles, Boolean active, char[] newPassword) {
        User user = get(id);
        StringBuilder what = new StringBuilder("修改用户 " + user.username() + "：");
        if (displayName != null) {
            user.rename(displayName);
            what.append("姓名；");
        }
        if (roles != null) {
            what.append("角色 ").append(user.roles()).append(" → ").append(roles).append("；");
            user.setRoles(roles);
        }
        if (active != null) {
            if (!active && user.id() == actor.userId()) {
                throw new DomainException(Kind.INVALID, "CANNOT_DEACTIVATE_SELF", "不能停用自己的账户",
                        "you cannot deactivate your own account");
            }
            user.setActive(active);
            what.append(active ? "启用；" : "停用；");
            if (!active) {
                tokens.revokeAllOf(user.id());
            }
        }
        if (newPassword != null) {
            checkPassword(newPassword);
            user.changePassword(hasher.hash(newPassword));
            user.unlock();
            tokens.revokeAllOf(user.id());
            what.append("重置密码；");
        }
        audit.record(actor, AuditAction.USER_UPDATED, null, what.toString());
        return user;
    }

    /** The security administrator registers an account's terminals (专机, docs/rules.md#R23). */
    @Transactional
    public User registerTerminals(Actor actor, long id, Set<IpRange> terminals) {
        User user = get(id);
        user.registerTerminals(terminals);
        audit.record(actor, AuditAction.TERMINALS_REGISTERED, null, "登记 " + user.username() + " 的专机 "
                + (terminals.isEmpty() ? "（无）" : terminals.stream().map(IpRange::toString).sorted().toList()));
        return user;
    }

    @Transactional
    public User unlock(Actor actor, long id) {
        User user = get(id);
        user.unlock();
        audit.record(actor, AuditAction.USER_UNLOCKED, null, "解锁用户 " + user.username());
        return user;
    }

    private static void checkPassword(char[] password) {
        if (password == null || password.length < MIN_PASSWORD_LENGTH) {
            throw new DomainException(Kind.INVALID, "PASSWORD_TOO_SHORT", "密码至少 " + MIN_PASSWORD_LENGTH + " 位",
                    "a password has at least " + MIN_PASSWORD_LENGTH + " characters");
        }
    }
}
