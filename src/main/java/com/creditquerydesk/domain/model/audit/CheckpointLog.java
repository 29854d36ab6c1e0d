package com.creditquerydesk.domain.model.audit;

import java.util.List;

/**
 * Where signed checkpoints are kept: append-only and outside the database, beside the keys (docs/rules.md#R31),
 * so that deleting or rewriting rows cannot take a checkpoint away with them.
 */
public interface CheckpointLog {

    /** Appends the checkpoint once everything committed so far is on disk, and forces it to disk. */
    void append(AuditCheckpoint checkpoint);

    /** Every checkpoint, oldest first. */
    List<AuditCheckpoint> all();
}
