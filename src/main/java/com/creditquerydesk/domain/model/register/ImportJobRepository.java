package com.creditquerydesk.domain.model.register;

import java.util.List;
import java.util.Optional;

/** Import jobs and the rows they rejected. Each call commits on its own (progress is visible while running). */
public interface ImportJobRepository {

    /** Files a RUNNING job and returns its id (in the caller's transaction when there is one). */
    long start(String sourceFileName, ImportMode mode, ImportRequest request);

    /** The file and starter of a job, for the server that runs it. */
    Optional<ImportRequest> request(long jobId);

    void progress(long jobId, long rowsRead);

    /** DONE with the version the import made or, when unchanged, answers with. */
    void done(long jobId, ImportResult result, long rowsRead);

    void failed(long jobId, String errorZh, String errorEn);

    Optional<ImportJob> find(long jobId);

    /** The rows the job rejected, by row number; at most {@code limit}. */
    List<RejectedRow> rejectedRows(long jobId, int limit);
}
