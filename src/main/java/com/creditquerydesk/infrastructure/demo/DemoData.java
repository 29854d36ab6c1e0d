package com.creditquerydesk.infrastructure.demo;

import com.creditquerydesk.application.Actor;
import com.creditquerydesk.application.DatabaseReady;
import com.creditquerydesk.application.user.UserAdminService;
import com.creditquerydesk.domain.model.user.ContactDuty;
import com.creditquerydesk.domain.model.user.IpRange;
import com.creditquerydesk.domain.model.user.EmailAddress;
import com.creditquerydesk.domain.model.user.MobileNumber;
import com.creditquerydesk.domain.model.user.SecretSeal;
import com.creditquerydesk.domain.model.user.TotpSecret;
import com.creditquerydesk.domain.model.user.Role;
import com.creditquerydesk.domain.model.user.User;
import com.creditquerydesk.domain.model.user.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Demo mode only: one account per role (password "demo-" + username, authenticator secret and mobile number as the
 * README lists them). Never
 * runs on a production server.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    /**
     * @param totpSecret the authenticator secret the README publishes; @param mobile where demo SMS "go";
     * @param jobTitle and @param duty the account's line in the 联络表 (docs/rules.md#R79), none for most
     */
    record DemoUser(String username, String displayName, Set<Role> roles, String totpSecret, String mobile,
                    String jobTitle, ContactDuty duty) {
        DemoUser(String username, String displayName, Set<Role> roles, String totpSecret, String mobile) {
            this(username, displayName, roles, totpSecret, mobile, null, null);
        }
    }

    /** The demo accounts work from this machine only: the local addresses are their terminals (README). */
    static final Set<IpRange> LOCAL_TERMINALS = Set.of(IpRange.parse("127.0.0.0/8"), IpRange.parse("::1"));

    static final List<DemoUser> USERS = List.of(
            new DemoUser("registry", "李收发", EnumSet.of(Role.REGISTRY_CLERK), "I4N3TM3BQDJWBFSP34TRHZV6HKQJHKRE", "13800000001"),
            new DemoUser("clerk", "王校对", EnumSet.of(Role.CORRECTION_CLERK), "B456HSPFDW3TGFOAHF2K7S2R2K3MEDWH", "13800000002"),
            new DemoUser("handler", "张经办", EnumSet.of(Role.HANDLER), "AH7B5HWYZJJGWRPM5JGPDVZCTN3NHVDX", "13800000003",
                    "信用信息查询科科员", ContactDuty.HANDLER),
            new DemoUser("handler2", "赵经办", EnumSet.of(Role.HANDLER), "L7TT4J3O2PINHL2UYMZEVFYWERBNWI4P", "13800000004",
                    "信用信息查询科科员", ContactDuty.HANDLER),
            new DemoUser("reviewer", "陈复核", EnumSet.of(Role.REVIEWER), "FSBQK62HYU42SOFBT4E6KR4YP6O2JGTW", "13800000005",
                    "信用信息查询科科长", ContactDuty.DIRECT),
            new DemoUser("officer", "刘主任", EnumSet.of(Role.PRINCIPAL_OFFICER), "QL7RYK7XD7WSC2RPM2T26W46G4NN5BSO", "13800000006",
                    "中心主任", ContactDuty.PRINCIPAL),
            new DemoUser("auditor", "周审计", EnumSet.of(Role.AUDITOR), "52ORYIWS3PBWUOYRSRX35IG6DKULJSYI", "13800000007"),
            new DemoUser("admin", "孙管理", EnumSet.of(Role.ADMINISTRATOR), "OEIXIHEGXAY2BIIKF57AR3EMSXB3J3KI", "13800000008"),
            new DemoUser("secadmin", "吴安全", EnumSet.of(Role.SECURITY_ADMINISTRATOR), "UJRJ4BJKTPAVMWJW7UV6C2BY3OPBYHM2", "13800000009"));

    @Inject
    UserRepository users;

    @Inject
    UserAdminService admin;

    @Inject
    SecretSeal seal;

    @Transactional
    void onReady(@Observes DatabaseReady ready) {
        if (!ready.demo()) {
            return;
        }
        // Each missing one, so that a demo data directory made before an account joined the list gets it too.
        List<String> created = new ArrayList<>();
        for (DemoUser u : USERS) {
            if (users.findByUsername(u.username()).isEmpty()) {
                admin.openPublished(u.username(), u.displayName(), ("demo-" + u.username()).toCharArray(), u.roles(),
                        TotpSecret.base32(u.totpSecret()), new MobileNumber(u.mobile()));
                created.add(u.username());
            }
            User user = users.findByUsername(u.username()).orElseThrow();
            // A demo directory from before the second factor: its accounts get the published secrets too.
            if (user.totpSecretSealed().isEmpty() && user.mobile().isEmpty()) {
                user.setMobile(new MobileNumber(u.mobile()));
                user.bindPublishedTotp(seal.seal(u.totpSecret()));
            }
            if (u.duty() != null && user.contactDuty().isEmpty()) {
                user.setJobTitle(u.jobTitle());
                user.setContactDuty(u.duty());
            }
            if (user.email().isEmpty()) {
                user.setEmail(new EmailAddress(u.username() + "@xyzx.example.cn"));
            }
            if (user.terminals().isEmpty()) {
                admin.registerTerminals(Actor.system(), user.id(), LOCAL_TERMINALS);
            }
        }
        if (!created.isEmpty()) {
            LOG.warning("DEMO MODE: created demo accounts " + created
                    + " with password demo-<username> and the README's authenticator secrets. Do not use demo mode in"
                    + " production.");
        }
    }
}
