package com.creditquerydesk.infrastructure.config;

import java.net.URI;
import java.util.Objects;

/**
 * Where the S3-compatible blob store is (CQD_BLOB_STORE=s3, docs/rules.md#R95): CQD_S3_ENDPOINT (e.g.
 * http://minio.internal:9000), CQD_S3_BUCKET, CQD_S3_ACCESS_KEY, CQD_S3_SECRET_KEY, CQD_S3_REGION (us-east-1) and
 * CQD_S3_PATH_STYLE (true: bucket in the path, as MinIO and Ceph expect). The secret never appears in
 * {@link #toString()}.
 */
public record S3Settings(URI endpoint, String bucket, String region, String accessKey, String secretKey,
                         boolean pathStyle) {

    public S3Settings {
        Objects.requireNonNull(endpoint, "endpoint");
        if (!"http".equals(endpoint.getScheme()) && !"https".equals(endpoint.getScheme())) {
            throw new IllegalStateException("CQD_S3_ENDPOINT is an http:// or https:// address, got " + endpoint);
        }
        if (bucket == null || !bucket.matches("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]")) {
            throw new IllegalStateException("CQD_S3_BUCKET is a bucket name (3 to 63 lower-case letters, digits, . and -),"
                    + " got " + bucket);
        }
        if (accessKey == null || accessKey.isBlank() || secretKey == null || secretKey.isBlank()) {
            throw new IllegalStateException("CQD_S3_ACCESS_KEY and CQD_S3_SECRET_KEY are both needed for the S3 store");
        }
        if (region == null || region.isBlank()) {
            throw new IllegalStateException("CQD_S3_REGION cannot be empty");
        }
    }

    @Override
    public String toString() {
        return endpoint + "/" + bucket + " (access key " + accessKey + ", region " + region + ")";
    }
}
