package com.creditquerydesk.infrastructure.config;

import com.creditquerydesk.application.ServerSettings;
import com.creditquerydesk.application.intake.FileInspector;
import com.creditquerydesk.domain.model.user.IpRange;
import com.creditquerydesk.domain.model.user.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The product's settings, read through MicroProfile Config: each key can be given as a system
 * property or as an environment variable (cqd.data.dir = CQD_DATA_DIR).
 */
@ApplicationScoped
public class AppConfig implements ServerSettings {

    @Inject
    @ConfigProperty(name = "cqd.data.dir")
    Optional<String> dataDir;

    @Inject
    @ConfigProperty(name = "cqd.demo", defaultValue = "false")
    boolean demo;

    @Inject
    @ConfigProperty(name = "cqd.zone", defaultValue = "Asia/Shanghai")
    String zone;

    @Inject
    @ConfigProperty(name = "cqd.upload.max-bytes", defaultValue = "52428800")
    long maxUploadBytes;

    @Inject
    @ConfigProperty(name = "cqd.upload.max-pixels", defaultValue = "40000000")
    long maxImagePixels;

    @Inject
    @ConfigProperty(name = "cqd.upload.max-pdf-pages", defaultValue = "60")
    int maxPdfPages;

    @Inject
    @ConfigProperty(name = "cqd.request.max-json-bytes", defaultValue = "2097152")
    long maxJsonBytes;

    @Inject
    @ConfigProperty(name = "cqd.register.max-upload-bytes", defaultValue = "209715200")
    long maxRegisterUploadBytes;

    @Inject
    @ConfigProperty(name = "cqd.upload.inspection-seconds", defaultValue = "20")
    long inspectionSeconds;

    @Inject
    @ConfigProperty(name = "cqd.token.ttl-minutes", defaultValue = "480")
    long tokenTtlMinutes;

    @Inject
    @ConfigProperty(name = "cqd.session.idle-minutes", defaultValue = "30")
    long sessionIdleMinutes;

    @Inject
    @ConfigProperty(name = "cqd.terminals.required-for", defaultValue = "HANDLER,PRINCIPAL_OFFICER")
    List<String> rolesNeedingTerminal;

    @Inject
    @ConfigProperty(name = "cqd.proxies")
    Optional<List<String>> proxies;

    @Inject
    @ConfigProperty(name = "cqd.pii.key")
    Optional<String> piiKey;

    @Inject
    @ConfigProperty(name = "cqd.audit.key")
    Optional<String> auditKey;

    @Inject
    @ConfigProperty(name = "cqd.audit.checkpoint-minutes", defaultValue = "60")
    long checkpointMinutes;

    @Inject
    @ConfigProperty(name = "cqd.reply.working-days", defaultValue = "3")
    int replyWorkingDays;

    /** The OCR models and their settings (ocr.properties). */
    @Inject
    @ConfigProperty(name = "cqd.ocr.models", defaultValue = "ocr-models")
    String ocrModels;

    /** Where the database (H2), originals, keys and calendar additions live; ./data by default. */
    @Override
    public Path dataDir() {
        return Path.of(dataDir.filter(s -> !s.isBlank()).orElse(System.getProperty("user.dir") + "/data"))
                .toAbsolutePath().normalize();
    }

    @Override
    public boolean demo() {
        return demo;
    }

    @Override
    public ZoneId zone() {
        return ZoneId.of(zone);
    }

    public FileInspector.UploadLimits uploadLimits() {
        return new FileInspector.UploadLimits(maxUploadBytes, maxImagePixels, maxPdfPages);
    }

    /** The largest request body other than a file upload (JSON, the calendar file). */
    public long maxJsonBytes() {
        return maxJsonBytes;
    }

    /** The largest register file an administrator may upload for import. */
    public long maxRegisterUploadBytes() {
        return maxRegisterUploadBytes;
    }

    /** How long checking one uploaded file may take before it is refused. */
    public Duration inspectionTimeout() {
        return Duration.ofSeconds(inspectionSeconds);
    }

    public Duration tokenTtl() {
        return Duration.ofMinutes(tokenTtlMinutes);
    }

    /** A session unused for this long ends (docs/rules.md#R20). */
    public Duration sessionIdle() {
        return Duration.ofMinutes(sessionIdleMinutes);
    }

    public Optional<String> piiKey() {
        return piiKey.filter(s -> !s.isBlank());
    }

    /** The audit chain's HMAC key (docs/rules.md#R30), Base64; kept outside the database. */
    public Optional<String> auditKey() {
        return auditKey.filter(s -> !s.isBlank());
    }

    /** How often the chain's head is signed into a checkpoint when it has moved (docs/rules.md#R31). */
    public Duration checkpointInterval() {
        return Duration.ofMinutes(checkpointMinutes);
    }

    /** A reply within 3 working days (docs/rules.md#R5). */
    @Override
    public int replyWorkingDays() {
        return replyWorkingDays;
    }

    @Override
    public Set<Role> rolesNeedingTerminal() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        rolesNeedingTerminal.stream().filter(r -> !r.isBlank()).map(Role::parse).forEach(roles::add);
        return roles;
    }

    /** The reverse proxies whose X-Forwarded-For is believed (docs/rules.md#R23); none by default. */
    public List<IpRange> proxies() {
        return proxies.orElse(List.of()).stream().filter(p -> !p.isBlank()).map(IpRange::parse).toList();
    }

    public Path ocrModelsDir() {
        return Path.of(ocrModels).toAbsolutePath().normalize();
    }
}
