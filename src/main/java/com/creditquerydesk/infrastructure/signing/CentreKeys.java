package com.creditquerydesk.infrastructure.signing;

import com.creditquerydesk.domain.shared.DomainException;
import com.creditquerydesk.domain.shared.DomainException.Kind;
import com.creditquerydesk.infrastructure.config.AppConfig;
import com.creditquerydesk.infrastructure.config.CentreConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The centre's PKCS#12 key from configuration, read once; only demo mode may generate a self-signed one. It signs
 * replies (PAdES) and the audit trail's checkpoints and exports (docs/rules.md#R31, #R34).
 */
@ApplicationScoped
public class CentreKeys {

    private static final Logger LOG = Logger.getLogger(CentreKeys.class.getName());

    @Inject
    CentreConfig centre;

    @Inject
    AppConfig config;

    private volatile CentreKey key;

    public CentreKey key() {
        if (key == null) {
            synchronized (this) {
                if (key == null) {
                    key = load();
                }
            }
        }
        return key;
    }

    private CentreKey load() {
        Optional<Path> configured = centre.pkcs12();
        if (configured.isPresent()) {
            char[] password = centre.pkcs12Password().orElseThrow(() -> new DomainException(Kind.CONFLICT,
                    "SIGNING_NOT_CONFIGURED", "未配置签名证书口令（cqd.signing.password）",
                    "the signing key's password (cqd.signing.password) is not configured"));
            return CentreKey.load(configured.get(), password, centre.alias());
        }
        if (!config.demo()) {
            throw new DomainException(Kind.CONFLICT, "SIGNING_NOT_CONFIGURED",
                    "未配置本中心的签名证书（cqd.signing.pkcs12），无法签名", "no signing key is configured (cqd.signing.pkcs12)");
        }
        Path demo = config.dataDir().resolve("keys/demo-signing.p12");
        char[] password = "demo-signing".toCharArray();
        if (DemoCertificates.ensure(demo, password, centre.alias(), centre.name())) {
            LOG.warning("DEMO MODE: generated a self-signed signing certificate in " + demo);
        }
        return CentreKey.load(demo, password, centre.alias());
    }
}
