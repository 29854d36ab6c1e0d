package com.creditquerydesk.infrastructure.security;

import com.creditquerydesk.domain.model.candidate.CandidateKeys;
import com.creditquerydesk.infrastructure.config.AppConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

/**
 * The key for personal data comes from configuration (cqd.pii.key, Base64 of 32 bytes). Only demo
 * mode may generate one, into the data directory; a production server without a key refuses to start.
 */
@ApplicationScoped
public class PiiCipherProducer {

    @Inject
    AppConfig config;

    private volatile PiiCipher cipher;
    private volatile CandidateKeys candidateKeys;

    /** Dependent scope (PiiCipher is final, so not proxyable); the one instance is kept here. */
    @Produces
    PiiCipher cipher() {
        if (cipher == null) {
            synchronized (this) {
                if (cipher == null) {
                    cipher = new PiiCipher(key());
                }
            }
        }
        return cipher;
    }

    /** The search keys of candidates' IDs and names, under a key derived from the same one (docs/rules.md#R92). */
    @Produces
    CandidateKeys candidateKeys() {
        if (candidateKeys == null) {
            synchronized (this) {
                if (candidateKeys == null) {
                    candidateKeys = new HmacCandidateKeys(key());
                }
            }
        }
        return candidateKeys;
    }

    private byte[] key() {
        return KeyFiles.configuredOrDemo(config.piiKey(), config.dataDir().resolve("keys/pii.key"), config.demo(),
                "No key for personal data: set cqd.pii.key (CQD_PII_KEY) to the Base64 of 32 random bytes, "
                        + "e.g. `openssl rand -base64 32` (未配置个人信息加密密钥)");
    }
}
