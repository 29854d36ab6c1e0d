package com.creditquerydesk.infrastructure.signing;

import org.bouncycastle.jce.provider.BouncyCastleProvider;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Security;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;

/** The centre's signing key and certificate chain, read from a PKCS#12 file: signs replies and the audit trail. */
public record CentreKey(PrivateKey privateKey, Certificate[] chain) {

    /**
     * @param password the keystore's password (also the key's)
     * @param alias    the key entry
     */
    public static CentreKey load(Path pkcs12, char[] password, String alias) {
        if (Security.getProvider(BouncyCastleProvider.PROVIDER_NAME) == null) {
            Security.addProvider(new BouncyCastleProvider());
        }
        try (InputStream in = Files.newInputStream(pkcs12)) {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(in, password);
            if (!(ks.getKey(alias, password) instanceof PrivateKey pk)) {
                throw new IllegalArgumentException("no private key under alias " + alias + " in " + pkcs12);
            }
            return new CentreKey(pk, ks.getCertificateChain(alias));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the signing key from " + pkcs12, e);
        }
    }

    public X509Certificate certificate() {
        return (X509Certificate) chain[0];
    }

    /** SHA-256 with the key's own algorithm (RSA or ECDSA), as {@code openssl dgst -sha256 -verify} checks it. */
    public String signatureAlgorithm() {
        return "EC".equals(privateKey.getAlgorithm()) ? "SHA256withECDSA" : "SHA256with" + privateKey.getAlgorithm();
    }
}
