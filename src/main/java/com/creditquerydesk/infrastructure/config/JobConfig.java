package com.creditquerydesk.infrastructure.config;

import com.creditquerydesk.application.jobs.JobSettings;
import com.creditquerydesk.domain.model.job.NodeId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * The job table's settings (README "Jobs and several servers"): CQD_NODE_ID, CQD_JOBS_LEASE_SECONDS (60),
 * CQD_JOBS_POLL_SECONDS (5). Without CQD_NODE_ID a server names itself once, by its host and a random suffix kept in
 * {@code data/node-id}, so a restart on the same data directory is the same node and takes its jobs back at once.
 */
@ApplicationScoped
public class JobConfig implements JobSettings {

    @Inject
    @ConfigProperty(name = "cqd.node.id")
    Optional<String> nodeId;

    @Inject
    @ConfigProperty(name = "cqd.jobs.lease-seconds", defaultValue = "60")
    long leaseSeconds;

    @Inject
    @ConfigProperty(name = "cqd.jobs.poll-seconds", defaultValue = "5")
    long pollSeconds;

    @Inject
    AppConfig config;

    private volatile NodeId node;

    @Override
    public NodeId node() {
        NodeId n = node;
        if (n == null) {
            synchronized (this) {
                if (node == null) {
                    node = nodeId.filter(s -> !s.isBlank()).map(NodeId::new).orElseGet(this::kept);
                }
                n = node;
            }
        }
        return n;
    }

    @Override
    public Duration lease() {
        if (leaseSeconds < 2) {
            throw new IllegalStateException("CQD_JOBS_LEASE_SECONDS must be at least 2");
        }
        return Duration.ofSeconds(leaseSeconds);
    }

    @Override
    public Duration pollInterval() {
        if (pollSeconds < 1) {
            throw new IllegalStateException("CQD_JOBS_POLL_SECONDS must be at least 1");
        }
        return Duration.ofSeconds(pollSeconds);
    }

    private NodeId kept() {
        Path file = config.dataDir().resolve("node-id");
        try {
            if (Files.exists(file)) {
                return new NodeId(Files.readString(file, StandardCharsets.UTF_8).strip());
            }
            String host = InetAddress.getLocalHost().getHostName().replaceAll("[^A-Za-z0-9.-]", "");
            NodeId fresh = new NodeId((host.isEmpty() ? "node" : host.substring(0, Math.min(host.length(), 50)))
                    + "-" + UUID.randomUUID().toString().substring(0, 8));
            Files.createDirectories(file.getParent());
            Files.writeString(file, fresh.value(), StandardCharsets.UTF_8);
            return fresh;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep this server's node id in " + file, e);
        }
    }
}
