package com.creditquerydesk.domain.model.letter;

import com.creditquerydesk.domain.model.candidate.SearchTerm;
import com.creditquerydesk.domain.shared.DomainException;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

public interface IncomingLetterRepository {

    Optional<IncomingLetter> find(String id);

    /** The letter this file was registered with, as its original or as an attachment. */
    Optional<IncomingLetter> findBySha256(String sha256);

    IncomingLetter store(IncomingLetter letter);

    /** The letter of that 收文编号 (as printed: 收2026-0001). */
    Optional<IncomingLetter> findByReceiptNumber(String receiptNumber);

    /**
     * The other letters, not voided, from the same requesting unit under the same 文号, oldest first: the same request
     * registered again from another file, a re-scan for instance (docs/rules.md#R73). None while either is unread.
     */
    List<IncomingLetter> findSameRequest(IncomingLetter letter);

    /** Every letter in one of these statuses, the earliest due first (the open letters a 工作台 goes through). */
    List<IncomingLetter> findInStatuses(Set<LetterStatus> statuses);

    /** Letters matching the filter in its order (most overdue first when asked, then by its column), one page. */
    List<IncomingLetter> search(LetterFilter filter, int offset, int limit);

    long count(LetterFilter filter);

    /**
     * @param statuses  the statuses shown (none: all)
     * @param term      what the search box holds (docs/rules.md#R92), or null
     * @param handler   the handler's username, or null
     * @param hitsOnly  only letters whose screening or applicant list found a hit
     * @param sort      the column, {@code ascending} its direction
     */
    record LetterFilter(Set<LetterStatus> statuses, LocalDate receivedFrom, LocalDate receivedTo, String requestingUnit,
                        boolean overdueFirst, LocalDate today, SearchTerm term, String handler, boolean hitsOnly,
                        LetterSort sort, boolean ascending) {

        public LetterFilter {
            statuses = Set.copyOf(statuses);
            if (receivedFrom != null && receivedTo != null && receivedFrom.isAfter(receivedTo)) {
                throw new DomainException("DATE_RANGE_INVALID", "起始日期 " + receivedFrom + " 晚于截止日期 " + receivedTo,
                        "the start date " + receivedFrom + " is after the end date " + receivedTo);
            }
            Objects.requireNonNull(sort, "sort");
        }
    }
}
