package com.creditquerydesk.infrastructure.config;

import com.creditquerydesk.application.ServerSettings;
import com.creditquerydesk.application.intake.FileInspector;
import com.creditquerydesk.domain.model.user.IpRange;
import com.creditquerydesk.domain.model.user.PasswordPolicy;
import com.creditquerydesk.domain.model.user.Role;
import com.creditquerydesk.domain.model.user.SecondFactor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

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
    @ConfigProperty(name = "cqd.second-factor.required-for",
            defaultValue = "REGISTRY_CLERK,CORRECTION_CLERK,HANDLER,REVIEWER,PRINCIPAL_OFFICER,AUDITOR,ADMINISTRATOR,"
                    + "SECURITY_ADMINISTRATOR")
    List<String> rolesNeedingSecondFactor;

    @Inject
    @ConfigProperty(name = "cqd.second-factor.factors", defaultValue = "TOTP,SMS")
    List<String> secondFactors;

    @Inject
    @ConfigProperty(name = "cqd.password.max-age-days", defaultValue = "90")
    int passwordMaxAgeDays;

    @Inject
    @ConfigProperty(name = "cqd.sms.url")
    Optional<String> smsUrl;

    /** The body posted to the SMS platform: {mobile} and {text} are replaced (JSON-escaped when the type is JSON). */
    @Inject
    @ConfigProperty(name = "cqd.sms.body", defaultValue = "{\"mobile\":\"{mobile}\",\"content\":\"{text}\"}")
    String smsBody;

    @Inject
    @ConfigProperty(name = "cqd.sms.content-type", defaultValue = "application/json")
    String smsContentType;

    /** An Authorization header value for the SMS platform, if it wants one. */
    @Inject
    @ConfigProperty(name = "cqd.sms.authorization")
    Optional<String> smsAuthorization;

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

    /** The same variable sizes the reading executor (configure-server.cli). */
    @Inject
    @ConfigProperty(name = "cqd.extraction.concurrency", defaultValue = "2")
    int extractionConcurrency;

    @Inject
    @ConfigProperty(name = "cqd.reply.working-days", defaultValue = "3")
    int replyWorkingDays;

    /** The OCR models and their settings (ocr.properties). */
    @Inject
    @ConfigProperty(name = "cqd.ocr.models", defaultValue = "ocr-models")
    String ocrModels;

    /** The scanner's folder (docs/rules.md#R60); unset, no folder is watched. */
    @Inject
    @ConfigProperty(name = "cqd.intake.dir")
    Optional<String> intakeDir;

    /** How often the scanner's folder is looked at: a file unchanged over one interval is complete. */
    @Inject
    @ConfigProperty(name = "cqd.intake.poll-seconds", defaultValue = "10")
    long intakePollSeconds;

    /** The centre's mailbox for letters (docs/rules.md#R62); unset, no mailbox is read. */
    @Inject
    @ConfigProperty(name = "cqd.smtp.host")
    Optional<String> smtpHost;

    @Inject
    @ConfigProperty(name = "cqd.smtp.port", defaultValue = "25")
    int smtpPort;

    @Inject
    @ConfigProperty(name = "cqd.smtp.user")
    Optional<String> smtpUser;

    @Inject
    @ConfigProperty(name = "cqd.smtp.password")
    Optional<String> smtpPassword;

    @Inject
    @ConfigProperty(name = "cqd.smtp.from", defaultValue = "noreply@localhost")
    String smtpFrom;

    @Inject
    @ConfigProperty(name = "cqd.smtp.starttls", defaultValue = "false")
    boolean smtpStartTls;

    @Inject
    @ConfigProperty(name = "cqd.notify.sms", defaultValue = "false")
    boolean notifyBySms;

    @Inject
    @ConfigProperty(name = "cqd.digest.time", defaultValue = "08:30")
    String digestTime;

    @Inject
    @ConfigProperty(name = "cqd.s3.endpoint")
    Optional<String> s3Endpoint;

    @Inject
    @ConfigProperty(name = "cqd.s3.bucket")
    Optional<String> s3Bucket;

    @Inject
    @ConfigProperty(name = "cqd.s3.region", defaultValue = "us-east-1")
    String s3Region;

    @Inject
    @ConfigProperty(name = "cqd.s3.access-key")
    Optional<String> s3AccessKey;

    @Inject
    @ConfigProperty(name = "cqd.s3.secret-key")
    Optional<String> s3SecretKey;

    @Inject
    @ConfigProperty(name = "cqd.s3.path-style", defaultValue = "true")
    boolean s3PathStyle;

    @Inject
    @ConfigProperty(name = "cqd.blob.grace-hours", defaultValue = "24")
    long blobGraceHours;

    @Inject
    @ConfigProperty(name = "cqd.blob.sweep-time", defaultValue = "03:00")
    String blobSweepTime;

    @Inject
    @ConfigProperty(name = "cqd.mail.host")
    Optional<String> mailHost;

    @Inject
    @ConfigProperty(name = "cqd.mail.port", defaultValue = "993")
    int mailPort;

    /** imaps (TLS, the default) or imap. */
    @Inject
    @ConfigProperty(name = "cqd.mail.protocol", defaultValue = "imaps")
    String mailProtocol;

    @Inject
    @ConfigProperty(name = "cqd.mail.user")
    Optional<String> mailUser;

    @Inject
    @ConfigProperty(name = "cqd.mail.password")
    Optional<String> mailPassword;

    @Inject
    @ConfigProperty(name = "cqd.mail.folder", defaultValue = "INBOX")
    String mailFolder;

    @Inject
    @ConfigProperty(name = "cqd.mail.poll-seconds", defaultValue = "60")
    long mailPollSeconds;

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
    public int extractionConcurrency() {
        return extractionConcurrency;
    }

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

    @Override
    public Set<Role> rolesNeedingSecondFactor() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        rolesNeedingSecondFactor.stream().filter(r -> !r.isBlank()).map(Role::parse).forEach(roles::add);
        return roles;
    }

    @Override
    public Set<SecondFactor> secondFactors() {
        Set<SecondFactor> factors = EnumSet.noneOf(SecondFactor.class);
        secondFactors.stream().filter(f -> !f.isBlank()).map(f -> SecondFactor.valueOf(f.strip().toUpperCase(Locale.ROOT)))
                .forEach(factors::add);
        return factors;
    }

    @Override
    public PasswordPolicy passwordPolicy() {
        PasswordPolicy p = passwordPolicy;
        if (p == null) {
            p = new PasswordPolicy(commonPasswords(), Duration.ofDays(passwordMaxAgeDays));
            passwordPolicy = p;
        }
        return p;
    }

    private volatile PasswordPolicy passwordPolicy;

    /** The bundled list (a file, so that it grows without a code change: docs/rules.md#R25). */
    private static Set<String> commonPasswords() {
        try (InputStream in = AppConfig.class.getResourceAsStream("/passwords/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("the bundled list /passwords/common-passwords.txt is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(l -> l.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The SMS platform's address; none means no SMS outside demo mode. */
    public Optional<URI> smsUrl() {
        return smsUrl.filter(s -> !s.isBlank()).map(URI::create);
    }

    public String smsBody() {
        return smsBody;
    }

    public String smsContentType() {
        return smsContentType;
    }

    public Optional<String> smsAuthorization() {
        return smsAuthorization.filter(s -> !s.isBlank());
    }

    /** The reverse proxies whose X-Forwarded-For is believed (docs/rules.md#R23); none by default. */
    public List<IpRange> proxies() {
        return proxies.orElse(List.of()).stream().filter(p -> !p.isBlank()).map(IpRange::parse).toList();
    }

    /** The scanner's folder, if one is configured (CQD_INTAKE_DIR). */
    public Optional<Path> intakeDir() {
        return intakeDir.filter(s -> !s.isBlank()).map(s -> Path.of(s).toAbsolutePath().normalize());
    }

    public Duration intakePollInterval() {
        return Duration.ofSeconds(intakePollSeconds);
    }

    /** The mailbox to read, if one is configured (CQD_MAIL_HOST). */
    public Optional<MailboxSettings> mailbox() {
        return mailHost.filter(h -> !h.isBlank()).map(h -> new MailboxSettings(mailProtocol.strip(), h.strip(), mailPort,
                mailUser.orElse(""), mailPassword.orElse(""), mailFolder, Duration.ofSeconds(mailPollSeconds)));
    }

    /** The S3-compatible store, if one is configured (CQD_S3_ENDPOINT; docs/rules.md#R95). */
    public Optional<S3Settings> s3() {
        return s3Endpoint.filter(e -> !e.isBlank()).map(e -> new S3Settings(URI.create(e.strip()),
                s3Bucket.map(String::strip).orElse(null), s3Region.strip(), s3AccessKey.orElse(null),
                s3SecretKey.orElse(null), s3PathStyle));
    }

    /** How long a blob no row points to is kept before the sweeper removes it (CQD_BLOB_GRACE_HOURS; #R96). */
    @Override
    public Duration blobGracePeriod() {
        return Duration.ofHours(blobGraceHours);
    }

    /** When the sweeper runs each day, in the centre's zone (CQD_BLOB_SWEEP_TIME, HH:mm; docs/rules.md#R96). */
    @Override
    public LocalTime blobSweepTime() {
        return timeOfDay("CQD_BLOB_SWEEP_TIME", blobSweepTime);
    }

    /** The mail server reminders are sent through, if one is configured (CQD_SMTP_HOST; docs/rules.md#R84). */
    public Optional<SmtpSettings> smtp() {
        return smtpHost.filter(h -> !h.isBlank()).map(h -> new SmtpSettings(h.strip(), smtpPort, smtpUser.orElse(""),
                smtpPassword.orElse(""), smtpFrom.strip(), smtpStartTls));
    }

    /** Whether reminders also go by SMS, through the platform the log-in codes use (CQD_NOTIFY_SMS). */
    public boolean notifyBySms() {
        return notifyBySms;
    }

    /** When the daily digest goes out, in the centre's zone (CQD_DIGEST_TIME, HH:mm). */
    @Override
    public LocalTime digestTime() {
        return timeOfDay("CQD_DIGEST_TIME", digestTime);
    }

    private static LocalTime timeOfDay(String name, String value) {
        try {
            return LocalTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(name + " is a time of day as HH:mm, got " + value, e);
        }
    }

    public Path ocrModelsDir() {
        return Path.of(ocrModels).toAbsolutePath().normalize();
    }
}
