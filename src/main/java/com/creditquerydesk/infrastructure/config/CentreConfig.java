package com.creditquerydesk.infrastructure.config;

import com.creditquerydesk.application.reply.CentreSettings;
import com.creditquerydesk.domain.model.letter.CentreNames;
import com.creditquerydesk.domain.model.reply.ReplyKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The centre's own settings: its name, 机关代字, contact, signing key, public address. Configuration, not code.
 * Name, contact and phone appear on every reply: only demo mode may fill them with its sample values; any
 * other server refuses to start without them ({@link #requireConfigured}).
 */
@ApplicationScoped
public class CentreConfig implements CentreSettings {

    /** Demo mode's centre, contact and phone: a sample, never printed by a real server. */
    static final String DEMO_NAME = "陕西省公共信用信息中心";
    static final String DEMO_CONTACT = "王明";
    static final String DEMO_PHONE = "029-63915000";
    static final String DEMO_EMAIL = "xycx@sxcredit.example.cn";

    @Inject
    AppConfig config;

    @Inject
    @ConfigProperty(name = "cqd.centre.name")
    Optional<String> name;

    /** The short names letters may address the centre by (docs/rules.md#R85), besides its name. */
    @Inject
    @ConfigProperty(name = "cqd.centre.aliases", defaultValue = "省信息中心,省信用办,省公共信用信息中心")
    List<String> aliases;

    /** 机关代字 of the centre's replies: 陕信用函〔2026〕N号. */
    @Inject
    @ConfigProperty(name = "cqd.centre.issuer-code", defaultValue = "陕信用函")
    String issuerCode;

    @Inject
    @ConfigProperty(name = "cqd.centre.contact")
    Optional<String> contact;

    @Inject
    @ConfigProperty(name = "cqd.centre.phone")
    Optional<String> phone;

    @Inject
    @ConfigProperty(name = "cqd.centre.email")
    Optional<String> email;

    @Inject
    @ConfigProperty(name = "cqd.centre.city", defaultValue = "西安")
    String city;

    /** NATIONAL, SHAANXI or PUBLIC_INSTITUTION: the template for civil-service replies. */
    @Inject
    @ConfigProperty(name = "cqd.reply.kind", defaultValue = "SHAANXI")
    String replyKind;

    @Inject
    @ConfigProperty(name = "cqd.templates.dir", defaultValue = "templates")
    String templatesDir;

    @Inject
    @ConfigProperty(name = "cqd.public.base-url", defaultValue = "http://localhost:8080")
    String publicBaseUrl;

    @Inject
    @ConfigProperty(name = "cqd.signing.pkcs12")
    Optional<String> pkcs12;

    @Inject
    @ConfigProperty(name = "cqd.signing.password")
    Optional<String> pkcs12Password;

    @Inject
    @ConfigProperty(name = "cqd.signing.alias", defaultValue = "seal")
    String alias;

    @Inject
    @ConfigProperty(name = "cqd.signing.tsa-url")
    Optional<String> tsaUrl;

    /**
     * Refuses to go on (the server does not start) when a setting every reply prints is missing outside demo
     * mode, naming the variables to set.
     */
    public void requireConfigured() {
        List<String> missing = new ArrayList<>();
        if (given(name).isEmpty()) {
            missing.add("cqd.centre.name (CQD_CENTRE_NAME)");
        }
        if (given(contact).isEmpty()) {
            missing.add("cqd.centre.contact (CQD_CENTRE_CONTACT)");
        }
        if (given(phone).isEmpty()) {
            missing.add("cqd.centre.phone (CQD_CENTRE_PHONE)");
        }
        if (!missing.isEmpty() && !config.demo()) {
            throw new IllegalStateException("The centre's details printed on every reply are not configured: set "
                    + String.join(", ", missing) + " (未配置本中心名称、联系人或联系电话)");
        }
    }

    /** What a letter's addressee is checked against before it is answered (docs/rules.md#R85). */
    @Produces
    CentreNames centreNames() {
        return new CentreNames(name(), aliases);
    }

    @Override
    public String name() {
        return orDemo(name, DEMO_NAME);
    }

    @Override
    public String issuerCode() {
        return issuerCode;
    }

    @Override
    public String contact() {
        return orDemo(contact, DEMO_CONTACT);
    }

    @Override
    public String phone() {
        return orDemo(phone, DEMO_PHONE);
    }

    @Override
    public String email() {
        return config.demo() ? orDemo(email, DEMO_EMAIL) : given(email).orElse("");
    }

    public String city() {
        return city;
    }

    @Override
    public ReplyKind replyKind() {
        return ReplyKind.valueOf(replyKind.strip().toUpperCase());
    }

    public Path templatesDir() {
        return Path.of(templatesDir).toAbsolutePath().normalize();
    }

    public String publicBaseUrl() {
        return publicBaseUrl;
    }

    public Optional<Path> pkcs12() {
        return pkcs12.filter(s -> !s.isBlank()).map(Path::of);
    }

    public Optional<char[]> pkcs12Password() {
        return pkcs12Password.filter(s -> !s.isEmpty()).map(String::toCharArray);
    }

    public String alias() {
        return alias;
    }

    public Optional<String> tsaUrl() {
        return tsaUrl.filter(s -> !s.isBlank());
    }

    private static Optional<String> given(Optional<String> value) {
        return value.map(String::strip).filter(s -> !s.isEmpty());
    }

    /** Start-up has refused a server outside demo mode without the value, so only demo mode falls back. */
    private static String orDemo(Optional<String> value, String demo) {
        return given(value).orElse(demo);
    }
}
