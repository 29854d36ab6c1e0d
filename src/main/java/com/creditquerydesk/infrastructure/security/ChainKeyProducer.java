package com.creditquerydesk.infrastructure.security;

import com.creditquerydesk.domain.model.audit.ChainKey;
import com.creditquerydesk.infrastructure.config.AppConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

/**
 * The audit chain's HMAC key comes from configuration (cqd.audit.key, Base64 of 32 bytes), like the key for
 * personal data and separate from it (docs/rules.md#R30). Only demo mode may generate one, into the data
 * directory; a production server without it refuses to start (the chain is checked at start-up).
 */
@ApplicationScoped
public class ChainKeyProducer {

    @Inject
    AppConfig config;

    private volatile ChainKey key;

    @Produces
    ChainKey key() {
        if (key == null) {
            synchronized (this) {
                if (key == null) {
                    key = new HmacChainKey(KeyFiles.configuredOrDemo(config.auditKey(),
                            config.dataDir().resolve("keys/audit.key"), config.demo(),
                            "No key for the audit chain: set cqd.audit.key (CQD_AUDIT_KEY) to the Base64 of 32 random "
                                    + "bytes, e.g. `openssl rand -base64 32`, kept apart from the database "
                                    + "(未配置审计链密钥)"));
                }
            }
        }
        return key;
    }
}
