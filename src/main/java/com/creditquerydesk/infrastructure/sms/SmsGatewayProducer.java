package com.creditquerydesk.infrastructure.sms;

import com.creditquerydesk.domain.model.user.SmsGateway;
import com.creditquerydesk.domain.shared.InfrastructureException;
import com.creditquerydesk.infrastructure.config.AppConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

/** Demo mode writes SMS into the outbox; otherwise they go to the configured platform, if there is one. */
@ApplicationScoped
public class SmsGatewayProducer {

    @Inject
    AppConfig config;

    @Inject
    DemoSmsOutbox outbox;

    @Produces
    @ApplicationScoped
    SmsGateway gateway() {
        if (config.demo()) {
            return outbox::send;
        }
        return config.smsUrl().<SmsGateway>map(url -> new HttpSmsGateway(url, config.smsBody(),
                config.smsContentType(), config.smsAuthorization())).orElse((to, username, text) -> {
                    throw new InfrastructureException("SMS_NOT_CONFIGURED",
                            "本服务器未配置短信平台（CQD_SMS_URL），请使用动态口令或联系安全管理员",
                            "no SMS platform is configured on this server (CQD_SMS_URL): use the authenticator app or"
                                    + " ask the security administrator");
                });
    }
}
