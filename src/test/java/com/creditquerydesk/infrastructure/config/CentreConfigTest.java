package com.creditquerydesk.infrastructure.config;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CentreConfigTest {

    private static CentreConfig centre(boolean demo, String name, String contact, String phone) {
        CentreConfig c = new CentreConfig();
        c.config = new AppConfig();
        c.config.demo = demo;
        c.name = Optional.ofNullable(name);
        c.contact = Optional.ofNullable(contact);
        c.phone = Optional.ofNullable(phone);
        return c;
    }

    @Test
    void aRealServerWithoutTheCentresDetailsRefusesToStartAndSaysWhatIsMissing() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> centre(false, "某省公共信用信息中心", " ", null).requireConfigured());
        assertTrue(e.getMessage().contains("CQD_CENTRE_CONTACT"), e.getMessage());
        assertTrue(e.getMessage().contains("CQD_CENTRE_PHONE"), e.getMessage());
        assertTrue(!e.getMessage().contains("CQD_CENTRE_NAME"), e.getMessage());
    }

    @Test
    void aConfiguredCentreIsPrintedAsConfigured() {
        CentreConfig c = centre(false, " 某省公共信用信息中心 ", "李华", "0371-12345678");
        assertDoesNotThrow(c::requireConfigured);
        assertEquals("某省公共信用信息中心", c.name());
        assertEquals("李华", c.contact());
        assertEquals("0371-12345678", c.phone());
    }

    @Test
    void onlyDemoModeFallsBackToItsSample() {
        CentreConfig c = centre(true, null, null, null);
        assertDoesNotThrow(c::requireConfigured);
        assertEquals(CentreConfig.DEMO_NAME, c.name());
        assertEquals(CentreConfig.DEMO_CONTACT, c.contact());
        assertEquals(CentreConfig.DEMO_PHONE, c.phone());
    }
}
