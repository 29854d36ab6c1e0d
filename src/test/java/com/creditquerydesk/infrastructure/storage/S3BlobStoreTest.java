package com.creditquerydesk.infrastructure.storage;

import com.creditquerydesk.infrastructure.config.S3Settings;
import com.creditquerydesk.infrastructure.security.PiiCipher;
import org.eclipse.jetty.util.component.AbstractLifeCycle;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The S3 blob store (docs/rules.md#R95) against a real S3-compatible server, S3Proxy on a filesystem back-end, started
 * in this JVM on a free port and spoken to over HTTP with signed requests, as MinIO or Ceph would be.
 */
class S3BlobStoreTest {

    static final String ACCESS = "cqd-access";
    static final String SECRET = "cqd-secret-key-for-tests";

    @TempDir
    static Path dir;

    private static S3Proxy proxy;
    private static S3Client client;

    @BeforeAll
    static void startServer() throws Exception {
        proxy = start(dir.resolve("objects"));
        client = S3BlobStore.client(settings(proxy, "cqd-blobs"));
        client.createBucket(b -> b.bucket("cqd-blobs"));
    }

    @AfterAll
    static void stopServer() throws Exception {
        client.close();
        proxy.stop();
    }

    /** S3Proxy over a directory, on a free port of 127.0.0.1, checking AWS signatures with the test's keys. */
    static S3Proxy start(Path objects) throws Exception {
        Files.createDirectories(objects);
        Properties props = new Properties();
        props.setProperty("jclouds.filesystem.basedir", objects.toString());
        BlobStoreContext context = ContextBuilder.newBuilder("filesystem").credentials("identity", "credential")
                .overrides(props).build(BlobStoreContext.class);
        S3Proxy s3 = S3Proxy.builder().blobStore(context.getBlobStore()).endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS, SECRET).build();
        s3.start();
        while (!AbstractLifeCycle.STARTED.equals(s3.getState())) {
            Thread.sleep(10);
        }
        return s3;
    }

    static S3Settings settings(S3Proxy s3, String bucket) {
        return new S3Settings(URI.create("http://127.0.0.1:" + s3.getPort()), bucket, "us-east-1", ACCESS, SECRET, true);
    }

    @Test
    void keepsBlobsAsEveryStoreDoes() throws Exception {
        PiiCipher cipher = new PiiCipher(new byte[32]);
        S3BlobStore store = new S3BlobStore(client, "cqd-blobs", cipher, dir.resolve("spool"));
        BlobStoreContract.holds(store, sha -> client.getObjectAsBytes(b -> b.bucket("cqd-blobs").key(sha)).asByteArray());
        try (var spool = Files.list(dir.resolve("spool"))) {
            assertEquals(0, spool.count(), "no spool file left behind");
        }
    }

    @Test
    void refusesWrongKeys() {
        S3Settings wrong = new S3Settings(URI.create("http://127.0.0.1:" + proxy.getPort()), "cqd-blobs", "us-east-1",
                ACCESS, "not-the-secret", true);
        try (S3Client bad = S3BlobStore.client(wrong)) {
            S3BlobStore store = new S3BlobStore(bad, "cqd-blobs", new PiiCipher(new byte[32]), dir.resolve("spool2"));
            assertThrows(RuntimeException.class, () -> store.exists("0".repeat(64)));
        }
    }
}
