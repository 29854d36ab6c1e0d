package com.creditquerydesk.domain.model.letter;

import com.creditquerydesk.domain.model.calendar.WorkingDayCalendar;
import com.creditquerydesk.domain.shared.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.Instant;
import java.time.LocalDate;

/**
 * 延期: why a letter's reply is due later than the 3 working days, and the contact made with the requesting unit
 * beforehand (docs/rules.md#R63). The new date itself is the letter's due date; the first one stays on the letter.
 */
@Embeddable
public class Extension {

    /** The latest a reply may be due: this many working days after the 3-working-day due date (docs/rules.md#R63). */
    public static final int LIMIT_WORKING_DAYS = 5;

    static final int MAX_REASON = 500;
    static final int MAX_CONTACT_PERSON = 50;

    @Column(name = "extension_reason", length = MAX_REASON)
    private String reason;

    @Column(name = "extension_contacted_at")
    private Instant contactedAt;

    @Column(name = "extension_contact_person", length = MAX_CONTACT_PERSON)
    private String contactPerson;

    @Enumerated(EnumType.STRING)
    @Column(name = "extension_contact_channel", length = 20)
    private ContactChannel contactChannel;

    @Column(name = "extended_by", length = 40)
    private String extendedBy;

    @Column(name = "extended_at")
    private Instant extendedAt;

    protected Extension() {
    }

    /** An extension recorded by {@code extendedBy} at {@code extendedAt}, after the contact it names. */
    public Extension(String reason, Instant contactedAt, String contactPerson, ContactChannel contactChannel,
                     String extendedBy, Instant extendedAt) {
        this.reason = required(reason, MAX_REASON, "EXTENSION_REASON_REQUIRED", "延期理由", "the reason");
        this.contactPerson = required(contactPerson, MAX_CONTACT_PERSON, "CONTACT_PERSON_REQUIRED",
                "沟通的查询申请单位联系人", "the requesting unit's contact person");
        if (contactChannel == null) {
            throw new DomainException("CONTACT_CHANNEL_REQUIRED", "请选择与查询申请单位的沟通方式",
                    "choose how the requesting unit was contacted");
        }
        if (contactedAt == null) {
            throw new DomainException("CONTACTED_AT_REQUIRED", "请填写与查询申请单位沟通的时间",
                    "give the time the requesting unit was contacted");
        }
        if (contactedAt.isAfter(extendedAt)) {
            throw new DomainException("CONTACT_NOT_BEFORE_EXTENSION", "须先与查询申请单位沟通，再办理延期：沟通时间不能晚于现在",
                    "the requesting unit is contacted before the extension: the contact cannot be later than now");
        }
        this.contactedAt = contactedAt;
        this.contactChannel = contactChannel;
        this.extendedBy = extendedBy;
        this.extendedAt = extendedAt;
    }

    /**
     * Refuses a new due date unless it is later than the current one, a working day, and at most
     * {@link #LIMIT_WORKING_DAYS} working days after the first due date (docs/rules.md#R63). The current due date
     * has not passed (the letter checks that first), so a date before today is one that is not later.
     */
    static void checkNewDueDate(LocalDate newDueDate, LocalDate current, LocalDate first, LocalDate today,
                                WorkingDayCalendar calendar) {
        if (newDueDate == null) {
            throw new DomainException("NEW_DUE_DATE_REQUIRED", "请填写延期后的办理期限", "give the new due date");
        }
        if (!newDueDate.isAfter(current)) {
            throw newDueDate.isBefore(today)
                    ? new DomainException("NEW_DUE_DATE_IN_PAST", "延期后的办理期限 " + newDueDate + " 早于今天",
                    "the new due date " + newDueDate + " is before today")
                    : new DomainException("NEW_DUE_DATE_NOT_LATER",
                    "延期后的办理期限须晚于当前期限 " + current, "the new due date must be later than the current one, " + current);
        }
        if (!calendar.isWorkingDay(newDueDate)) {
            throw new DomainException("NEW_DUE_DATE_NOT_WORKING_DAY", newDueDate + " 不是工作日，办理期限须为工作日",
                    newDueDate + " is not a working day; a due date is a working day");
        }
        LocalDate latest = calendar.plusWorkingDays(first, LIMIT_WORKING_DAYS);
        if (newDueDate.isAfter(latest)) {
            throw new DomainException("NEW_DUE_DATE_BEYOND_LIMIT", "延期最多为原办理期限 " + first + " 后 "
                    + LIMIT_WORKING_DAYS + " 个工作日，即不晚于 " + latest, "an extension reaches at most "
                    + LIMIT_WORKING_DAYS + " working days past the first due date " + first + ", that is " + latest);
        }
    }

    private static String required(String text, int max, String code, String zh, String en) {
        if (text == null || text.isBlank()) {
            throw new DomainException(code, "请填写" + zh, "give " + en);
        }
        if (text.strip().length() > max) {
            throw new DomainException(code.replace("_REQUIRED", "_TOO_LONG"), zh + "最多 " + max + " 个字",
                    en + " has at most " + max + " characters");
        }
        return text.strip();
    }

    public String reason() {
        return reason;
    }

    public Instant contactedAt() {
        return contactedAt;
    }

    public String contactPerson() {
        return contactPerson;
    }

    public ContactChannel contactChannel() {
        return contactChannel;
    }

    public String extendedBy() {
        return extendedBy;
    }

    public Instant extendedAt() {
        return extendedAt;
    }
}
