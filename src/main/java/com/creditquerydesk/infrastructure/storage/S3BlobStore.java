package com.creditquerydesk.infrastructure.storage;

import com.creditquerydesk.domain.shared.BlobStore;
import com.creditquerydesk.domain.shared.Sha256;
import com.creditquerydesk.infrastructure.config.AppConfig;
import com.creditquerydesk.infrastructure.config.S3Settings;
import com.creditquerydesk.infrastructure.security.PiiCipher;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.MetadataDirective;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The blob store in an S3-compatible object store (CQD_BLOB_STORE=s3, docs/rules.md#R95: MinIO, Ceph, any S3), for
 * servers that share neither a disk nor want the files in the database: one object per address, its key the SHA-256
 * of the plain content, its body the same AES-256-GCM bytes as the local store. A stream is encrypted into a spool
 * file on this server's disk while its address is computed, then uploaded from there and the spool file deleted, so no
 * file is held whole in memory; the upload has finished (the object store has acknowledged it) before the row that
 * points at it commits. Storing an address that is there already copies the object onto itself, which renews its
 * modification time (docs/rules.md#R96).
 */
@ApplicationScoped
@Typed(S3BlobStore.class)
public class S3BlobStore implements BlobStore {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    @Inject
    AppConfig config;

    @Inject
    PiiCipher cipher;

    private volatile S3Client client;
    private volatile String bucket;
    private Path spool;

    public S3BlobStore() {
    }

    S3BlobStore(S3Client client, String bucket, PiiCipher cipher, Path spool) {
        this.client = client;
        this.bucket = bucket;
        this.cipher = cipher;
        this.spool = spool;
    }

    /** A client for the settings, over the JDK's HTTP connection, signing every request (SigV4). */
    static S3Client client(S3Settings s) {
        return S3Client.builder()
                .endpointOverride(s.endpoint())
                .region(Region.of(s.region()))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(s.accessKey(),
                        s.secretKey())))
                .forcePathStyle(s.pathStyle())
                // Checksums only where the protocol needs them: S3-compatible servers differ on the newer trailers.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    private S3Client s3() {
        S3Client c = client;
        if (c == null) {
            synchronized (this) {
                if (client == null) {
                    S3Settings settings = config.s3().orElseThrow(() -> new IllegalStateException(
                            "CQD_BLOB_STORE=s3 needs CQD_S3_ENDPOINT, CQD_S3_BUCKET, CQD_S3_ACCESS_KEY and CQD_S3_SECRET_KEY"));
                    bucket = settings.bucket();
                    spool = config.dataDir().resolve("tmp");
                    client = client(settings);
                }
                c = client;
            }
        }
        return c;
    }

    @PreDestroy
    void close() {
        S3Client c = client;
        if (c != null) {
            c.close();
        }
    }

    @Override
    public void put(String sha256, byte[] content) {
        check(sha256);
        if (touch(sha256)) {
            return;
        }
        if (!store(new ByteArrayInputStream(content)).equals(sha256)) {
            throw new IllegalArgumentException("the content's SHA-256 is not its address");
        }
    }

    @Override
    public String put(InputStream content) {
        return store(content);
    }

    /** Encrypts the stream into a spool file while hashing it, then uploads the file under its address. */
    private String store(InputStream content) {
        S3Client s3 = s3();
        try {
            Files.createDirectories(spool);
            Path tmp = Files.createTempFile(spool, "s3-upload-", ".tmp");
            try {
                MessageDigest sha = Sha256.digest();
                try (InputStream in = new DigestInputStream(content, sha);
                     OutputStream out = cipher.encrypting(Files.newOutputStream(tmp))) {
                    in.transferTo(out);
                }
                String sha256 = HexFormat.of().formatHex(sha.digest());
                if (!touch(sha256)) {
                    s3.putObject(b -> b.bucket(bucket).key(sha256).contentType("application/octet-stream"),
                            RequestBody.fromFile(tmp));
                }
                return sha256;
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store content in the S3 store", e);
        }
    }

    /** Renews an existing object's modification time by copying it onto itself; false when there is none. */
    private boolean touch(String sha256) {
        if (head(sha256).isEmpty()) {
            return false;
        }
        s3().copyObject(b -> b.sourceBucket(bucket).sourceKey(sha256).destinationBucket(bucket).destinationKey(sha256)
                .metadataDirective(MetadataDirective.REPLACE).metadata(Map.of("cqd-stored-at", Instant.now().toString())));
        return true;
    }

    @Override
    public InputStream open(String sha256) {
        check(sha256);
        try {
            return cipher.decrypting(s3().getObject(b -> b.bucket(bucket).key(sha256)));
        } catch (NoSuchKeyException e) {
            throw new UncheckedIOException(new IOException("no stored content " + sha256, e));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read content " + sha256, e);
        }
    }

    @Override
    public boolean exists(String sha256) {
        check(sha256);
        return head(sha256).isPresent();
    }

    private Optional<HeadObjectResponse> head(String sha256) {
        try {
            return Optional.of(s3().headObject(b -> b.bucket(bucket).key(sha256)));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public void forEachStored(Consumer<Stored> each) {
        s3().listObjectsV2Paginator(b -> b.bucket(bucket)).contents().stream()
                .filter(o -> SHA256.matcher(o.key()).matches())
                .forEach(o -> each.accept(new Stored(o.key(), o.lastModified())));
    }

    /** Checks the object's time just before it is deleted: S3 has no conditional delete on time. */
    @Override
    public boolean removeIfStoredBefore(String sha256, Instant cutoff) {
        check(sha256);
        Optional<HeadObjectResponse> head = head(sha256);
        if (head.isEmpty() || !head.get().lastModified().isBefore(cutoff)) {
            return false;
        }
        s3().deleteObject(b -> b.bucket(bucket).key(sha256));
        return true;
    }

    private static void check(String sha256) {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a SHA-256 address");
        }
    }
}
