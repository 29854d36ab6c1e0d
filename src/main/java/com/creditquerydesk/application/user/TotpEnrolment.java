package com.creditquerydesk.application.user;

import com.creditquerydesk.application.Actor;
import com.creditquerydesk.application.audit.AuditService;
import com.creditquerydesk.domain.model.audit.AuditAction;
import com.creditquerydesk.domain.model.user.SecretSeal;
import com.creditquerydesk.domain.model.user.TotpSecret;
import com.creditquerydesk.domain.model.user.User;
import com.creditquerydesk.domain.model.user.UserRepository;
import com.creditquerydesk.domain.shared.DomainException;
import com.creditquerydesk.domain.shared.DomainException.Kind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Binding an authenticator app to one's account (docs/rules.md#R24): the server draws the secret and hands it out
 * sealed with its key, so that nothing is stored until the owner shows a code from the app; the owner then gets ten
 * recovery codes, shown once. Only the security administrator removes an app (a lost phone).
 */
@ApplicationScoped
public class TotpEnrolment {

    static final Duration PENDING = Duration.ofMinutes(10);
    static final String ISSUER = "信用核查";

    @Inject
    UserRepository users;

    @Inject
    SecretSeal seal;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    private final SecureRandom random = new SecureRandom();

    /** @param enrolment the sealed secret, to be given back with the first code */
    public record Pending(String enrolment, String secret, String keyUri) {
    }

    public Pending begin(Actor actor) {
        User user = users.find(actor.userId()).orElseThrow();
        if (user.totpSecretSealed().isPresent()) {
            throw new DomainException(Kind.CONFLICT, "TOTP_ALREADY_ENROLLED",
                    "已绑定动态口令；更换手机须先请安全管理员重置",
                    "an authenticator app is bound already: to change phones, ask the security administrator to reset it");
        }
        TotpSecret secret = TotpSecret.random(random);
        String enrolment = seal.seal(user.id() + ":" + clock.instant().getEpochSecond() + ":" + secret.base32());
        return new Pending(enrolment, secret.base32(), secret.keyUri(ISSUER, user.username()));
    }

    /** Binds the app once its code is right; answers the recovery codes, which are never shown again. */
    @Transactional
    public List<String> finish(Actor actor, String enrolment, String code) {
        User user = users.find(actor.userId()).orElseThrow();
        String[] parts = opened(enrolment);
        Instant begun = Instant.ofEpochSecond(Long.parseLong(parts[1]));
        if (Long.parseLong(parts[0]) != user.id() || clock.instant().isAfter(begun.plus(PENDING))) {
            throw invalid();
        }
        if (user.totpSecretSealed().isPresent()) {
            throw new DomainException(Kind.CONFLICT, "TOTP_ALREADY_ENROLLED", "已绑定动态口令",
                    "an authenticator app is bound already");
        }
        TotpSecret secret = TotpSecret.base32(parts[2]);
        Set<String> recovery = new LinkedHashSet<>();
        while (recovery.size() < 10) {
            String c = TotpSecret.random(random).base32().substring(0, 10).toLowerCase(java.util.Locale.ROOT);
            recovery.add(c.substring(0, 5) + "-" + c.substring(5));
        }
        user.enrolTotp(seal.seal(secret.base32()), secret, code, recovery, clock.instant());
        audit.record(actor, AuditAction.TOTP_ENROLLED, null, "绑定动态口令，发放恢复码 " + recovery.size() + " 个");
        return List.copyOf(recovery);
    }

    /** The security administrator forgets an account's app: it logs in by SMS until its owner binds a new one. */
    @Transactional
    public User reset(Actor actor, long userId) {
        User user = users.find(userId).orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "USER_NOT_FOUND",
                "用户不存在：" + userId, "no such user: " + userId));
        user.resetSecondFactor();
        audit.record(actor, AuditAction.SECOND_FACTOR_RESET, null, "重置 " + user.username() + " 的动态口令");
        return user;
    }

    private String[] opened(String enrolment) {
        try {
            String[] parts = seal.open(enrolment).split(":", 3);
            if (parts.length != 3) {
                throw invalid();
            }
            return parts;
        } catch (RuntimeException e) {
            throw invalid();
        }
    }

    private static DomainException invalid() {
        return new DomainException("TOTP_ENROLMENT_INVALID", "绑定信息无效或已超过 10 分钟，请重新开始绑定",
                "the enrolment is invalid or older than 10 minutes: start again");
    }
}
