package com.creditquerydesk.domain.model.job;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The job table (docs/rules.md#R80). Each call runs in the caller's transaction when there is one, else in one of
 * its own.
 */
public interface JobRepository {

    /** A job for the kind and payload: a new one, or the running one asked again; nothing when one is queued. */
    void enqueue(JobKind kind, String payload, Instant now);

    /**
     * Inserts a recurring job's row (docs/rules.md#R97), due at its first occurrence, unless there is one already
     * (another server's start made it); answers whether this call inserted it.
     */
    boolean schedule(Job recurring);

    /**
     * Claims the next job of the kind that is due or whose lease expired, skipping rows other servers are claiming
     * at the same moment ({@code FOR UPDATE SKIP LOCKED}); for a kind run one at a time only the oldest active job
     * of the kind is a candidate.
     */
    Optional<Job> claimNext(JobKind kind, NodeId node, Instant now, Duration lease);

    /**
     * Applies a transition to a job {@code node} holds, the row locked until the transaction ends.
     *
     * @return the job after it, or empty when the node no longer holds the job (another server took it over)
     */
    Optional<Job> update(long id, NodeId node, UnaryOperator<Job> transition);

    /** Extends the leases of these jobs while {@code node} holds them; answers the ids it still holds. */
    Set<Long> renew(Collection<Long> ids, NodeId node, Instant now, Duration lease);

    /** Ends now the leases an earlier run of {@code node} held; answers how many. */
    int releaseAfterRestart(NodeId node, Instant now);
}
