package com.creditquerydesk.infrastructure.register;

import java.util.Arrays;

/**
 * A 64-bit fingerprint of each accepted row's identity (案号 + normalised name), to learn after reading a file whether
 * any identity may be listed twice. Equal identities always have equal fingerprints, so "no repeat" is certain and the
 * import skips the database's duplicate search (bench/README.md, Import); a repeat may rarely be two identities of equal
 * fingerprint, and then the database's search decides. 8 bytes a row (80 MB at 10,000,000 rows), in buckets by the
 * top bits so that no single array is copied whole as it grows.
 */
final class IdentityFingerprints {

    private static final int BUCKET_BITS = 10;
    private final long[][] buckets = new long[1 << BUCKET_BITS][];
    private final int[] sizes = new int[1 << BUCKET_BITS];

    void add(String caseNumber, String normalisedName) {
        long h = fingerprint(caseNumber, normalisedName);
        int b = (int) (h >>> (64 - BUCKET_BITS));
        long[] bucket = buckets[b];
        if (bucket == null) {
            bucket = buckets[b] = new long[16];
        } else if (sizes[b] == bucket.length) {
            bucket = buckets[b] = Arrays.copyOf(bucket, bucket.length + (bucket.length >> 1));
        }
        bucket[sizes[b]++] = h;
    }

    /** Whether two rows added may have the same identity (sorts the buckets: call once, after the last row). */
    boolean mayRepeat() {
        for (int b = 0; b < buckets.length; b++) {
            long[] bucket = buckets[b];
            if (bucket == null) {
                continue;
            }
            Arrays.sort(bucket, 0, sizes[b]);
            for (int i = 1; i < sizes[b]; i++) {
                if (bucket[i] == bucket[i - 1]) {
                    return true;
                }
            }
        }
        return false;
    }

    /** FNV-1a over the characters of both parts and a separator, then SplitMix64's finaliser to spread the bits. */
    static long fingerprint(String caseNumber, String normalisedName) {
        long h = 0xcbf29ce484222325L;
        h = mix(h, caseNumber);
        h = (h ^ 0xFFFF) * 0x100000001b3L; // a separator, so that ("ab", "c") and ("a", "bc") differ
        h = mix(h, normalisedName);
        h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
        h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
        return h ^ (h >>> 31);
    }

    private static long mix(long h, String s) {
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001b3L;
        }
        return h;
    }
}
