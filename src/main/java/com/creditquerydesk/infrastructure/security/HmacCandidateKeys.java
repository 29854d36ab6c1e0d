package com.creditquerydesk.infrastructure.security;

import com.creditquerydesk.domain.model.candidate.CandidateKeys;
import com.creditquerydesk.domain.model.candidate.IdNumber;
import com.creditquerydesk.domain.model.candidate.PersonName;
import com.creditquerydesk.domain.model.candidate.SearchTerm;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * HMAC-SHA256 search keys (docs/rules.md#R92) under a key derived from the personal-data key ({@code CQD_PII_KEY}):
 * HMAC-SHA256(personal-data key, "{@value #PURPOSE}"), so the AES key itself never keys a hash and every server with
 * the same personal-data key computes the same keys. An ID's key and a name's are told apart by a prefix.
 */
public final class HmacCandidateKeys implements CandidateKeys {

    static final String PURPOSE = "credit-query-desk candidate search keys v1";
    private final SecretKeySpec key;

    public HmacCandidateKeys(byte[] piiKey) {
        this.key = new SecretKeySpec(hmac(new SecretKeySpec(piiKey, "HmacSHA256"), PURPOSE), "HmacSHA256");
    }

    @Override
    public String idKey(IdNumber id) {
        return HexFormat.of().formatHex(hmac(key, "id:" + SearchTerm.normaliseId(id.value())));
    }

    @Override
    public String nameKey(String name) {
        String normalised = PersonName.normalise(name);
        return normalised.isEmpty() ? null : HexFormat.of().formatHex(hmac(key, "name:" + normalised));
    }

    private static byte[] hmac(SecretKeySpec key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
