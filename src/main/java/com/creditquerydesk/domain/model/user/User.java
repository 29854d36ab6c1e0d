package com.creditquerydesk.domain.model.user;

import com.creditquerydesk.domain.shared.DomainException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** An account of the centre's staff. The password is only ever held as a slow hash. */
@Entity
@Table(name = "app_user")
public class User {

    /** Five wrong passwords in a row lock the account for 15 minutes. */
    public static final int MAX_FAILED_LOGINS = 5;
    public static final int MAX_TERMINALS = 20;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);
    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{2,39}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String username;

    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 40)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    // The registered terminals (专机, docs/rules.md#R23), as their canonical text.
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_terminal", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "terminal", length = 50)
    private Set<String> terminals = new HashSet<>();

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    static final int MAX_DISPLAY_NAME = 100;

    protected User() {
    }

    public User(String username, String displayName, String passwordHash, Set<Role> roles, Instant now) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new DomainException("USERNAME_INVALID", "用户名须为3-40位小写字母、数字或 . _ -，以字母开头",
                    "a username has 3-40 lower-case letters, digits or . _ -, starting with a letter");
        }
        if (displayName == null || displayName.isBlank()) {
            throw new DomainException("DISPLAY_NAME_REQUIRED", "请填写姓名", "a display name is required");
        }
        this.username = username;
        this.displayName = checkedDisplayName(displayName);
        this.passwordHash = passwordHash;
        this.createdAt = now;
        setRoles(roles);
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Counts a wrong password; the fifth in a row locks the account. */
    public void recordFailedLogin(Instant now) {
        failedLogins++;
        if (failedLogins >= MAX_FAILED_LOGINS) {
            lockedUntil = now.plus(LOCK_DURATION);
            failedLogins = 0;
        }
    }

    public void recordSuccessfulLogin() {
        failedLogins = 0;
        lockedUntil = null;
    }

    public void changePassword(String newHash) {
        this.passwordHash = newHash;
    }

    public void setRoles(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new DomainException("ROLES_REQUIRED", "用户至少须有一个角色", "a user needs at least one role");
        }
        // 三员分立 (docs/rules.md#R22): an administrator's account holds that one role only.
        if (roles.size() > 1 && roles.stream().anyMatch(Role::administers)) {
            throw new DomainException(DomainException.Kind.CONFLICT, "ROLES_SEPARATED",
                    "系统管理员、安全管理员、审计管理员三员分立：同一账户只能担任其中一个，也不能兼任业务岗位",
                    "the system, security and audit administrators are separate: an account holds one of them only,"
                            + " and no business post besides");
        }
        this.roles = EnumSet.copyOf(roles);
    }

    /** The security administrator registers the terminals this account may work from (docs/rules.md#R23). */
    public void registerTerminals(Set<IpRange> ranges) {
        if (ranges.size() > MAX_TERMINALS) {
            throw new DomainException("TOO_MANY_TERMINALS", "一个账户最多登记 " + MAX_TERMINALS + " 个专机地址",
                    "an account has at most " + MAX_TERMINALS + " terminals");
        }
        this.terminals = ranges.stream().map(IpRange::toString).collect(Collectors.toCollection(HashSet::new));
    }

    public Set<IpRange> terminals() {
        return terminals.stream().map(IpRange::parse).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Whether this account may work from {@code address}: from one of its registered terminals, or from anywhere
     * when it has none and holds none of the roles that need one (docs/rules.md#R23).
     */
    public boolean mayWorkFrom(InetAddress address, Set<Role> rolesNeedingTerminal) {
        if (terminals.isEmpty()) {
            return roles.stream().noneMatch(rolesNeedingTerminal::contains);
        }
        return address != null && terminals().stream().anyMatch(t -> t.contains(address));
    }

    public void rename(String displayName) {
        if (displayName != null && !displayName.isBlank()) {
            this.displayName = checkedDisplayName(displayName);
        }
    }

    /** A person's name as shown on screens and in the audit trail: at most 100 characters (the column's size). */
    private static String checkedDisplayName(String displayName) {
        String name = displayName.strip();
        if (name.codePointCount(0, name.length()) > MAX_DISPLAY_NAME) {
            throw new DomainException("DISPLAY_NAME_TOO_LONG", "姓名过长（最多 " + MAX_DISPLAY_NAME + " 个字符）",
                    "the display name is too long (at most " + MAX_DISPLAY_NAME + " characters)");
        }
        return name;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public void unlock() {
        lockedUntil = null;
        failedLogins = 0;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Set<Role> roles() {
        return EnumSet.copyOf(roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles);
    }

    public boolean isActive() {
        return active;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }
}
