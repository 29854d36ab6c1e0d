package com.creditquerydesk.domain.model.letter;

import com.creditquerydesk.domain.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PhoneNumberTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "029-88886666      | 029-88886666",
            "(029)88886666     | 029-88886666",
            "（029）88886666    | 029-88886666",
            "(029) 8888 6666   | 029-88886666",
            "0298888 6666      | 029-88886666",
            "02988886666       | 029-88886666",
            "029 88886666      | 029-88886666",
            "029-8888-6666     | 029-88886666",
            "０２９－８８８８６６６６ | 029-88886666",
            "010-22345678      | 010-22345678",
            "020-3456789       | 020-3456789",
            "0917-3214567      | 0917-3214567",
            "091732145678      | 0917-32145678",
            "(0911)2345678     | 0911-2345678",
            "029-88886666转8001 | 029-88886666转8001",
            "029-88886666-8001 | 029-88886666转8001",
            "029-88886666 分机 12 | 029-88886666转12",
            "029-88886666 ext. 3 | 029-88886666转3",
    })
    void landlinesAreNormalised(String raw, String expected) {
        PhoneNumber p = PhoneNumber.of(raw);
        assertEquals(expected, p.value());
        assertFalse(p.isMobile());
    }

    @Test
    void everyMobilePrefix13To19IsAcceptedAnd10To12AreNot() {
        for (int second = 0; second <= 9; second++) {
            String number = "1" + second + "912345678";
            if (second >= 3) {
                assertEquals(number, PhoneNumber.of(number).value());
                assertTrue(PhoneNumber.of(number).isMobile());
            } else {
                assertInvalid(number);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"139 1234 5678", "139-1234-5678", "+86 13912345678", "+8613912345678", "8613912345678",
            "86-139-1234-5678", "１３９１２３４５６７８", " 13912345678 "})
    void mobileFormsAreNormalised(String raw) {
        assertEquals("13912345678", PhoneNumber.of(raw).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "1391234567", "139123456789", "88886666", "029-888866", "029-888866666",
            "029-08886666", "029-18886666", "010-12345678", "0029-88886666", "29-88886666", "电话", "029-8888666a", "13912345678转1"})
    void badNumbersAreRejected(String raw) {
        DomainException e = assertInvalid(raw);
        assertFalse(e.messageZh().isBlank());
        assertFalse(e.messageEn().isBlank());
    }

    @Test
    void nullIsRejected() {
        assertInvalid(null);
    }

    @Test
    void threeDigitAreaCodesAre010And02x() {
        for (String area : new String[]{"010", "020", "021", "022", "023", "024", "025", "027", "028", "029"}) {
            assertEquals(area + "-88886666", PhoneNumber.of(area + "88886666").value());
        }
        for (String area : new String[]{"0311", "0351", "0471", "0531", "0791", "0851", "0911", "0931"}) {
            assertEquals(area + "-8888666", PhoneNumber.of(area + "8888666").value());
        }
    }

    @Test
    void findsTheFirstNumberInALine() {
        assertEquals(Optional.of("029-88886666"),
                PhoneNumber.find("联系人：张三，电话：029-88886666，手机13912345678").map(PhoneNumber::value));
        assertEquals(Optional.of("13912345678"),
                PhoneNumber.find("联系人：张三 13912345678；办公室 029-88886666").map(PhoneNumber::value));
        assertEquals(Optional.of("0917-3214567"), PhoneNumber.find("电话:(0917)3214567").map(PhoneNumber::value));
        assertEquals(Optional.of("029-88886666"), PhoneNumber.find("联系电话：０２９－８８８８６６６６").map(PhoneNumber::value));
    }

    @Test
    void findIgnoresIdNumbersDatesAndDocumentNumbers() {
        assertTrue(PhoneNumber.find("身份证号码 610102198506150110 张三").isEmpty());
        assertTrue(PhoneNumber.find("身份证号码 130102198506150110 张三").isEmpty());
        assertTrue(PhoneNumber.find("2026-03-05 陕人社函〔2026〕112号").isEmpty());
        assertTrue(PhoneNumber.find(null).isEmpty());
        assertTrue(PhoneNumber.find("").isEmpty());
    }

    @Test
    void equalityFollowsTheNormalisedValue() {
        assertEquals(PhoneNumber.of("(029)88886666"), PhoneNumber.of("029-8888 6666"));
        assertEquals(PhoneNumber.of("(029)88886666").hashCode(), PhoneNumber.of("029-8888 6666").hashCode());
        assertEquals("029-88886666", PhoneNumber.of("(029)88886666").toString());
    }

    private static DomainException assertInvalid(String raw) {
        DomainException e = assertThrows(DomainException.class, () -> PhoneNumber.of(raw), () -> "should be invalid: " + raw);
        assertEquals("PHONE_NUMBER_INVALID", e.code());
        return e;
    }
}
