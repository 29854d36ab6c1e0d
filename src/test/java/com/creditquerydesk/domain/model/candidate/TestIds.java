package com.creditquerydesk.domain.model.candidate;

import java.time.LocalDate;
import java.util.Random;

/** Builds valid ID numbers for tests by computing the check character here, independently of IdNumber. */
final class TestIds {

    /** Province prefixes as docs/domain.md#id-number lists them. */
    static final String[] PROVINCES = {"11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35",
            "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
            "71", "81", "82"};

    private TestIds() {
    }

    /** Check character: (12 - sum mod 11) mod 11, with 10 written X (the closed form of GB 11643's table). */
    static char check(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int weight = (1 << (17 - i)) % 11; // GB 11643: W_i = 2^(i-1) mod 11, counted from the right
            sum += (first17.charAt(i) - '0') * weight;
        }
        int v = (12 - sum % 11) % 11;
        return v == 10 ? 'X' : (char) ('0' + v);
    }

    static String id(String region, LocalDate birth, int sequence) {
        String first17 = region + String.format("%04d%02d%02d%03d", birth.getYear(), birth.getMonthValue(),
                birth.getDayOfMonth(), sequence);
        return first17 + check(first17);
    }

    /** A random valid ID: a real county (610102, 110105, 440305 …), a birth date 1940–2005, any sequence. */
    static String random(Random r) {
        String[] regions = {"610102", "610113", "110105", "440305", "320102", "510104", "650102", "460105", "130102"};
        LocalDate birth = LocalDate.of(1940, 1, 1).plusDays(r.nextInt(365 * 65));
        return id(regions[r.nextInt(regions.length)], birth, r.nextInt(1000));
    }
}
