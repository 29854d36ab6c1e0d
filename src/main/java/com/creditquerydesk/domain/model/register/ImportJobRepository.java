package com.creditquerydesk.domain.model.register;

import java.util.List;
import java.util.Optional;

/** Import jobs and the rows they rejected. Each call commits on its own (progress is visible while running). */
public interface ImportJobRepository {

    /** Files a RUNNING job and returns its id. */
    long start(String sourceFileName, ImportMode mode);

    void progress(long jobId, long rowsRead);

    /** DONE with the version the import made or, when unchanged, answers with. */
    void done(long jobId, ImportResult result, long rowsRead);

    void failed(long jobId, String errorZh, String errorEn);

    /** Marks every RUNNING job FAILED with this reason; returns how many. */
    int failRunning(String errorZh, String errorEn);

    Optional<ImportJob> find(long jobId);

    /** The rows the job rejected, by row number; at most {@code limit}. */
    List<RejectedRow> rejectedRows(long jobId, int limit);
}
