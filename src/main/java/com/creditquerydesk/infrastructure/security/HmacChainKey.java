package com.creditquerydesk.infrastructure.security;

import com.creditquerydesk.domain.model.audit.ChainKey;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/** HMAC-SHA256 links for the audit chain, with a key that is never stored in the database (docs/rules.md#R30). */
public final class HmacChainKey implements ChainKey {

    private static final String ALGORITHM = "HmacSHA256";
    private final SecretKeySpec key;

    public HmacChainKey(byte[] key) {
        if (key.length != 32) {
            throw new IllegalArgumentException("the audit chain's key has 32 bytes");
        }
        this.key = new SecretKeySpec(key, ALGORITHM);
    }

    @Override
    public String mac(String canonical) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }
}
