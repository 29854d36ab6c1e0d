package com.creditquerydesk.domain.model.applicants;

import com.creditquerydesk.domain.model.job.NodeId;

import com.creditquerydesk.domain.model.screening.ScreeningResult;

import java.util.List;
import java.util.Optional;

/**
 * Applicant lists, their rejected rows and their hits. A hit is a {@link ScreeningResult} whose index is the
 * applicant's row number; its ID is stored encrypted (docs/rules.md#R14).
 */
public interface ApplicantListRepository {

    /** Files a new list; a failed list of the same letter, with its rows and hits, is removed first. */
    /** Files the list as screened by the server {@code node} (its request reads it). */
    void create(ApplicantList list, NodeId node);

    Optional<ApplicantList> findByLetter(String letterId);

    /** Records the status, counts and error of the list. */
    void update(ApplicantList list);

    /** How far the reading got, for those who wait on it (committed at once, outside any transaction). */
    void progress(String listId, long rowsRead);

    void addRejected(String listId, List<RejectedApplicant> rows);

    void addHits(String listId, List<ScreeningResult> hits);

    /** Rejected rows after {@code afterRow}, in row order, at most {@code limit}. */
    List<RejectedApplicant> rejected(String listId, long afterRow, int limit);

    /** Hits after {@code afterRow}, in row order, at most {@code limit}. */
    List<ScreeningResult> hits(String listId, long afterRow, int limit);

    Optional<ScreeningResult> hit(String listId, int row);

    /** Replaces a stored hit by its reviewed form. */
    void storeHit(String listId, ScreeningResult hit);

    long hitsAwaitingReview(String listId);

    /**
     * Marks every list still SCREENING as FAILED (at start-up, when none can be running) and removes what those
     * had stored; their letters stay VERIFIED, so the handler uploads again.
     */
    /**
     * Marks FAILED the lists this server was screening when it stopped (its request died with it); another server's
     * lists go on.
     */
    int failScreening(NodeId node, String zh, String en);
}
