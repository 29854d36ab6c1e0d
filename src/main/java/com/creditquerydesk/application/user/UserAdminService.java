package com.creditquerydesk.application.user;

import com.creditquerydesk.domain.model.audit.AuditAction;
import com.creditquerydesk.application.Actor;
import com.creditquerydesk.application.audit.AuditService;
import com.creditquerydesk.application.ServerSettings;
import com.creditquerydesk.domain.model.user.ContactDuty;
import com.creditquerydesk.domain.model.user.IpRange;
import com.creditquerydesk.domain.model.user.LoginChallenges;
import com.creditquerydesk.domain.model.user.MobileNumber;
import com.creditquerydesk.domain.model.user.SecretSeal;
import com.creditquerydesk.domain.model.user.TotpSecret;
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
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** An administrator manages accounts and their roles; every change is audited. */
@ApplicationScoped
public class UserAdminService {

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

    @Inject
    LoginChallenges challenges;

    @Inject
    SecretSeal seal;

    public List<User> list() {
        return users.findAll();
    }

    public User get(long id) {
        return users.find(id).orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "USER_NOT_FOUND",
                "用户不存在：" + id, "no such user: " + id));
    }

    /**
     * Opens an account with a first password meeting the policy, which its owner changes at his first log-in, and
     * the mobile number its SMS codes go to (docs/rules.md#R24, R25).
     */
    @Transactional
    public User create(Actor actor, String username, String displayName, char[] password, Set<Role> roles,
                       MobileNumber mobile) {
        requireFree(username);
        User user = User.openedByAdministrator(username == null ? null : username.strip(), displayName, password,
                roles, settings.passwordPolicy(), hasher, clock.instant());
        user.setMobile(mobile);
        users.store(user);
        audit.record(actor, AuditAction.USER_CREATED, null, "新建用户 " + user.nameAndLogin() + "，角色 "
                + Role.labels(user.roles())
                + (mobile == null ? "" : "，手机 " + mobile.masked()));
        return user;
    }

    /**
     * Demo mode's published accounts: the README's passwords and authenticator secrets, which no policy would
     * accept for a real account (docs/rules.md#R24).
     */
    @Transactional
    public User openPublished(String username, String displayName, char[] password, Set<Role> roles,
                              TotpSecret secret, MobileNumber mobile) {
        requireFree(username);
        User user = new User(username, displayName, hasher.hash(password), roles, clock.instant());
        user.setMobile(mobile);
        user.bindPublishedTotp(seal.seal(secret.base32()));
        users.store(user);
        audit.record(Actor.system(), AuditAction.USER_CREATED, null, "新建演示用户 " + user.nameAndLogin() + "，角色 "
                + Role.labels(user.roles()));
        return user;
    }

    private void requireFree(String username) {
        if (username != null && users.findByUsername(username.strip()).isPresent()) {
            throw new DomainException(Kind.CONFLICT, "USERNAME_TAKEN", "用户名已存在：" + username,
                    "the username is taken: " + username);
        }
    }

    /**
     * Changes an account; a password set here is temporary, to be changed at the owner's next log-in
     * (docs/rules.md#R25). An empty mobile number removes it. {@code jobTitle} and {@code duty} are the account's
     * line in the 联络表 (docs/rules.md#R79): null leaves them, a blank title or an empty duty removes them.
     */
    @Transactional
    public User update(Actor actor, long id, String displayName, Set<Role> roles, Boolean active, char[] newPassword,
                       Optional<MobileNumber> mobile, String jobTitle, Optional<ContactDuty> duty) {
        User user = get(id);
        StringBuilder what = new StringBuilder("修改用户 " + user.nameAndLogin() + "：");
        if (displayName != null) {
            user.rename(displayName);
            what.append("姓名；");
        }
        if (roles != null) {
            what.append("角色 ").append(Role.labels(user.roles())).append(" → ").append(Role.labels(roles)).append("；");
            user.setRoles(roles);
        }
        if (mobile != null) {
            user.setMobile(mobile.orElse(null));
            what.append("手机 ").append(mobile.map(MobileNumber::masked).orElse("（无）")).append("；");
        }
        if (jobTitle != null) {
            user.setJobTitle(jobTitle);
            what.append("职务 ").append(user.jobTitle().orElse("（无）")).append("；");
        }
        if (duty != null) {
            user.setContactDuty(duty.orElse(null));
            what.append("工作职责 ").append(duty.map(ContactDuty::label).orElse("（无）")).append("；");
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
            user.setTemporaryPassword(newPassword, settings.passwordPolicy(), hasher, clock.instant());
            challenges.clearAllOf(user.username());
            tokens.revokeAllOf(user.id());
            what.append("重置密码；");
        }
        audit.record(actor, AuditAction.USER_UPDATED, null, what.toString());
        return user;
    }

    /** When the account's log-in is paused on some computer (docs/rules.md#R20). */
    public Optional<Instant> pausedUntil(User user) {
        return challenges.blockedUntil(user.username(), clock.instant());
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
        challenges.clearAllOf(user.username());
        audit.record(actor, AuditAction.USER_UNLOCKED, null, "解锁用户 " + user.username());
        return user;
    }
}
