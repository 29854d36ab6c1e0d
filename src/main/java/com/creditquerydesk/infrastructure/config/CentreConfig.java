package com.creditquerydesk.infrastructure.config;

import com.creditquerydesk.application.reply.CentreSettings;
import com.creditquerydesk.domain.model.reply.ReplyKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.file.Path;
import java.util.Optional;

/** The centre's own settings: its name, 机关代字, contact, signing key, public address. Configuration, not code. */
@ApplicationScoped
public class CentreConfig implements CentreSettings {

    @Inject
    @ConfigProperty(name = "cqd.centre.name", defaultValue = "陕西省公共信用信息中心")
    String name;

    /** 机关代字 of the centre's replies: 陕信用函〔2026〕N号. */
    @Inject
    @ConfigProperty(name = "cqd.centre.issuer-code", defaultValue = "陕信用函")
    String issuerCode;

    @Inject
    @ConfigProperty(name = "cqd.centre.contact", defaultValue = "王明")
    String contact;

    @Inject
    @ConfigProperty(name = "cqd.centre.phone", defaultValue = "029-63915000")
    String phone;

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

    @Override
    public String name() {
        return name;
    }

    @Override
    public String issuerCode() {
        return issuerCode;
    }

    @Override
    public String contact() {
        return contact;
    }

    @Override
    public String phone() {
        return phone;
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
}
