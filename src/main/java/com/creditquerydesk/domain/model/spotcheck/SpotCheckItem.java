package com.creditquerydesk.domain.model.spotcheck;

import com.creditquerydesk.domain.shared.DomainException;
import com.creditquerydesk.domain.shared.DomainException.Kind;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One drawn reply and what its check found (docs/rules.md#R78): the differences of the re-screening as of the original
 * version (there must be none) and against today's version (records added or removed since), whether the stored
 * signed file still has its recorded hash and a valid signature of the centre, and the checker's verdict.
 *
 * @param fileProblem why the file or its signature failed, in Chinese; null when both hold
 */
public record SpotCheckItem(int number, String letterId, String receiptNumber, String replyNumber, Instant screenedAt,
                            int registerVersion, List<String> asOfDifferences, int todayVersion,
                            List<String> todayDifferences, boolean fileIntact, boolean signatureValid,
                            String fileProblem, Verdict verdict, String note, String checkedBy, Instant checkedAt) {

    public static final int MAX_NOTE = 500;

    public SpotCheckItem {
        Objects.requireNonNull(letterId, "letterId");
        asOfDifferences = List.copyOf(asOfDifferences);
        todayDifferences = List.copyOf(todayDifferences);
    }

    /** Whether the original result was reproduced exactly from its register version. */
    public boolean asOfReproduced() {
        return asOfDifferences.isEmpty();
    }

    /** A defect: the original result not reproduced, or the signed file altered or its signature invalid. */
    public boolean defect() {
        return !asOfReproduced() || !fileIntact || !signatureValid;
    }

    /** The checker's verdict, once; 不一致 needs a note saying what differs. */
    public SpotCheckItem judged(Verdict verdict, String note, String by, Instant at) {
        if (this.verdict != null) {
            throw new DomainException(Kind.CONFLICT, "SPOT_CHECK_ALREADY_JUDGED", "第 " + number + " 件已有核对结论",
                    "item " + number + " has its verdict already");
        }
        if (verdict == null) {
            throw new DomainException("VERDICT_REQUIRED", "请选择核对结论：CONSISTENT（一致）或 INCONSISTENT（不一致）",
                    "give the verdict: CONSISTENT or INCONSISTENT");
        }
        String n = note == null ? "" : note.strip();
        if (verdict == Verdict.INCONSISTENT && n.isEmpty()) {
            throw new DomainException("VERDICT_NOTE_REQUIRED", "“不一致”须说明不一致之处", "an inconsistency needs a note");
        }
        if (n.codePointCount(0, n.length()) > MAX_NOTE) {
            throw new DomainException("VERDICT_NOTE_TOO_LONG", "说明不超过 " + MAX_NOTE + " 字",
                    "a note has at most " + MAX_NOTE + " characters");
        }
        return new SpotCheckItem(number, letterId, receiptNumber, replyNumber, screenedAt, registerVersion,
                asOfDifferences, todayVersion, todayDifferences, fileIntact, signatureValid, fileProblem, verdict,
                n.isEmpty() ? null : n, by, at);
    }
}
