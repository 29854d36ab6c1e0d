package com.creditquerydesk.infrastructure.storage;

import com.creditquerydesk.domain.shared.BlobStore;
import com.creditquerydesk.domain.shared.Sha256;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every blob store does (docs/rules.md#R82, #R95, #R96): content-addressed, encrypted where it is kept, read as a
 * stream, listed with its storage time, renewed when stored again, removed only when stored before the cutoff.
 */
final class BlobStoreContract {

    private BlobStoreContract() {
    }

    /** @param raw the bytes as the store keeps them for an address (to show they are not in clear) */
    static void holds(BlobStore store, Function<String, byte[]> raw) throws Exception {
        byte[] big = new byte[3 * (1 << 20) + 12345];
        new Random(7).nextBytes(big);
        byte[] marker = "110101199003077777 张三".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(marker, 0, big, 100, marker.length);
        Instant before = Instant.now().minusSeconds(2);
        String sha = store.put(new ByteArrayInputStream(big));
        assertEquals(Sha256.hex(big), sha);
        assertTrue(store.exists(sha));
        assertArrayEquals(big, store.get(sha));
        try (InputStream in = store.open(sha)) {
            assertArrayEquals(Arrays.copyOf(big, 200), in.readNBytes(200), "read as a stream");
        }
        assertFalse(new String(raw.apply(sha), StandardCharsets.ISO_8859_1)
                .contains(new String(marker, StandardCharsets.ISO_8859_1)), "the ID number is nowhere in clear");

        byte[] small = "一封很短的函".getBytes(StandardCharsets.UTF_8);
        String smallSha = Sha256.hex(small);
        assertFalse(store.exists(smallSha));
        store.put(smallSha, small);
        assertArrayEquals(small, store.get(smallSha));
        assertArrayEquals(new byte[0], store.get(store.put(new ByteArrayInputStream(new byte[0]))));
        String other = Sha256.hex("another".getBytes(StandardCharsets.UTF_8));
        assertThrows(IllegalArgumentException.class, () -> store.put(other, small), "address and content differ");
        assertFalse(store.exists(other), "nothing kept of it");
        assertThrows(IllegalArgumentException.class, () -> store.open("../etc/passwd"));
        assertThrows(RuntimeException.class, () -> store.get("0".repeat(64)));

        Map<String, Instant> listed = listed(store);
        assertEquals(3, listed.size(), "the big, the small and the empty blob: " + listed.keySet());
        Instant first = listed.get(sha);
        assertTrue(!first.isBefore(before) && !first.isAfter(Instant.now().plusSeconds(2)), "stored now: " + first);

        // Stored again (either call) a while later: its time is renewed, nothing else is kept.
        Thread.sleep(1100);
        assertEquals(sha, store.put(new ByteArrayInputStream(big)));
        store.put(smallSha, small);
        Map<String, Instant> again = listed(store);
        assertEquals(3, again.size());
        assertTrue(again.get(sha).isAfter(first), again.get(sha) + " after " + first);
        assertTrue(again.get(smallSha).isAfter(listed.get(smallSha)));
        assertArrayEquals(big, store.get(sha));

        // Removed only when stored before the cutoff.
        assertFalse(store.removeIfStoredBefore(sha, again.get(sha)), "not before its own time");
        assertFalse(store.removeIfStoredBefore(sha, again.get(sha).minus(Duration.ofHours(1))));
        assertTrue(store.exists(sha));
        assertTrue(store.removeIfStoredBefore(sha, Instant.now().plusSeconds(60)));
        assertFalse(store.exists(sha));
        assertFalse(listed(store).containsKey(sha));
        assertFalse(store.removeIfStoredBefore(sha, Instant.now().plusSeconds(60)), "gone already");
        assertTrue(store.exists(smallSha), "the others stay");
        // Stored anew after its removal, it is there again.
        assertEquals(sha, store.put(new ByteArrayInputStream(big)));
        assertArrayEquals(big, store.get(sha));
    }

    static Map<String, Instant> listed(BlobStore store) {
        Map<String, Instant> all = new HashMap<>();
        store.forEachStored(s -> all.put(s.sha256(), s.storedAt()));
        return all;
    }
}
