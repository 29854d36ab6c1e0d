package com.creditquerydesk.infrastructure.documents;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class FontSubsetToolsTest {

    @Test
    void shownCodesAreTheTwoByteCodesOfHexStrings() {
        Set<Integer> codes = new HashSet<>();
        ShownCodes.addTo(codes, "q BT /F1 16 Tf <0001>Tj [<073110bf> -20 <0651>]TJ ET << /Dict 1 >> (lit) Tj Q"
                .getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(Set.of(0x0001, 0x0731, 0x10bf, 0x0651), codes);
    }

    @Test
    void anythingButACidKeyedCffIsLeftAsItIs() {
        byte[] notCff = "%PDF-1.7 not a font".getBytes(StandardCharsets.ISO_8859_1);
        assertSame(notCff, CffCompactor.compact(notCff, Set.of(1)));
        byte[] empty = new byte[0];
        assertSame(empty, CffCompactor.compact(empty, Set.of()));
    }
}
