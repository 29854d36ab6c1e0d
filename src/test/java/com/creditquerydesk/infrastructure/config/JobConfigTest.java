package com.creditquerydesk.infrastructure.config;

import com.creditquerydesk.domain.model.job.NodeId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** This server's node id and lease settings (docs/rules.md#R80). */
class JobConfigTest {

    @TempDir
    Path data;

    private JobConfig config(Optional<String> nodeId, Path dataDir) {
        AppConfig app = new AppConfig();
        app.dataDir = Optional.of(dataDir.toString());
        JobConfig c = new JobConfig();
        c.config = app;
        c.nodeId = nodeId;
        c.leaseSeconds = 60;
        c.pollSeconds = 5;
        return c;
    }

    @Test
    void aGeneratedNodeIdIsKeptInTheDataDirectorySoARestartIsTheSameNode() throws Exception {
        NodeId first = config(Optional.empty(), data).node();
        assertTrue(first.value().matches(".+-[0-9a-f]{8}"), first.value());
        assertEquals(first.value(), Files.readString(data.resolve("node-id")));
        assertEquals(first, config(Optional.empty(), data).node(), "the same data directory, the same node");
        Path other = data.resolve("other");
        assertNotEquals(first, config(Optional.empty(), other).node(), "another data directory, another node");
    }

    @Test
    void aConfiguredNodeIdWinsAndMustBeAName() {
        assertEquals(new NodeId("cqd-2"), config(Optional.of("cqd-2"), data).node());
        assertTrue(Files.notExists(data.resolve("node-id")));
        assertThrows(IllegalArgumentException.class, () -> config(Optional.of("two words"), data).node());
    }

    @Test
    void leaseAndPollAreBounded() {
        JobConfig c = config(Optional.empty(), data);
        assertEquals(Duration.ofSeconds(60), c.lease());
        assertEquals(Duration.ofSeconds(5), c.pollInterval());
        c.leaseSeconds = 1;
        assertThrows(IllegalStateException.class, c::lease);
        c.pollSeconds = 0;
        assertThrows(IllegalStateException.class, c::pollInterval);
    }
}
