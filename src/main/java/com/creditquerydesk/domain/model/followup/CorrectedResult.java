package com.creditquerydesk.domain.model.followup;

import com.creditquerydesk.domain.model.reply.HitRecordRef;
import com.creditquerydesk.domain.model.reply.ReplyContent;
import com.creditquerydesk.domain.model.reply.ReplyRow;
import com.creditquerydesk.domain.shared.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.List;
import java.util.Objects;

/**
 * The corrected result of one candidate a 更正函 names, by his 序号 in the reply corrected (docs/rules.md#R89): listed as a
 * 失信联合惩戒对象 on the record of one court and 案号, or without any record. Nothing else about him.
 */
@Embeddable
public class CorrectedResult {

    @Column(name = "serial", nullable = false)
    private int serial;

    @Column(name = "listed", nullable = false)
    private boolean listed;

    @Column(name = "court", length = 60)
    private String court;

    @Column(name = "case_number", length = 60)
    private String caseNumber;

    protected CorrectedResult() {
    }

    /** Not listed: 未发现失信联合惩戒对象记录. */
    public static CorrectedResult noRecord(int serial) {
        return new CorrectedResult(serial, null);
    }

    /** Listed on this record. */
    public static CorrectedResult listed(int serial, HitRecordRef record) {
        return new CorrectedResult(serial, Objects.requireNonNull(record, "record"));
    }

    private CorrectedResult(int serial, HitRecordRef record) {
        this.serial = serial;
        this.listed = record != null;
        this.court = record == null ? null : record.court();
        this.caseNumber = record == null ? null : record.caseNumber();
    }

    public int serial() {
        return serial;
    }

    public boolean isListed() {
        return listed;
    }

    public List<HitRecordRef> records() {
        return listed ? List.of(new HitRecordRef(court, caseNumber)) : List.of();
    }

    /** Whether this says what {@code original} said: then it corrects nothing. */
    boolean sameAs(ReplyRow original) {
        return original.records().equals(records());
    }

    /** The corrected row of the candidate {@code original} names (his 序号 is the correction's to give). */
    public ReplyRow row(ReplyRow original) {
        if (original.serial() != serial) {
            throw new IllegalArgumentException("row " + original.serial() + " is not candidate " + serial);
        }
        return new ReplyRow(serial, original.name(), original.idNumber(),
                listed ? ReplyContent.LISTED : ReplyContent.NO_RECORD, records());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CorrectedResult c && c.serial == serial && c.records().equals(records());
    }

    @Override
    public int hashCode() {
        return Objects.hash(serial, court, caseNumber);
    }
}
