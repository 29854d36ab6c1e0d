package com.creditquerydesk.infrastructure.storage;

import com.creditquerydesk.infrastructure.config.AppConfig;
import com.creditquerydesk.infrastructure.security.PiiCipher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The local store, the data directory (docs/rules.md#R82, #R96). */
class ContentStoreTest {

    @TempDir
    Path data;

    @Test
    void keepsBlobsAsEveryStoreDoes() throws Exception {
        ContentStore store = new ContentStore();
        store.config = new AppConfig() {
            @Override
            public Path dataDir() {
                return data;
            }
        };
        store.cipher = new PiiCipher(new byte[32]);
        BlobStoreContract.holds(store, sha -> {
            try {
                return Files.readAllBytes(data.resolve("files").resolve(sha.substring(0, 2)).resolve(sha));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
