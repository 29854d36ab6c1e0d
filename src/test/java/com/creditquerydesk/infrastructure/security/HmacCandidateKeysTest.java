package com.creditquerydesk.infrastructure.security;

import com.creditquerydesk.domain.model.candidate.IdNumber;
import com.creditquerydesk.domain.model.candidate.SearchTerm;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The search keys of docs/rules.md#R92: HMAC-SHA256 of the normalised ID or name under a key derived from the PII key. */
class HmacCandidateKeysTest {

    private static final byte[] PII_KEY = new byte[32];
    private static final String ID = "61010219900307123" + IdNumber.checkCharacter("61010219900307123");
    private final HmacCandidateKeys keys = new HmacCandidateKeys(PII_KEY);

    static {
        Arrays.fill(PII_KEY, (byte) 7);
    }

    private static String hmacHex(byte[] key, String text) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void anIdKeyIsTheHmacOfItsNormalFormUnderTheDerivedKey() throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(PII_KEY, "HmacSHA256"));
        byte[] derived = mac.doFinal(HmacCandidateKeys.PURPOSE.getBytes(StandardCharsets.UTF_8));
        assertEquals(hmacHex(derived, "id:" + ID), keys.idKey(IdNumber.parse(ID)));
        assertEquals(64, keys.idKey(IdNumber.parse(ID)).length());
        // not keyed by the AES key itself
        assertNotEquals(hmacHex(PII_KEY, "id:" + ID), keys.idKey(IdNumber.parse(ID)));
    }

    @Test
    void theSameIdTypedAnyWayHasOneKey() {
        String key = keys.idKey(IdNumber.parse(ID));
        for (String typed : new String[]{" " + ID, ID.substring(0, 6) + " " + ID.substring(6), "６１０１０２" + ID.substring(6),
                ID.substring(0, 6) + "-" + ID.substring(6, 14) + "-" + ID.substring(14)}) {
            assertEquals(key, keys.idKey(SearchTerm.parse(typed).orElseThrow().id().orElseThrow()), typed);
        }
    }

    @Test
    void anotherIdOrAnotherKeyGivesAnotherHash() {
        String other = "61010219900307124" + IdNumber.checkCharacter("61010219900307124");
        assertNotEquals(keys.idKey(IdNumber.parse(ID)), keys.idKey(IdNumber.parse(other)));
        byte[] otherKey = PII_KEY.clone();
        otherKey[0] ^= 1;
        assertNotEquals(keys.idKey(IdNumber.parse(ID)), new HmacCandidateKeys(otherKey).idKey(IdNumber.parse(ID)));
    }

    @Test
    void namesAreKeyedInTheirStoredFormAndApartFromIds() {
        assertEquals(keys.nameKey("罗勇"), keys.nameKey(" 罗 勇 "));
        assertEquals(keys.nameKey("阿依古丽·买买提"), keys.nameKey("阿依古丽•买买提"));
        assertEquals(keys.nameKey("ＡＢＣ"), keys.nameKey("ABC"));
        assertNotEquals(keys.nameKey("罗勇"), keys.nameKey("罗永"));
        assertNotEquals(keys.nameKey(ID), keys.idKey(IdNumber.parse(ID)), "a name that is an ID's text is no ID key");
        assertNull(keys.nameKey(" "));
        assertNull(keys.nameKey(null));
    }

    @Test
    void theClearIdIsNotInTheKey() {
        assertTrue(keys.idKey(IdNumber.parse(ID)).matches("[0-9a-f]{64}"));
    }
}
