package com.creditquerydesk.domain.model.user;

import com.creditquerydesk.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MobileNumberTest {

    @Test
    void elevenDigitsFrom13To19AsPeopleWriteThem() {
        assertEquals("13912345678", new MobileNumber("139 1234 5678").digits());
        assertEquals("13912345678", new MobileNumber("+86 139-1234-5678").digits());
        assertEquals("139****5678", new MobileNumber("13912345678").masked());
        for (String bad : new String[]{null, "", "12912345678", "1391234567", "139123456789", "0291234567x"}) {
            assertThrows(DomainException.class, () -> new MobileNumber(bad), String.valueOf(bad));
        }
    }
}
