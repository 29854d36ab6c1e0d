package com.creditquerydesk.domain.model.register;

import com.creditquerydesk.domain.model.candidate.IdNumber;

import java.time.LocalDate;

/** Builds valid ID numbers for tests (GB 11643 check character computed, never hard-coded). */
public final class TestIds {

    private TestIds() {
    }

    /** region (6) + birth date + sequence (3) + the right check character. */
    public static IdNumber id(String region, LocalDate birth, int sequence) {
        String first17 = region + birth.toString().replace("-", "") + String.format("%03d", sequence);
        return IdNumber.parse(first17 + IdNumber.checkCharacter(first17));
    }

    /**
     * A full number that the masked one stands for: the first birth date in the masked year whose
     * check character agrees with the visible last character, after {@code skip} earlier ones.
     */
    public static IdNumber fullFor(String masked, int skip) {
        String m = masked.toUpperCase();
        int year = Integer.parseInt(m.substring(6, 10));
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            String first17 = m.substring(0, 10) + String.format("%02d%02d", d.getMonthValue(), d.getDayOfMonth())
                    + m.substring(14, 17);
            if (IdNumber.checkCharacter(first17) == m.charAt(17) && skip-- == 0) {
                return IdNumber.parse(first17 + m.charAt(17));
            }
        }
        throw new IllegalArgumentException("no birth date fits " + masked.substring(0, 6));
    }

    /** The register's masked form of a full number. */
    public static String mask(IdNumber id) {
        return id.value().substring(0, 10) + "****" + id.value().substring(14);
    }

    /** A valid 统一社会信用代码 (GB 32100-2015) from its first 17 characters. */
    public static String creditCode(String first17) {
        String chars = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int[] w = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += chars.indexOf(first17.charAt(i)) * w[i];
        }
        return first17 + chars.charAt((31 - sum % 31) % 31);
    }
}
