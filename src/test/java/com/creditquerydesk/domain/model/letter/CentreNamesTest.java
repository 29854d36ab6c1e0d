package com.creditquerydesk.domain.model.letter;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which addressees name this centre (docs/rules.md#R85). */
class CentreNamesTest {

    private static final CentreNames SHAANXI = new CentreNames("陕西省公共信用信息中心",
            List.of("省信息中心", "省信用办", "省公共信用信息中心"));

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "陕西省公共信用信息中心, true",
            "陕西省公共信用信息中心：, true",
            "' 陕西省公共信用信息中心 ', true",
            "省信息中心（省信用办）, true",
            "省信息中心(省信用办), true",
            "省公共信用信息中心, true",
            "'', true",                       // nothing read: nothing to warn of
            "国家公共信用信息中心, false",
            "河南省公共信用信息中心, false",     // contains an alias, but is another centre
            "陕西省发展和改革委员会, false",
    })
    void anAddresseeIsThisCentreByNameOrAlias(String addressee, boolean ours) {
        assertEquals(ours, SHAANXI.addressedBy(addressee));
    }
}
