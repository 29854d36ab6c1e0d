package com.creditquerydesk.domain.model.statistics;

/**
 * The counts of one group of letters received in a period (docs/rules.md#R74). Every count is of letters or of their
 * candidates, so the figures of groups add up to their total.
 *
 * @param received           letters registered in the period, refused and voided ones included
 * @param screened           letters screened (a candidate list or an applicant list)
 * @param candidates         candidates checked (applicants of an applicant list included)
 * @param hits               candidates whose hit stands after review (for an applicant list: matched applicants)
 * @param hitRecords         register records those hits rest on (not known for applicant lists)
 * @param lettersWithHits    letters with at least one standing hit
 * @param possibleHits       candidates flagged as possible hits (疑似命中), reviewed or not
 * @param overturnedHits     exact hits the reviewer did not confirm
 * @param signed             replies signed off
 * @param dispatched         replies dispatched
 * @param onTimeFirst        replies signed by the first due date (3 working days, docs/rules.md#R5)
 * @param decidedFirst       letters whose on-time state against the first due date is known (docs/rules.md#R76)
 * @param onTimeDue          replies signed by the due date in force, extended or not (docs/rules.md#R63)
 * @param decidedDue         letters whose on-time state against the due date in force is known
 * @param extendedLetters    letters extended at least once
 * @param extensions         extensions recorded (a letter may be extended more than once)
 * @param rejected           letters refused (退回 / 不予受理)
 * @param voided             letters voided (作废)
 */
public record LetterFigures(long received, long screened, long candidates, long hits, long hitRecords,
                            long lettersWithHits, long possibleHits, long overturnedHits, long signed, long dispatched,
                            long onTimeFirst, long decidedFirst, long onTimeDue, long decidedDue,
                            long extendedLetters, long extensions, long rejected, long voided) {

    public static final LetterFigures ZERO = new LetterFigures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public LetterFigures plus(LetterFigures o) {
        return new LetterFigures(received + o.received, screened + o.screened, candidates + o.candidates,
                hits + o.hits, hitRecords + o.hitRecords, lettersWithHits + o.lettersWithHits,
                possibleHits + o.possibleHits, overturnedHits + o.overturnedHits, signed + o.signed,
                dispatched + o.dispatched, onTimeFirst + o.onTimeFirst, decidedFirst + o.decidedFirst,
                onTimeDue + o.onTimeDue, decidedDue + o.decidedDue, extendedLetters + o.extendedLetters,
                extensions + o.extensions, rejected + o.rejected, voided + o.voided);
    }

    /** Hits per candidate checked; null without candidates. */
    public Double hitRate() {
        return rate(hits, candidates);
    }

    /** Signed by the first due date among the letters decided against it; null when none is decided. */
    public Double onTimeRateFirst() {
        return rate(onTimeFirst, decidedFirst);
    }

    /** Signed by the due date in force among the letters decided against it; null when none is decided. */
    public Double onTimeRateDue() {
        return rate(onTimeDue, decidedDue);
    }

    /** A share rounded to four decimals (so 0.8333 is 83.33%). */
    static Double rate(long part, long whole) {
        return whole == 0 ? null : Math.round(10_000.0 * part / whole) / 10_000.0;
    }
}
