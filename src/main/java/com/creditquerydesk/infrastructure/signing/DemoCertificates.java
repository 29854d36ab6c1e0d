package com.creditquerydesk.infrastructure.signing;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/**
 * A self-signed demo key and certificate, so a fresh installation can sign replies before the centre's real
 * certificate (or seal server) is configured. The subject says 演示 / DEMO: it must never pass for a real one.
 */
public final class DemoCertificates {

    private DemoCertificates() {
    }

    /**
     * Creates the PKCS#12 file with a fresh RSA-2048 key and a 5-year self-signed certificate unless it exists.
     * @return true when a file was created
     */
    public static boolean ensure(Path pkcs12, char[] password, String alias, String centreName) {
        if (Files.exists(pkcs12)) {
            return false;
        }
        try {
            KeyPair pair = newKeyPair();
            X509Certificate cert = selfSigned(pair, centreName + "（演示 DEMO）", centreName,
                    KeyPurposeId.id_kp_emailProtection, KeyUsage.digitalSignature | KeyUsage.nonRepudiation);
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(null, null);
            ks.setKeyEntry(alias, pair.getPrivate(), password, new Certificate[]{cert});
            Path dir = pkcs12.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "demo-", ".p12");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                ks.store(out, password);
            }
            Files.move(tmp, pkcs12, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException | GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("cannot create the demo certificate " + pkcs12, e);
        }
    }

    static KeyPair newKeyPair() throws GeneralSecurityException {
        KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
        gen.initialize(2048, new SecureRandom());
        return gen.generateKeyPair();
    }

    /** A 5-year self-signed end-entity certificate marked DEMO, for the given purpose. */
    static X509Certificate selfSigned(KeyPair pair, String commonName, String organisation, KeyPurposeId purpose,
                                      int keyUsage) throws GeneralSecurityException, OperatorCreationException,
            IOException {
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, "CN")
                .addRDN(BCStyle.O, organisation)
                .addRDN(BCStyle.OU, "DEMO")
                .addRDN(BCStyle.CN, commonName)
                .build();
        Instant now = Instant.now();
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject,
                new BigInteger(64, new SecureRandom()), Date.from(now.minus(Duration.ofDays(1))),
                Date.from(now.plus(Duration.ofDays(5 * 365))), subject, pair.getPublic());
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(keyUsage));
        // a time-stamping certificate must mark its only purpose critical (RFC 3161 2.3)
        builder.addExtension(Extension.extendedKeyUsage, purpose.equals(KeyPurposeId.id_kp_timeStamping),
                new ExtendedKeyUsage(purpose));
        X509CertificateHolder holder = builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate()));
        return new JcaX509CertificateConverter().getCertificate(holder);
    }
}
