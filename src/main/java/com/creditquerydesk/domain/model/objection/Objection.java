package com.creditquerydesk.domain.model.objection;

import com.creditquerydesk.domain.model.calendar.WorkingDayCalendar;
import com.creditquerydesk.domain.model.letter.StoredFile;
import com.creditquerydesk.domain.model.reply.ReplyLetter;
import com.creditquerydesk.domain.model.user.Role;
import com.creditquerydesk.domain.shared.DomainException;
import com.creditquerydesk.domain.shared.DomainException.Kind;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * 异议: an objection to a signed reply's result for some of its candidates (docs/rules.md#R86), travelling its route
 * hop by hop, each due a number of working days after the hop before and closed in order (R87), until its outcome,
 * 维持 or 更正 (R88). The signed reply itself never changes.
 */
@Entity
@Table(name = "objection")
public class Objection {

    static final int MAX_REASON = 500;

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "letter_id", nullable = false, length = 36)
    private String letterId;

    @Column(name = "reply_number", nullable = false, length = 60)
    private String replyNumber;

    /** The day the result reached the requesting unit (the reply's dispatch, else its sign-off): the raise counts from it. */
    @Column(name = "result_on", nullable = false)
    private LocalDate resultOn;

    /** The candidates objected for, by their 序号 in the reply. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "objection_candidate", joinColumns = @JoinColumn(name = "objection_id"))
    @OrderColumn(name = "position")
    @Column(name = "serial", nullable = false)
    private List<Integer> candidates = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Objector objector;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Column(name = "route_code", nullable = false, length = 40)
    private String routeCode;

    @Column(name = "route_name", nullable = false, length = 100)
    private String routeName;

    /** 逾期提出: received after the raise's limit; recorded all the same. */
    @Column(nullable = false)
    private boolean late;

    @Embedded
    private StoredFile file;

    @Column(name = "opened_by", nullable = false, length = 40)
    private String openedBy;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "objection_hop", joinColumns = @JoinColumn(name = "objection_id"))
    @OrderColumn(name = "position")
    private List<ObjectionHop> hops = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Decision decision;

    @Column(name = "decision_reason", length = MAX_REASON)
    private String decisionReason;

    @Column(name = "decided_by", length = 40)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Version
    private long version;

    protected Objection() {
    }

    /** What an objection is opened with, checked by {@link #open}. */
    public record Opening(List<Integer> candidates, Objector objector, LocalDate receivedOn, ObjectionRoute route,
                          StoredFile file) {
    }

    /**
     * Opens an objection on a signed reply listing {@code replyRows} candidates (docs/rules.md#R86). The raise is closed
     * on the day the requesting unit received the objection, and marked 逾期提出 when that is after its limit; where the
     * route's next hop brings it to the centre, that hop is closed today with the objection letter as its document.
     *
     * @param resultOn the day the result reached the requesting unit
     */
    public static Objection open(ReplyLetter reply, LocalDate resultOn, int replyRows, Opening o, String by,
                                 Instant at, LocalDate today, WorkingDayCalendar calendar) {
        if (reply.status() != ReplyLetter.Status.SIGNED) {
            throw new DomainException(Kind.CONFLICT, "REPLY_NOT_SIGNED", "复函尚未签发，不能登记异议",
                    "the reply is not signed off; no objection can be opened on it");
        }
        Set<Integer> serials = new TreeSet<>();
        for (Integer c : o.candidates() == null ? List.<Integer>of() : o.candidates()) {
            if (c == null || c < 1 || c > replyRows) {
                throw new DomainException("CANDIDATE_NOT_IN_REPLY", "复函中没有序号为 " + c + " 的查询对象（共 " + replyRows + " 人）",
                        "the reply has no candidate numbered " + c + " (it lists " + replyRows + ")");
            }
            serials.add(c);
        }
        if (serials.isEmpty()) {
            throw new DomainException("CANDIDATES_REQUIRED", "请选择提出异议的查询对象（复函中的序号）",
                    "name the candidates objected for (their numbers in the reply)");
        }
        if (o.objector() == null) {
            throw new DomainException("OBJECTOR_REQUIRED", "请选择异议提出人：查询对象或查询申请单位",
                    "say who objects: the candidate or the requesting unit");
        }
        if (o.route() == null) {
            throw new DomainException("ROUTE_REQUIRED", "请选择异议渠道", "choose the objection's route");
        }
        if (o.receivedOn() == null) {
            throw new DomainException("RECEIVED_ON_REQUIRED", "请填写查询申请单位收到异议的日期",
                    "give the day the requesting unit received the objection");
        }
        if (o.receivedOn().isAfter(today)) {
            throw new DomainException("RECEIVED_ON_IN_FUTURE", "收到异议的日期 " + o.receivedOn() + " 晚于今天",
                    "the day the objection was received, " + o.receivedOn() + ", is after today");
        }
        if (o.receivedOn().isBefore(resultOn)) {
            throw new DomainException("RECEIVED_BEFORE_RESULT", "收到异议的日期 " + o.receivedOn() + " 早于查询结果送达日 "
                    + resultOn, "the objection cannot be received (" + o.receivedOn() + ") before the result, " + resultOn);
        }
        if (o.file() == null) {
            throw new DomainException("FILE_REQUIRED", "请上传异议材料", "upload the objection letter");
        }
        Objection x = new Objection();
        x.id = UUID.randomUUID().toString();
        x.letterId = reply.letterId();
        x.replyNumber = reply.replyNumber();
        x.resultOn = resultOn;
        x.candidates.addAll(serials);
        x.objector = o.objector();
        x.receivedOn = o.receivedOn();
        x.routeCode = o.route().code();
        x.routeName = o.route().name();
        x.file = o.file();
        x.openedBy = by;
        x.openedAt = at;
        List<HopRule> rules = o.route().hops();
        x.hops.add(new ObjectionHop(o.objector().party(), rules.get(0)));
        rules.stream().skip(1).forEach(r -> x.hops.add(new ObjectionHop(r.from(), r)));
        x.late = o.receivedOn().isAfter(x.dueDate(0, calendar).orElseThrow());
        x.hops.get(0).close(o.receivedOn(), null, null, by, at);
        if (x.hops.get(1).to() == ObjectionParty.CENTRE) {
            x.hops.get(1).close(today, new ObjectionHop.Document(o.file().sha256(), o.file().mediaType(),
                    o.file().fileName()), null, by, at);
        }
        return x;
    }

    /** The refusal of an unknown objection. */
    public static DomainException notFound(String id) {
        return new DomainException(Kind.NOT_FOUND, "OBJECTION_NOT_FOUND", "异议不存在：" + id, "no such objection: " + id);
    }

    /**
     * Only a registry clerk or the letter's handler records an objection and its steps (docs/rules.md#R86); a refusal
     * says why.
     */
    public static void requireRecorder(String letterHandler, String username, Collection<Role> roles) {
        if (roles.contains(Role.REGISTRY_CLERK) || roles.contains(Role.HANDLER) && username.equals(letterHandler)) {
            return;
        }
        throw new DomainException(Kind.FORBIDDEN, "NOT_YOUR_LETTER", "异议由收发员或该函的经办人" + (letterHandler == null
                ? "" : " " + letterHandler) + "登记和办理", "an objection is recorded by a registry clerk or the letter's handler"
                + (letterHandler == null ? "" : " " + letterHandler));
    }

    /**
     * The due date of hop {@code index} (from 0): the raise's limit after the result; each later hop's limit after the
     * day the hop before was closed, or, while it is open, after its own due date (the latest the chain can run).
     * None for a hop without a limit, nor for the hops after it until it is closed (docs/rules.md#R87).
     */
    public Optional<LocalDate> dueDate(int index, WorkingDayCalendar calendar) {
        ObjectionHop hop = hops.get(index);
        if (hop.limitDays() == null) {
            return Optional.empty();
        }
        Optional<LocalDate> from = index == 0 ? Optional.of(resultOn)
                : hops.get(index - 1).closed() ? Optional.of(hops.get(index - 1).closedOn()) : dueDate(index - 1, calendar);
        return from.map(d -> calendar.plusWorkingDays(d, hop.limitDays()));
    }

    public HopStatus status(int index) {
        if (hops.get(index).closed()) {
            return HopStatus.CLOSED;
        }
        return OptionalInt.of(index).equals(openHop()) ? HopStatus.OPEN : HopStatus.WAITING;
    }

    /** The hop to close next (from 0), none once all are closed. */
    public OptionalInt openHop() {
        for (int i = 0; i < hops.size(); i++) {
            if (!hops.get(i).closed()) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /** Whether the hop to close next is the centre's (a 工作台 item of the letter's handler, docs/rules.md#R87). */
    public boolean awaitsCentre() {
        OptionalInt open = openHop();
        return open.isPresent() && hops.get(open.getAsInt()).from() == ObjectionParty.CENTRE;
    }

    /**
     * Closes hop {@code step} (from 1) on the day it happened, with its document and a note (docs/rules.md#R87): the hops
     * are closed in order, on no day before the hop before nor after today; the centre answers the requesting unit
     * only once the outcome is recorded (R88).
     */
    public ObjectionHop closeHop(int step, LocalDate on, ObjectionHop.Document document, String note, String by,
                                 Instant at, LocalDate today) {
        if (step < 1 || step > hops.size()) {
            throw new DomainException(Kind.NOT_FOUND, "HOP_NOT_FOUND", "该异议没有第 " + step + " 环节（共 " + hops.size()
                    + " 个环节）", "the objection has no hop " + step + " (it has " + hops.size() + ")");
        }
        ObjectionHop hop = hops.get(step - 1);
        if (hop.closed()) {
            throw new DomainException(Kind.CONFLICT, "HOP_ALREADY_CLOSED", "第 " + step + " 环节已于 " + hop.closedOn()
                    + " 办结", "hop " + step + " was closed on " + hop.closedOn());
        }
        int open = openHop().orElseThrow() + 1;
        if (step != open) {
            throw new DomainException(Kind.CONFLICT, "HOP_OUT_OF_ORDER", "各环节须按顺序办结：请先办结第 " + open + " 环节",
                    "hops are closed in order: close hop " + open + " first");
        }
        if (on == null) {
            throw new DomainException("HOP_DATE_REQUIRED", "请填写该环节办结的日期", "give the day the hop was done");
        }
        if (on.isAfter(today)) {
            throw new DomainException("HOP_DATE_IN_FUTURE", "办结日期 " + on + " 晚于今天", "the day " + on + " is after today");
        }
        LocalDate before = hops.get(step - 2).closedOn();
        if (on.isBefore(before)) {
            throw new DomainException("HOP_DATE_BEFORE_PREVIOUS", "办结日期 " + on + " 早于上一环节的办结日期 " + before,
                    "the day " + on + " is before the hop before was closed, " + before);
        }
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        if (cleanNote != null && cleanNote.length() > ObjectionHop.MAX_NOTE) {
            throw new DomainException("HOP_NOTE_TOO_LONG", "说明最多 " + ObjectionHop.MAX_NOTE + " 个字",
                    "the note has at most " + ObjectionHop.MAX_NOTE + " characters");
        }
        if (hop.from() == ObjectionParty.CENTRE && hop.to() == ObjectionParty.REQUESTING_UNIT && decision == null) {
            throw new DomainException(Kind.CONFLICT, "OUTCOME_REQUIRED", "请先登记异议处理结果（维持或更正），再书面答复查询申请单位",
                    "record the outcome (uphold or correct) before answering the requesting unit");
        }
        hop.close(on, document, cleanNote, by, at);
        return hop;
    }

    /** 维持 or 更正; a correction says why (docs/rules.md#R88). Recorded once. */
    public void decide(Decision decision, String reason, String by, Instant at) {
        if (this.decision != null) {
            throw new DomainException(Kind.CONFLICT, "OBJECTION_ALREADY_DECIDED", "该异议已登记处理结果：" + this.decision.label(),
                    "the objection's outcome is already recorded: " + this.decision.name());
        }
        if (decision == null) {
            throw new DomainException("DECISION_REQUIRED", "处理结果应为 UPHOLD（维持）或 CORRECT（更正）",
                    "the decision is UPHOLD or CORRECT");
        }
        String clean = reason == null || reason.isBlank() ? null : reason.strip();
        if (decision == Decision.CORRECT && clean == null) {
            throw new DomainException("CORRECTION_REASON_REQUIRED", "更正须填写理由", "a correction needs a reason");
        }
        if (clean != null && clean.length() > MAX_REASON) {
            throw new DomainException("DECISION_REASON_TOO_LONG", "理由最多 " + MAX_REASON + " 个字",
                    "the reason has at most " + MAX_REASON + " characters");
        }
        this.decision = decision;
        this.decisionReason = clean;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    public String id() {
        return id;
    }

    public String letterId() {
        return letterId;
    }

    public String replyNumber() {
        return replyNumber;
    }

    public LocalDate resultOn() {
        return resultOn;
    }

    public List<Integer> candidates() {
        return List.copyOf(candidates);
    }

    public Objector objector() {
        return objector;
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    public String routeCode() {
        return routeCode;
    }

    public String routeName() {
        return routeName;
    }

    public boolean late() {
        return late;
    }

    public StoredFile file() {
        return file;
    }

    public String openedBy() {
        return openedBy;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public List<ObjectionHop> hops() {
        return List.copyOf(hops);
    }

    public Optional<Decision> decision() {
        return Optional.ofNullable(decision);
    }

    public String decisionReason() {
        return decisionReason;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }
}
