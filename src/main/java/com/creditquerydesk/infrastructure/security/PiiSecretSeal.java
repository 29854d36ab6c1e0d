package com.creditquerydesk.infrastructure.security;

import com.creditquerydesk.domain.model.user.SecretSeal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Authenticator secrets are sealed with the key of personal data (AES-256-GCM, outside the database). */
@ApplicationScoped
public class PiiSecretSeal implements SecretSeal {

    @Inject
    PiiCipher cipher;

    @Override
    public String seal(String secret) {
        return cipher.encrypt(secret);
    }

    @Override
    public String open(String sealed) {
        return cipher.decrypt(sealed);
    }
}
