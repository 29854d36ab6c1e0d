package com.creditquerydesk.it;

import com.creditquerydesk.domain.shared.Sha256;
import com.creditquerydesk.testsupport.Api;
import com.creditquerydesk.testsupport.ServerProcess;
import com.creditquerydesk.testsupport.Workflow;
import com.creditquerydesk.testsupport.letters.DocxLetterRenderer;
import com.creditquerydesk.testsupport.letters.LetterGenerator;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.eclipse.jetty.util.component.AbstractLifeCycle;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Where originals are kept (docs/rules.md#R95): a server on the S3 store, against an S3-compatible server (S3Proxy on
 * a filesystem back-end) this test starts, keeps a letter's original there encrypted and serves it back; and the copy
 * of a local store into the database store copies what is missing and nothing the second time.
 */
class BlobStoreIT {

    private static final String ACCESS = "cqd-it-access";
    private static final String SECRET = "cqd-it-secret-key";

    @Test
    void aServerOnTheS3StoreKeepsTheOriginalThereEncryptedAndServesItBack(@TempDir Path work) throws Exception {
        Files.createDirectories(work.resolve("objects"));
        Properties props = new Properties();
        props.setProperty("jclouds.filesystem.basedir", work.resolve("objects").toString());
        BlobStoreContext context = ContextBuilder.newBuilder("filesystem").credentials("identity", "credential")
                .overrides(props).build(BlobStoreContext.class);
        S3Proxy proxy = S3Proxy.builder().blobStore(context.getBlobStore()).endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS, SECRET).build();
        proxy.start();
        while (!AbstractLifeCycle.STARTED.equals(proxy.getState())) {
            Thread.sleep(10);
        }
        String endpoint = "http://127.0.0.1:" + proxy.getPort();
        try (S3Client s3 = S3Client.builder().endpointOverride(URI.create(endpoint)).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS, SECRET)))
                .forcePathStyle(true).httpClient(UrlConnectionHttpClient.create())
                // as the product's client: S3Proxy refuses the newer checksum headers (501)
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED).build();
             ServerProcess server = new ServerProcess(work.resolve("server"), 350, Map.of("CQD_DEMO", "true",
                     "CQD_BLOB_STORE", "s3", "CQD_S3_ENDPOINT", endpoint, "CQD_S3_BUCKET", "cqd-originals",
                     "CQD_S3_ACCESS_KEY", ACCESS, "CQD_S3_SECRET_KEY", SECRET))) {
            s3.createBucket(b -> b.bucket("cqd-originals"));
            server.start();
            byte[] docx = DocxLetterRenderer.render(LetterGenerator.generate(2051, 2));
            String id = Workflow.extractedLetter(server.baseUrl(), "来函.docx", docx);
            String sha = Sha256.hex(docx);
            Set<String> keys = s3.listObjectsV2Paginator(b -> b.bucket("cqd-originals")).contents().stream()
                    .map(o -> o.key()).collect(Collectors.toSet());
            assertTrue(keys.contains(sha), "the original is an object named by its address: " + keys);
            byte[] kept = s3.getObjectAsBytes(b -> b.bucket("cqd-originals").key(sha)).asByteArray();
            assertFalse(Arrays.equals(docx, kept), "kept encrypted");
            // the correction clerk, who reads the original before the list is confirmed (docs/rules.md#R21)
            Api.Response file = Api.as(server.baseUrl(), "clerk").get("/api/letters/" + id + "/file");
            assertEquals(200, file.status(), file.body());
            assertArrayEquals(docx, file.bytes(), "served back whole from the S3 store");
            assertFalse(Files.exists(work.resolve("server/data/files").resolve(sha.substring(0, 2)).resolve(sha)),
                    "nothing in the local data directory");
        } finally {
            proxy.stop();
        }
    }

    @Test
    void copyingTheLocalStoreIntoTheDatabaseCopiesWhatIsMissingOnce() {
        Workflow.extractedLetter(Api.BASE, "来函.docx", DocxLetterRenderer.render(LetterGenerator.generate(2052, 1)));
        Api admin = Api.as("admin");
        Api.Response first = admin.post("/api/blob-store/copy?to=database", Json.createObjectBuilder().build());
        assertEquals(200, first.status(), first.body());
        JsonObject one = first.json();
        assertTrue(one.getInt("copied") >= 1, "at least the letter just received: " + one);
        assertEquals(0, one.getInt("failed"));
        JsonObject two = admin.post("/api/blob-store/copy?to=database", Json.createObjectBuilder().build()).json();
        assertEquals(0, two.getInt("copied"), "run again, it copies nothing: " + two);
        assertTrue(two.getInt("present") >= one.getInt("copied") + one.getInt("present"), two.toString());

        Api.Response wrong = admin.post("/api/blob-store/copy?to=ftp", Json.createObjectBuilder().build());
        assertEquals(400, wrong.status(), wrong.body());
        assertEquals("BLOB_COPY_TARGET_INVALID", wrong.json().getString("code"));
    }
}
