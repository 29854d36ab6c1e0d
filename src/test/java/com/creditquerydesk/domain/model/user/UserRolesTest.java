package com.creditquerydesk.domain.model.user;

import com.creditquerydesk.domain.shared.DomainException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** 三员分立 (docs/rules.md#R22): every pair of roles, allowed or refused. */
class UserRolesTest {

    static Stream<Set<Role>> everyPair() {
        return Arrays.stream(Role.values()).flatMap(a -> Arrays.stream(Role.values()).filter(b -> b.ordinal() > a.ordinal())
                .map(b -> EnumSet.of(a, b)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyPair")
    void anAdministratorHoldsNoOtherRole(Set<Role> roles) {
        boolean administrator = roles.stream().anyMatch(Role::administers);
        User user = new User("someone", "某人", "hash", EnumSet.of(Role.HANDLER), Instant.EPOCH);
        if (administrator) {
            DomainException e = assertThrows(DomainException.class, () -> user.setRoles(roles));
            assertEquals("ROLES_SEPARATED", e.code());
            assertEquals(DomainException.Kind.CONFLICT, e.kind());
            assertEquals(EnumSet.of(Role.HANDLER), user.roles(), "a refused change changes nothing");
            assertThrows(DomainException.class, () -> new User("other", "某人", "hash", roles, Instant.EPOCH));
        } else {
            user.setRoles(roles);
            assertEquals(roles, user.roles());
        }
    }

    @ParameterizedTest(name = "{0} alone")
    @MethodSource("administrators")
    void eachAdministratorRoleAloneIsAllowed(Role role) {
        assertEquals(EnumSet.of(role), new User("admin2", "某人", "hash", EnumSet.of(role), Instant.EPOCH).roles());
    }

    static Stream<Role> administrators() {
        return Stream.of(Role.ADMINISTRATOR, Role.SECURITY_ADMINISTRATOR, Role.AUDITOR);
    }
}
