package com.creditquerydesk.domain.model.user;

import com.creditquerydesk.domain.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetAddress;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Registered terminals (专机, docs/rules.md#R23): what a range is, what it holds, and who needs one. */
class IpRangeTest {

    private static InetAddress at(String literal) {
        return IpRange.literal(literal).orElseThrow();
    }

    @ParameterizedTest(name = "{0} holds {1}: {2}")
    @CsvSource({
            "10.1.2.3, 10.1.2.3, true", "10.1.2.3, 10.1.2.4, false",
            "10.1.2.0/24, 10.1.2.255, true", "10.1.2.0/24, 10.1.3.0, false",
            "10.1.2.77/24, 10.1.2.1, true", "172.16.0.0/12, 172.31.255.255, true", "172.16.0.0/12, 172.32.0.0, false",
            "0.0.0.0/0, 8.8.8.8, true", "127.0.0.0/8, 127.255.0.1, true",
            "::1, ::1, true", "::1, 127.0.0.1, false", "fe80::/10, fe80::1:2, true", "fe80::/10, fec0::1, false",
            "2001:db8::/32, 2001:db8:ffff::1, true", "10.0.0.0/8, ::1, false"})
    void aRangeHoldsTheAddressesOfItsPrefix(String range, String address, boolean holds) {
        assertEquals(holds, IpRange.parse(range).contains(at(address)));
    }

    @ParameterizedTest
    @CsvSource({"10.1.2.77/24, 10.1.2.0/24", "10.1.2.3/32, 10.1.2.3", "' 10.1.2.3 ', 10.1.2.3",
            "0:0:0:0:0:0:0:1, 0:0:0:0:0:0:0:1"})
    void aRangeIsWrittenCanonically(String text, String canonical) {
        assertEquals(canonical, IpRange.parse(text).toString());
        assertEquals(IpRange.parse(canonical), IpRange.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "localhost", "example.org", "10.1.2", "10.1.2.256", "10.1.2.3/33", "10.1.2.3/-1",
            "10.1.2.3/x", "::1/129", "1.2.3.4.5", "01.2.3.4/8x"})
    void anythingButAnAddressLiteralIsRefusedWithoutAskingANameServer(String text) {
        assertEquals("TERMINAL_INVALID", assertThrows(DomainException.class, () -> IpRange.parse(text)).code());
    }

    @Test
    void anAccountWorksFromItsTerminalsOrWhereItsRolesNeedNone() {
        Set<Role> needing = EnumSet.of(Role.HANDLER, Role.PRINCIPAL_OFFICER);
        User handler = new User("handler9", "某人", "hash", EnumSet.of(Role.HANDLER), Instant.EPOCH);
        assertFalse(handler.mayWorkFrom(at("10.1.2.3"), needing), "a handler with no terminal works nowhere");
        handler.registerTerminals(Set.of(IpRange.parse("10.1.2.0/24")));
        assertTrue(handler.mayWorkFrom(at("10.1.2.3"), needing));
        assertFalse(handler.mayWorkFrom(at("10.1.3.3"), needing));
        assertFalse(handler.mayWorkFrom(null, needing), "an address that could not be read");

        User reviewer = new User("reviewer9", "某人", "hash", EnumSet.of(Role.REVIEWER), Instant.EPOCH);
        assertTrue(reviewer.mayWorkFrom(at("10.9.9.9"), needing), "no terminal needed, none registered");
        reviewer.registerTerminals(Set.of(IpRange.parse("10.1.2.3")));
        assertFalse(reviewer.mayWorkFrom(at("10.9.9.9"), needing), "once registered, only there");
        assertTrue(handler.mayWorkFrom(at("10.1.2.3"), EnumSet.noneOf(Role.class)));
    }
}
