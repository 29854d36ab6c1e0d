package com.creditquerydesk.infrastructure.signing;

import com.creditquerydesk.domain.model.reply.SignatureRequest;
import com.creditquerydesk.domain.shared.DomainException;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.signatures.PdfPKCS7;
import com.itextpdf.signatures.SignatureUtil;
import com.sun.net.httpserver.HttpServer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** B-B without and B-T with a time-stamping authority (a local RFC 3161 responder built with BouncyCastle). */
class Pkcs12PadesSignerTest {

    static final char[] PASSWORD = "changeit".toCharArray();
    static Path p12;
    static HttpServer tsa;
    static String tsaUrl;

    @BeforeAll
    static void setUp() throws Exception {
        Path dir = Files.createDirectories(Path.of("target/reply-docs"));
        p12 = dir.resolve("signer-test.p12");
        Files.deleteIfExists(p12);
        DemoCertificates.ensure(p12, PASSWORD, "reply", "陕西省公共信用信息中心");

        KeyPair tsaKey = DemoCertificates.newKeyPair();
        X509Certificate tsaCert = DemoCertificates.selfSigned(tsaKey, "Demo TSA", "Demo TSA",
                KeyPurposeId.id_kp_timeStamping, KeyUsage.digitalSignature);
        TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(
                new JcaSimpleSignerInfoGeneratorBuilder().build("SHA256withRSA", tsaKey.getPrivate(), tsaCert),
                new JcaDigestCalculatorProviderBuilder().build().get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
                new ASN1ObjectIdentifier("1.3.6.1.4.1.99999.1"));
        tokens.addCertificates(new JcaCertStore(List.of(tsaCert)));
        TimeStampResponseGenerator responses = new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED);
        AtomicLong serial = new AtomicLong(1);
        tsa = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        tsa.createContext("/tsa", exchange -> {
            try {
                TimeStampRequest request = new TimeStampRequest(exchange.getRequestBody().readAllBytes());
                byte[] reply = responses.generate(request, BigInteger.valueOf(serial.getAndIncrement()), new Date()).getEncoded();
                exchange.getResponseHeaders().add("Content-Type", "application/timestamp-reply");
                exchange.sendResponseHeaders(200, reply.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(reply);
                }
            } catch (Exception e) {
                exchange.sendResponseHeaders(500, -1);
            }
        });
        tsa.start();
        tsaUrl = "http://127.0.0.1:" + tsa.getAddress().getPort() + "/tsa";
    }

    @AfterAll
    static void tearDown() {
        tsa.stop(0);
    }

    static byte[] onePagePdf() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument doc = new PdfDocument(new PdfWriter(out))) {
            doc.addNewPage();
        }
        return out.toByteArray();
    }

    static PdfPKCS7 signature(byte[] signed) throws Exception {
        PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(signed)));
        SignatureUtil util = new SignatureUtil(doc);
        assertEquals(List.of(Pkcs12PadesSigner.FIELD_NAME), util.getSignatureNames());
        assertTrue(util.signatureCoversWholeDocument(Pkcs12PadesSigner.FIELD_NAME));
        PdfPKCS7 pkcs7 = util.readSignatureData(Pkcs12PadesSigner.FIELD_NAME);
        assertTrue(pkcs7.verifySignatureIntegrityAndAuthenticity(), "signature verifies");
        return pkcs7;
    }

    @Test
    void baselineBWithoutTimeStamp() throws Exception {
        Pkcs12PadesSigner signer = new Pkcs12PadesSigner(p12, PASSWORD, "reply", Optional.of(" "));
        PdfPKCS7 pkcs7 = signature(signer.sign(onePagePdf(), new SignatureRequest("签发", "西安", "029-63918210")));
        assertEquals("签发", pkcs7.getReason());
        assertEquals("西安", pkcs7.getLocation());
        assertNull(pkcs7.getTimeStampTokenInfo(), "B-B carries no time-stamp");
        assertTrue(pkcs7.getSigningCertificate().getSubjectX500Principal().getName().contains("DEMO"));
    }

    @Test
    void baselineTWithTheConfiguredAuthority() throws Exception {
        Pkcs12PadesSigner signer = new Pkcs12PadesSigner(p12, PASSWORD, "reply", Optional.of(tsaUrl));
        PdfPKCS7 pkcs7 = signature(signer.sign(onePagePdf(), new SignatureRequest("签发", "", "")));
        assertNotNull(pkcs7.getTimeStampTokenInfo(), "B-T carries a signature time-stamp");
        assertTrue(pkcs7.verifyTimestampImprint(), "the time-stamp covers this signature");
    }

    @Test
    void aWrongAliasOrAnUnreachableAuthorityIsAClearError() {
        assertThrows(IllegalArgumentException.class, () -> new Pkcs12PadesSigner(p12, PASSWORD, "nobody", Optional.empty()));
        Pkcs12PadesSigner signer = new Pkcs12PadesSigner(p12, PASSWORD, "reply", Optional.of("http://127.0.0.1:9/none"));
        DomainException e = assertThrows(DomainException.class,
                () -> signer.sign(onePagePdf(), new SignatureRequest("签发", "", "")));
        assertEquals("REPLY_SIGNING_FAILED", e.code());
    }
}
