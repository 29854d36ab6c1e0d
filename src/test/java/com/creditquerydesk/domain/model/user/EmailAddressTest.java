package com.creditquerydesk.domain.model.user;

import com.creditquerydesk.domain.shared.DomainException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EmailAddressTest {

    @ParameterizedTest
    @CsvSource({"wang.min@XYZX.gov.cn, wang.min@xyzx.gov.cn", "' a_b+1@mail.example.cn ', a_b+1@mail.example.cn",
            "Li@Example.COM, Li@example.com"})
    void anAddressIsTrimmedAndItsDomainLowerCased(String given, String kept) {
        assertEquals(kept, new EmailAddress(given).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "wang", "wang@", "@xyzx.gov.cn", "wang@localhost", "王敏@xyzx.gov.cn", "a b@x.cn"})
    void notAnAddressIsRefused(String given) {
        assertEquals("EMAIL_INVALID", assertThrows(DomainException.class, () -> new EmailAddress(given)).code());
    }
}
