package com.creditquerydesk.infrastructure.storage;

import com.creditquerydesk.domain.model.audit.AuditCheckpoint;
import com.creditquerydesk.domain.model.audit.ChainHead;
import com.creditquerydesk.domain.model.audit.CheckpointLog;
import com.creditquerydesk.domain.shared.DomainException;
import com.creditquerydesk.domain.shared.DomainException.Kind;
import com.creditquerydesk.infrastructure.config.AppConfig;
import com.creditquerydesk.infrastructure.persistence.durability.DurableCommits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Signed checkpoints in {@code data/audit/checkpoints.log}, one a line: {@code seq hash signedAt signature}
 * (docs/rules.md#R31). A file beside the keys, not a table: whoever can rewrite the trail's rows cannot take its
 * checkpoints away with them. Lines are only ever appended, each forced to disk.
 */
@ApplicationScoped
public class FileCheckpointLog implements CheckpointLog {

    @Inject
    AppConfig config;

    @Inject
    DurableCommits commits;

    @Override
    public synchronized void append(AuditCheckpoint checkpoint) {
        // The head was read from committed rows; on the embedded database those may still be only in memory, and a
        // checkpoint naming events that a crash then loses would be a false alarm of truncation.
        commits.awaitDurable();
        Path file = file();
        String line = checkpoint.head().seq() + " " + checkpoint.head().hash() + " " + checkpoint.signedAt() + " "
                + checkpoint.signature() + "\n";
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                ByteBuffer bytes = ByteBuffer.wrap(line.getBytes(StandardCharsets.US_ASCII));
                while (bytes.hasRemaining()) {
                    ch.write(bytes);
                }
                ch.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to " + file, e);
        }
    }

    @Override
    public synchronized List<AuditCheckpoint> all() {
        Path file = file();
        if (!Files.exists(file)) {
            return List.of();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        List<AuditCheckpoint> checkpoints = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                checkpoints.add(parse(lines.get(i), i + 1));
            }
        }
        return checkpoints;
    }

    private static AuditCheckpoint parse(String line, int number) {
        String[] f = line.strip().split(" ");
        try {
            if (f.length == 4) {
                return new AuditCheckpoint(new ChainHead(Long.parseLong(f[0]), f[1]), Instant.parse(f[2]), f[3]);
            }
        } catch (NumberFormatException | DateTimeParseException | DomainException e) {
            // reported below
        }
        throw new DomainException(Kind.CONFLICT, "AUDIT_CHECKPOINTS_CORRUPT", "审计检查点文件第 " + number + " 行无法读取，检查点记录被改动",
                "line " + number + " of the audit checkpoint file cannot be read: the checkpoint log was altered");
    }

    private Path file() {
        return config.dataDir().resolve("audit/checkpoints.log");
    }
}
