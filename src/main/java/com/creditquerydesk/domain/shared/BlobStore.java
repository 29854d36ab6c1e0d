package com.creditquerydesk.domain.shared;

/**
 * Immutable bytes addressed by the SHA-256 of their content (originals, signed replies), encrypted where they are kept
 * and written before the row that points at them commits (docs/rules.md#R82).
 */
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

    /** The plain bytes, read as they are consumed (the caller closes the stream). */
    java.io.InputStream open(String sha256);

    /** The plain bytes whole, for content that is read whole anyway (a letter's pages, a reply). */
    default byte[] get(String sha256) {
        try (java.io.InputStream in = open(sha256)) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read content " + sha256, e);
        }
    }

    boolean exists(String sha256);
}
