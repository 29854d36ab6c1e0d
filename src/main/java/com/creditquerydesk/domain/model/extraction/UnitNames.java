package com.creditquerydesk.domain.model.extraction;

import java.util.regex.Pattern;

/**
 * What the name of a sending unit looks like (docs/rules.md#R72): at least four characters, of Chinese characters,
 * digits, brackets and the middle dot only, ending like an organ (厅 局 部 委员会 办公室 中心 …, a bracketed addition
 * allowed after it). Used to find the unit's line and to mark a read unit that does not look like one.
 */
public final class UnitNames {

    private static final Pattern SUFFIX =
            Pattern.compile("(厅|局|部|委|委员会|办公室|办公厅|中心|政府|院|校|学|会|所|处|站|队|公司|集团|银行)(（[^）]*）)?$");
    private static final Pattern CHARACTERS = Pattern.compile("[\\p{IsHan}0-9（）()·]+");

    private UnitNames() {
    }

    /** Ends like the name of an organ, ignoring what comes before. */
    public static boolean endsLikeUnit(String s) {
        return s.length() >= 4 && SUFFIX.matcher(s).find();
    }

    /** The whole value could be a unit's name. */
    public static boolean looksLikeUnit(String s) {
        return endsLikeUnit(s) && CHARACTERS.matcher(s).matches();
    }
}
