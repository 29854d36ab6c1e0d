package com.creditquerydesk.domain.model.register;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;

/** The register of 失信被执行人 with its versions. Records are never deleted, only closed at a version. */
public interface RegisterRepository {

    /**
     * Imports a file as the next version, atomically (a failed import leaves no version behind). A file that
     * adds, changes and removes nothing makes no version: the result names the current one, {@code UNCHANGED}.
     *
     * @param jobId    the import job the rejected rows are filed under
     * @param progress called now and then with the number of rows read so far
     */
    ImportResult importRegister(long jobId, ImportMode mode, RegisterRowSource rows, LongConsumer progress)
            throws IOException;

    /** All versions, oldest first. */
    List<RegisterVersion> versions();

    Optional<RegisterVersion> latestVersion();

    /** The version that was current at the given time (the newest imported at or before it). */
    Optional<RegisterVersion> versionAt(Instant time);

    /** The records listed in the given version that match the candidates (one query for all of them). */
    List<RegisterMatch> findMatches(List<ScreeningCandidate> candidates, int asOfVersion);

    /** As {@link #findMatches(List, int)} with the version current at {@code asOf}; empty before the first. */
    List<RegisterMatch> findMatches(List<ScreeningCandidate> candidates, Instant asOf);
}
