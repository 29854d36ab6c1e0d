package com.creditquerydesk.domain.model.candidate;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegionCodesTest {

    private final RegionCodes codes = RegionCodes.standard();

    @Test
    void theBundledListIsLoadedOnce() {
        assertSame(codes, RegionCodes.standard());
        // 3,682 current + 3,593 historical codes (regions/README.md)
        assertEquals(7275, codes.size());
    }

    @Test
    void provincesAreExactlyThoseOfDomainMd() {
        Set<String> expected = new HashSet<>(Arrays.asList(TestIds.PROVINCES));
        for (int p = 0; p < 100; p++) {
            String code = String.format("%02d", p);
            assertEquals(expected.contains(code), codes.provinceExists(code), code);
        }
        assertFalse(codes.provinceExists(null));
        assertFalse(codes.provinceExists("6"));
        assertFalse(codes.provinceExists("610"));
    }

    @Test
    void currentCodesHaveTheirNames() {
        assertEquals(Optional.of("陕西省"), codes.name("610000"));
        assertEquals(Optional.of("西安市"), codes.name("610100"));
        assertEquals(Optional.of("新城区"), codes.name("610102"));
        assertEquals(Optional.of("雁塔区"), codes.name("610113"));
        assertEquals(Optional.of("鄠邑区"), codes.name("610118"));
        assertEquals(Optional.of("朝阳区"), codes.name("110105"));
        assertEquals(Optional.of("中西区"), codes.name("810001"));
    }

    @Test
    void historicalCodesAreKnown() {
        assertEquals(Optional.of("崇文区"), codes.name("110103")); // merged into 东城区, 2010
        assertEquals(Optional.of("宣武区"), codes.name("110104")); // merged into 西城区, 2010
        assertEquals(Optional.of("户县"), codes.name("610125"));   // became 鄠邑区 610118, 2016
        assertEquals(Optional.of("长安县"), codes.name("610121")); // became 长安区 610116, 2002
        assertTrue(codes.countyKnown("610125"));
    }

    @Test
    void unknownAndMalformedCodesAreNotKnown() {
        for (String c : new String[]{"619999", "000000", "830000", "61010", "6101020", "", "abcdef", null}) {
            assertFalse(codes.countyKnown(c), String.valueOf(c));
            assertTrue(codes.name(c).isEmpty(), String.valueOf(c));
        }
    }

    @Test
    void everyLineOfTheFileIsKnownAndBelongsToAProvinceOfTheList() throws IOException {
        int lines = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                RegionCodes.class.getResourceAsStream(RegionCodes.RESOURCE), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String code = line.substring(0, 6);
                assertTrue(codes.countyKnown(code), line);
                assertEquals(Optional.of(line.substring(7)), codes.name(code));
                assertTrue(codes.provinceExists(code.substring(0, 2)), line);
                lines++;
            }
        }
        assertEquals(codes.size(), lines);
    }

    @Test
    void parsesTheFileFormat() {
        RegionCodes small = RegionCodes.parse(new StringReader("""
                # a comment
                610000 陕西省

                  610102   新城区
                110000 北京市
                """));
        assertEquals(3, small.size());
        assertEquals(Optional.of("新城区"), small.name("610102"));
        assertTrue(small.provinceExists("61"));
        assertTrue(small.provinceExists("11"));
        assertFalse(small.provinceExists("12"));
    }

    @Test
    void rejectsMalformedLinesAndDuplicates() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RegionCodes.parse(new StringReader("610000 陕西省\n61010 新城区\n")));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RegionCodes.parse(new StringReader("610000\n")));
        e = assertThrows(IllegalArgumentException.class,
                () -> RegionCodes.parse(new StringReader("610000 陕西省\n610000 陕西\n")));
        assertTrue(e.getMessage().contains("twice"), e.getMessage());
    }
}
