package com.creditquerydesk.domain.shared;

/** Immutable bytes addressed by the SHA-256 of their content (originals, signed replies). */
public interface BlobStore {

    /** Stores the bytes durably; storing an address that exists already changes nothing. */
    void put(String sha256, byte[] content);

    /** Stores the bytes under their own SHA-256 and answers it. */
    default String put(byte[] content) {
        String sha256 = Sha256.hex(content);
        put(sha256, content);
        return sha256;
    }

    /** Stores the bytes read from the stream to its end under their SHA-256 and answers it, never holding them whole. */
    String put(java.io.InputStream content);

    byte[] get(String sha256);

    boolean exists(String sha256);
}
