package com.creditquerydesk.domain.model.letter;

import com.creditquerydesk.domain.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentNumberTest {

    @Test
    void partsOfAStandardNumber() {
        DocumentNumber n = DocumentNumber.parse("陕人社函〔2026〕112号");
        assertEquals("陕人社函", n.issuerCode());
        assertEquals(2026, n.year());
        assertEquals(112, n.serial());
        assertEquals("陕人社函〔2026〕112号", n.value());
        assertEquals(n.value(), n.toString());
    }

    @Test
    void everyBracketPairIsNormalised() {
        String[] open = {"〔", "[", "(", "（", "【", "﹝", "［"};
        String[] close = {"〕", "]", ")", "）", "】", "﹞", "］"};
        for (String o : open) {
            for (String c : close) {
                assertEquals("陕信用函〔2026〕7号", DocumentNumber.parse("陕信用函" + o + "2026" + c + "7号").value(), o + c);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"发改办财金〔2020〕552号", " 发改办财金 〔 2020 〕 552 号 ", "发改办财金〔2020〕第552号",
            "发改办财金〔２０２０〕５５２号", "发 改 办 财 金〔2020〕552号", "发改办财金﹝2020﹞552号"})
    void writtenVariantsOfTheSameNumber(String raw) {
        assertEquals(new DocumentNumber("发改办财金", 2020, 552), DocumentNumber.parse(raw));
    }

    @Test
    void latinLettersInTheIssuerCode() {
        assertEquals("ABC函〔2026〕1号", DocumentNumber.parse("ABC函[2026]1号").value());
    }

    @Test
    void serialsFrom1UpwardsRoundTrip() {
        for (int serial = 1; serial <= 2000; serial++) {
            String text = "陕人社函〔2026〕" + serial + "号";
            DocumentNumber n = DocumentNumber.parse(text);
            assertEquals(serial, n.serial());
            assertEquals(text, n.value());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"陕人社函〔2026〕012号", "陕人社函〔2026〕0号", "陕人社函〔26〕12号", "陕人社函2026年12号",
            "〔2026〕12号", "陕人社函〔2026〕12", "陕人社函〔1948〕12号", "", "   ", "陕人社函〔2026〕12号附件", "陕人社函〔2026〕1234567号"})
    void malformedNumbersAreRejected(String raw) {
        DomainException e = assertThrows(DomainException.class, () -> DocumentNumber.parse(raw));
        assertEquals("DOCUMENT_NUMBER_INVALID", e.code());
        assertTrue(!e.messageZh().isBlank() && !e.messageEn().isBlank());
    }

    @Test
    void constructorRules() {
        assertThrows(DomainException.class, () -> DocumentNumber.parse(null));
        assertThrows(DomainException.class, () -> new DocumentNumber(" ", 2026, 1));
        assertThrows(DomainException.class, () -> new DocumentNumber(null, 2026, 1));
        assertThrows(DomainException.class, () -> new DocumentNumber("陕", 1948, 1));
        assertThrows(DomainException.class, () -> new DocumentNumber("陕", 3000, 1));
        assertThrows(DomainException.class, () -> new DocumentNumber("陕", 2026, 0));
        assertEquals("陕〔1949〕1号", new DocumentNumber(" 陕 ", 1949, 1).value());
    }

    @Test
    void findsANumberInRunningText() {
        assertEquals(Optional.of("陕人社函〔2026〕112号"),
                DocumentNumber.find("你单位3月5日来函（陕人社函〔2026〕112号）收悉。").map(DocumentNumber::value));
        assertEquals(Optional.of("陕人社函〔2026〕12号"),
                DocumentNumber.find("陕人社函[2026]012号").map(DocumentNumber::value), "a leading zero is tolerated in OCR text");
        assertEquals(Optional.of("陕人社函〔2026〕112号"),
                DocumentNumber.find("  陕 人 社 函 〔2026〕 112 号").map(DocumentNumber::value));
        assertEquals(Optional.empty(), DocumentNumber.find("关于申请查询录用、调任人选社会信用记录的函"));
        assertEquals(Optional.empty(), DocumentNumber.find(null));
        // an impossible serial first, a real number later on the line
        assertEquals(Optional.of("陕信用函〔2026〕3号"),
                DocumentNumber.find("陕人社函〔2026〕0号；陕信用函〔2026〕3号").map(DocumentNumber::value));
    }

    @Test
    void equalityFollowsTheNormalisedValue() {
        assertEquals(DocumentNumber.parse("陕人社函[2026]112号"), DocumentNumber.parse("陕人社函〔2026〕112号"));
        assertEquals(DocumentNumber.parse("陕人社函[2026]112号").hashCode(), DocumentNumber.parse("陕人社函〔2026〕112号").hashCode());
        assertNotEquals(DocumentNumber.parse("陕人社函〔2026〕112号"), DocumentNumber.parse("陕人社函〔2025〕112号"));
    }
}
