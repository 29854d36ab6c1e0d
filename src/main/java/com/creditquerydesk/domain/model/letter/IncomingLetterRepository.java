package com.creditquerydesk.domain.model.letter;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

public interface IncomingLetterRepository {

    Optional<IncomingLetter> find(String id);

    /** The letter this file was registered with, as its original or as an attachment. */
    Optional<IncomingLetter> findBySha256(String sha256);

    IncomingLetter store(IncomingLetter letter);

    /**
     * The other letters, not voided, from the same requesting unit under the same 文号, oldest first: the same request
     * registered again from another file, a re-scan for instance (docs/rules.md#R73). None while either is unread.
     */
    List<IncomingLetter> findSameRequest(IncomingLetter letter);

    /** Every letter in one of these statuses, the earliest due first (the open letters a 工作台 goes through). */
    List<IncomingLetter> findInStatuses(Set<LetterStatus> statuses);

    /** Letters matching the filter, newest first (or most overdue first), one page of them. */
    List<IncomingLetter> search(LetterFilter filter, int offset, int limit);

    long count(LetterFilter filter);

    record LetterFilter(LetterStatus status, LocalDate receivedFrom, LocalDate receivedTo, String requestingUnit,
                        boolean overdueFirst, LocalDate today) {
    }
}
