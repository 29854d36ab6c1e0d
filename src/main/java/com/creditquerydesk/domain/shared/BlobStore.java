package com.creditquerydesk.domain.shared;

import java.time.Instant;
import java.util.function.Consumer;

/**
 * Immutable bytes addressed by the SHA-256 of their content (originals, signed replies), encrypted where they are kept
 * and written before the row that points at them commits (docs/rules.md#R82). Storing an address that is there already
 * renews its storage time, so a blob about to be pointed at again counts as new for the sweeper (docs/rules.md#R96).
 */
public interface BlobStore {

    /** One blob as kept: its address and when it was last stored. */
    record Stored(String sha256, Instant storedAt) {
    }

    /** Stores the bytes durably; storing an address that exists already changes nothing but its storage time. */
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

    /** Every blob kept, in no particular order, read a page at a time. */
    void forEachStored(Consumer<Stored> each);

    /**
     * Removes the blob if it was last stored before {@code cutoff}, checked as close to the removal as the store
     * allows (docs/rules.md#R96); answers whether it removed it.
     */
    boolean removeIfStoredBefore(String sha256, Instant cutoff);
}
