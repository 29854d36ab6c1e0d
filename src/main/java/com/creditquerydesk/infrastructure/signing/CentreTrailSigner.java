package com.creditquerydesk.infrastructure.signing;

import com.creditquerydesk.domain.model.audit.TrailSigner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.CertificateEncodingException;
import java.util.Base64;

/**
 * Plain signatures by the centre's key over the trail's checkpoints and exports (docs/rules.md#R31, #R34): SHA-256
 * with the key's algorithm, so that {@code openssl dgst -sha256 -verify} checks them with the certificate alone.
 */
@ApplicationScoped
public class CentreTrailSigner implements TrailSigner {

    @Inject
    CentreKeys keys;

    @Override
    public byte[] sign(byte[] content) {
        CentreKey key = keys.key();
        try {
            Signature s = Signature.getInstance(key.signatureAlgorithm());
            s.initSign(key.privateKey());
            s.update(content);
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with the centre's key", e);
        }
    }

    @Override
    public boolean verify(byte[] content, byte[] signature) {
        CentreKey key = keys.key();
        try {
            Signature s = Signature.getInstance(key.signatureAlgorithm());
            s.initVerify(key.certificate().getPublicKey());
            s.update(content);
            return s.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    @Override
    public String certificatePem() {
        try {
            return "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(keys.key().certificate().getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("the centre's certificate cannot be encoded", e);
        }
    }
}
