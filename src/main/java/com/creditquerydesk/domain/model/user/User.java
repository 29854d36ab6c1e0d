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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.net.InetAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** An account of the centre's staff. The password is only ever held as a slow hash. */
@Entity
@Table(name = "app_user")
public class User {

    public static final int MAX_TERMINALS = 20;
    static final int RECOVERY_CODES = 10;
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

    // The second factor (docs/rules.md#R24): the mobile number SMS codes go to, the authenticator secret sealed
    // with the server's key, the last time step a code was accepted for, and the unused recovery codes' hashes.
    @Column(length = 11)
    private String mobile;

    @Column(name = "totp_secret", length = 200)
    private String totpSecretSealed;

    /** Where reminders also go by e-mail (docs/rules.md#R84). */
    @Column(length = EmailAddress.MAX)
    private String email;

    @Column(name = "totp_last_step", nullable = false)
    private long totpLastStep;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_recovery_code", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "code_hash", length = 64)
    private Set<String> recoveryCodeHashes = new HashSet<>();

    // The password's age and the hashes of the ones before it (docs/rules.md#R25).
    @Column(name = "password_changed_at", nullable = false)
    private Instant passwordChangedAt;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_password_history", joinColumns = @JoinColumn(name = "user_id"))
    @OrderColumn(name = "position")
    @Column(name = "password_hash", length = 200)
    private List<String> previousPasswordHashes = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    // The 联络表 (docs/rules.md#R79): 职务 and 工作职责.
    @Column(name = "job_title", length = MAX_JOB_TITLE)
    private String jobTitle;

    @Enumerated(EnumType.STRING)
    @Column(name = "contact_duty", length = 12)
    private ContactDuty contactDuty;

    @Version
    private long version;

