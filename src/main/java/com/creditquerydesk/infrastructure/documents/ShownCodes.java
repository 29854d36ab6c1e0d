package com.creditquerydesk.infrastructure.documents;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two-byte character codes in the hex strings of a content stream: with Identity-H fonts (all fonts of a
 * reply) these are the CIDs the page shows. Fonts are not told apart; an over-approximation is fine for
 * {@link CffCompactor}, which only must not drop a shown glyph.
 */
final class ShownCodes {

    private static final Pattern HEX_STRING = Pattern.compile("(?<![<])<([0-9A-Fa-f\\s]+)>(?![>])");

    private ShownCodes() {
    }

    static void addTo(Set<Integer> codes, byte[] content) {
        Matcher m = HEX_STRING.matcher(new String(content, StandardCharsets.ISO_8859_1));
        while (m.find()) {
            String hex = m.group(1).replaceAll("\\s", "");
            for (int i = 0; i + 4 <= hex.length(); i += 4) {
                codes.add(Integer.parseInt(hex.substring(i, i + 4), 16));
            }
        }
    }
}
