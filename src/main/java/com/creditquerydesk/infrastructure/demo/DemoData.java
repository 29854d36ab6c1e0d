package com.creditquerydesk.infrastructure.demo;

import com.creditquerydesk.application.Actor;
import com.creditquerydesk.application.DatabaseReady;
import com.creditquerydesk.application.user.UserAdminService;
import com.creditquerydesk.domain.model.user.IpRange;
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
 * Demo mode only: one account per role (password "demo-" + username, listed in the README). Never
 * runs on a production server.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    record DemoUser(String username, String displayName, Set<Role> roles) {
    }

    /** The demo accounts work from this machine only: the local addresses are their terminals (README). */
    static final Set<IpRange> LOCAL_TERMINALS = Set.of(IpRange.parse("127.0.0.0/8"), IpRange.parse("::1"));

    static final List<DemoUser> USERS = List.of(
            new DemoUser("registry", "李收发", EnumSet.of(Role.REGISTRY_CLERK)),
            new DemoUser("clerk", "王校对", EnumSet.of(Role.CORRECTION_CLERK)),
            new DemoUser("handler", "张经办", EnumSet.of(Role.HANDLER)),
            new DemoUser("handler2", "赵经办", EnumSet.of(Role.HANDLER)),
            new DemoUser("reviewer", "陈复核", EnumSet.of(Role.REVIEWER)),
            new DemoUser("officer", "刘主任", EnumSet.of(Role.PRINCIPAL_OFFICER)),
            new DemoUser("auditor", "周审计", EnumSet.of(Role.AUDITOR)),
            new DemoUser("admin", "孙管理", EnumSet.of(Role.ADMINISTRATOR)),
            new DemoUser("secadmin", "吴安全", EnumSet.of(Role.SECURITY_ADMINISTRATOR)));

    @Inject
    UserRepository users;

    @Inject
    UserAdminService admin;

    @Transactional
    void onReady(@Observes DatabaseReady ready) {
        if (!ready.demo()) {
            return;
        }
        // Each missing one, so that a demo data directory made before an account joined the list gets it too.
        List<String> created = new ArrayList<>();
        for (DemoUser u : USERS) {
            if (users.findByUsername(u.username()).isEmpty()) {
                admin.create(Actor.system(), u.username(), u.displayName(), ("demo-" + u.username()).toCharArray(),
                        u.roles());
                created.add(u.username());
            }
            User user = users.findByUsername(u.username()).orElseThrow();
            if (user.terminals().isEmpty()) {
                admin.registerTerminals(Actor.system(), user.id(), LOCAL_TERMINALS);
            }
        }
        if (!created.isEmpty()) {
            LOG.warning("DEMO MODE: created demo accounts " + created
                    + " with password demo-<username>. Do not use demo mode in production.");
        }
    }
}