    static final int MAX_DISPLAY_NAME = 100;
    static final int MAX_JOB_TITLE = 50;

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
        this.passwordChangedAt = now;
        setRoles(roles);
    }

    /**
     * An account an administrator opens: its first password meets the policy, and its owner must change it at his
     * first log-in (docs/rules.md#R25). (Only demo mode's published accounts are made with the constructor.)
     */
    public static User openedByAdministrator(String username, String displayName, char[] password, Set<Role> roles,
                                             PasswordPolicy policy, PasswordHashing hasher, Instant now) {
        policy.check(username, password);
        User user = new User(username, displayName, hasher.hash(password), roles, now);
        user.mustChangePassword = true;
        return user;
    }

    /**
     * The owner changes his password: it must meet the policy and be none of his last five (docs/rules.md#R25).
     */
    public void changePassword(char[] password, PasswordPolicy policy, PasswordHashing hasher, Instant now) {
        policy.check(username, password);
        if (hasher.verify(password, passwordHash) || previousPasswordHashes.stream().anyMatch(h -> hasher.verify(password, h))) {
            throw PasswordPolicy.weak("PASSWORD_REUSED", "不能使用最近 " + PasswordPolicy.HISTORY + " 次用过的密码",
                    "a password must not be one of the last " + PasswordPolicy.HISTORY + " used");
        }
        previousPasswordHashes.add(0, passwordHash);
        while (previousPasswordHashes.size() > PasswordPolicy.HISTORY - 1) {
            previousPasswordHashes.remove(previousPasswordHashes.size() - 1);
        }
        passwordHash = hasher.hash(password);
        passwordChangedAt = now;
        mustChangePassword = false;
    }

    /**
     * An administrator sets a password for the account (a new account's first, or a forgotten one's): it meets the
     * policy, and its owner must change it at his next log-in (docs/rules.md#R25).
     */
    public void setTemporaryPassword(char[] password, PasswordPolicy policy, PasswordHashing hasher, Instant now) {
        policy.check(username, password);
        passwordHash = hasher.hash(password);
        passwordChangedAt = now;
        mustChangePassword = true;
    }

    /** Whether the owner must choose a new password before doing anything else: set by an admin, or too old. */
    public boolean passwordChangeDue(PasswordPolicy policy, Instant now) {
        return mustChangePassword
                || (!policy.maxAge().isZero() && !now.isBefore(passwordChangedAt.plus(policy.maxAge())));
    }

    /**
     * The factor this account proves itself with, among those allowed: its authenticator app once enrolled, else
     * SMS to its mobile (docs/rules.md#R24).
     */
    public Optional<SecondFactor> secondFactor(Set<SecondFactor> allowed) {
        if (totpSecretSealed != null && allowed.contains(SecondFactor.TOTP)) {
            return Optional.of(SecondFactor.TOTP);
        }
        if (mobile != null && allowed.contains(SecondFactor.SMS)) {
            return Optional.of(SecondFactor.SMS);
        }
        return Optional.empty();
    }

    /** Whether this account must give a second factor: it holds a role the configuration names. */
    public boolean needsSecondFactor(Set<Role> rolesNeedingOne) {
        return roles.stream().anyMatch(rolesNeedingOne::contains);
    }

    public Optional<MobileNumber> mobile() {
        return Optional.ofNullable(mobile).map(MobileNumber::new);
    }

    public void setMobile(MobileNumber number) {
        this.mobile = number == null ? null : number.digits();
    }

    public Optional<EmailAddress> email() {
        return Optional.ofNullable(email).map(EmailAddress::new);
    }

    public void setEmail(EmailAddress address) {
        this.email = address == null ? null : address.value();
    }

    /** The authenticator secret, sealed with the server's key (never in clear at rest). */
    public Optional<String> totpSecretSealed() {
        return Optional.ofNullable(totpSecretSealed);
    }

    /**
     * Enrols an authenticator app, once its owner has shown a code from it, and replaces the recovery codes
     * (docs/rules.md#R24).
     */
    public void enrolTotp(String sealedSecret, TotpSecret secret, String code, Set<String> recoveryCodes, Instant now) {
        OptionalLong step = Totp.accept(secret, code, now, Long.MIN_VALUE);
        if (step.isEmpty()) {
            throw wrongCode();
        }
        if (recoveryCodes.size() != RECOVERY_CODES) {
            throw new IllegalArgumentException("an enrolment gives " + RECOVERY_CODES + " recovery codes");
        }
        totpSecretSealed = sealedSecret;
        totpLastStep = step.getAsLong();
        recoveryCodeHashes = recoveryCodes.stream().map(User::recoveryHash).collect(Collectors.toCollection(HashSet::new));
    }

    /**
     * Binds a secret that was published rather than drawn: demo mode's accounts, whose secrets the README lists
     * (docs/rules.md#R24). Never used outside demo mode.
     */
    public void bindPublishedTotp(String sealedSecret) {
        totpSecretSealed = sealedSecret;
        totpLastStep = 0;
    }

    /** Accepts a code of the enrolled app once: a code of a step already used is refused (docs/rules.md#R24). */
    public boolean acceptTotp(TotpSecret secret, String code, Instant now) {
        OptionalLong step = Totp.accept(secret, code, now, totpLastStep);
        step.ifPresent(s -> totpLastStep = s);
        return step.isPresent();
    }

    /** Accepts one of the recovery codes, which is then used up. */
    public boolean useRecoveryCode(String code) {
        return code != null && recoveryCodeHashes.remove(recoveryHash(code));
    }

    public int recoveryCodesLeft() {
        return recoveryCodeHashes.size();
    }

    /** The security administrator's reset: the app is forgotten, the account falls back to SMS until re-enrolled. */
    public void resetSecondFactor() {
        totpSecretSealed = null;
        totpLastStep = 0;
        recoveryCodeHashes.clear();
    }

    /** Recovery codes are compared without case, spaces or dashes, as people type them from paper. */
    static String recoveryHash(String code) {
        return com.creditquerydesk.domain.shared.Sha256.hex(code.replace("-", "").replace(" ", "").toLowerCase(java.util.Locale.ROOT));
    }

    public static DomainException wrongCode() {
        return new DomainException(DomainException.Kind.UNAUTHENTICATED, "SECOND_FACTOR_WRONG",
                "验证码不正确或已使用过，请输入最新的验证码",
                "the code is wrong or was used already: enter the latest code");
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

    /** 职务, as the 联络表 prints it (科长, 副主任 …). */
    public Optional<String> jobTitle() {
        return Optional.ofNullable(jobTitle);
    }

    /** Sets 职务; blank removes it. */
    public void setJobTitle(String title) {
        String t = title == null ? "" : title.strip();
        if (t.codePointCount(0, t.length()) > MAX_JOB_TITLE) {
            throw new DomainException("JOB_TITLE_TOO_LONG", "职务不超过 " + MAX_JOB_TITLE + " 字",
                    "a job title has at most " + MAX_JOB_TITLE + " characters");
        }
        this.jobTitle = t.isEmpty() ? null : t;
    }

    /** 工作职责 in the 联络表; an account without one is not on it (docs/rules.md#R79). */
    /**
     * Whether this person may urge (催办) a letter and so watches the due-soon and overdue ones: the system
     * administrator, the principal officer or the 联络表's 直接负责人 (docs/rules.md#R84).
     */
    public boolean mayUrge() {
        return hasRole(Role.ADMINISTRATOR) || hasRole(Role.PRINCIPAL_OFFICER) || contactDuty == ContactDuty.DIRECT;
    }

    public Optional<ContactDuty> contactDuty() {
        return Optional.ofNullable(contactDuty);
    }

    public void setContactDuty(ContactDuty duty) {
        this.contactDuty = duty;
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

    /** The person as the audit trail's details name him: his name, with the login he acts under (赵经办（handler2）). */
    public String nameAndLogin() {
        return displayName + "（" + username + "）";
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

    public Instant passwordChangedAt() {
        return passwordChangedAt;
    }
}
