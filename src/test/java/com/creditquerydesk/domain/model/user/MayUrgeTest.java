package com.creditquerydesk.domain.model.user;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Who may urge (催办) a letter (docs/rules.md#R84): by post or by the 联络表's duty, no one else. */
class MayUrgeTest {

    private static User user(Set<Role> roles, ContactDuty duty) {
        User u = new User("someone", "某人", "x", roles, Instant.EPOCH);
        u.setContactDuty(duty);
        return u;
    }

    @Test
    void theAdministratorThePrincipalOfficerAndTheDirectlyResponsiblePersonMayUrge() {
        for (Role role : Role.values()) {
            boolean byPost = role == Role.ADMINISTRATOR || role == Role.PRINCIPAL_OFFICER;
            assertEquals(byPost, user(EnumSet.of(role), null).mayUrge(), role.name());
            for (ContactDuty duty : ContactDuty.values()) {
                assertEquals(byPost || duty == ContactDuty.DIRECT, user(EnumSet.of(role), duty).mayUrge(),
                        role + " " + duty);
            }
        }
    }
}
