package com.creditquerydesk.domain.shared;

/** Immutable bytes addressed by the SHA-256 of their content (originals, signed replies). */
public interface BlobStore {

    /** Stores the bytes durably; storing an address that exists already changes nothing. */
    void put(String sha256, byte[] content);

    byte[] get(String sha256);

    boolean exists(String sha256);
}
