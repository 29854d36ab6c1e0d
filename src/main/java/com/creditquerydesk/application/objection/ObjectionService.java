package com.creditquerydesk.application.objection;

import com.creditquerydesk.application.Actor;
import com.creditquerydesk.application.ServerSettings;
import com.creditquerydesk.application.audit.AuditService;
import com.creditquerydesk.application.calendar.CalendarService;
import com.creditquerydesk.application.intake.IntakeService;
import com.creditquerydesk.application.intake.IntakeService.Upload;
import com.creditquerydesk.application.intake.LetterQueryService;
import com.creditquerydesk.application.reply.ReplyCandidates;
import com.creditquerydesk.domain.model.audit.AuditAction;
import com.creditquerydesk.domain.model.letter.IncomingLetter;
import com.creditquerydesk.domain.model.letter.IncomingLetterRepository;
import com.creditquerydesk.domain.model.letter.StoredFile;
import com.creditquerydesk.domain.model.objection.Decision;
import com.creditquerydesk.domain.model.objection.Objection;
import com.creditquerydesk.domain.model.objection.ObjectionHop;
import com.creditquerydesk.domain.model.objection.ObjectionRepository;
import com.creditquerydesk.domain.model.objection.ObjectionRoute;
import com.creditquerydesk.domain.model.objection.ObjectionRoutes;
import com.creditquerydesk.domain.model.objection.Objector;
import com.creditquerydesk.domain.model.reply.ReplyLetter;
import com.creditquerydesk.domain.model.reply.ReplyLetterRepository;
import com.creditquerydesk.domain.model.reply.ReplyRow;
import com.creditquerydesk.domain.shared.BlobStore;
import com.creditquerydesk.domain.shared.DomainException;
import com.creditquerydesk.domain.shared.DomainException.Kind;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * 异议 (docs/rules.md#R86–R88): opened on a signed reply by a registry clerk or the letter's handler, its hops closed in
 * order, its outcome recorded; every step audited. The routes are the bundled route file and any an administrator put
 * under data/objection/, read at start.
 */
@ApplicationScoped
public class ObjectionService {

    @Inject
    ObjectionRepository objections;

    @Inject
    IncomingLetterRepository letters;

    @Inject
    ReplyLetterRepository replies;

    @Inject
    ReplyCandidates candidates;

    @Inject
    IntakeService intake;

    @Inject
    BlobStore store;

    @Inject
    CalendarService calendar;

    @Inject
    AuditService audit;

    @Inject
    ServerSettings config;

    @Inject
    Clock clock;

    private volatile ObjectionRoutes routes;

    /** What the clerk gives to open an objection. */
    public record OpenRequest(String letterId, List<Integer> candidates, Objector objector, LocalDate receivedOn,
                              String route, Upload file) {
    }

    /** An objection with the rows of its reply, to name its candidates (their IDs as the caller's duty allows). */
    public record Details(Objection objection, List<ReplyRow> replyRows) {
    }

    @PostConstruct
    void load() {
        List<List<ObjectionRoute>> files = new ArrayList<>();
        files.add(ObjectionRoutes.bundled());
        Path dir = config.dataDir().resolve("objection");
        if (Files.isDirectory(dir)) {
            try (Stream<Path> s = Files.list(dir)) {
                for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
                        files.add(ObjectionRoutes.parse(r));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the objection route files in " + dir, e);
            }
        }
        routes = ObjectionRoutes.of(files);
    }

    public Collection<ObjectionRoute> routes() {
        return routes.all();
    }

    @Transactional
    public Details open(Actor actor, OpenRequest request) {
        IncomingLetter letter = letter(request.letterId());
        Objection.requireRecorder(letter.handler(), actor.username(), actor.roles());
        ReplyLetter reply = replies.find(letter.id()).orElseThrow(() -> new DomainException(Kind.CONFLICT,
                "REPLY_NOT_SIGNED", "该来函尚无已签发的复函，不能登记异议", "the letter has no signed reply to object to"));
        ObjectionRoute route = request.route() == null || request.route().isBlank() ? null
                : routes.find(request.route()).orElseThrow(() -> new DomainException("ROUTE_UNKNOWN",
                "未知的异议渠道：" + request.route() + "（可选：" + codes() + "）",
                "unknown objection route: " + request.route() + " (one of " + codes() + ")"));
        StoredFile file = request.file() == null ? null : intake.checked(request.file());
        boolean signed = reply.status() == ReplyLetter.Status.SIGNED;
        List<ReplyRow> rows = signed ? candidates.rows(letter.id()) : List.of();
        LocalDate resultOn = !signed ? null : reply.dispatchedOn() != null ? reply.dispatchedOn()
                : reply.signedAt().atZone(calendar.zone()).toLocalDate();
        Objection objection = Objection.open(reply, resultOn, rows.size(), new Objection.Opening(request.candidates(),
                        request.objector(), request.receivedOn(), route, file), actor.username(), clock.instant(),
                calendar.today(), calendar.calendar());
        store.put(file.sha256(), request.file().content());
        objections.store(objection);
        audit.record(actor, AuditAction.OBJECTION_OPENED, letter.id(), "登记异议（" + objection.routeName() + "）：复函 "
                + objection.replyNumber() + "，查询对象序号 " + objection.candidates().stream().map(String::valueOf)
                .collect(Collectors.joining("、")) + "，提出人 " + objection.objector().label() + "，查询申请单位收到日期 "
                + objection.receivedOn() + (objection.late() ? "（逾期提出）" : "") + "；异议材料 " + describe(file));
        return new Details(objection, rows);
    }

    /** Closes hop {@code step} (from 1) of the objection, with an optional document (docs/rules.md#R87). */
    @Transactional
    public Details closeHop(Actor actor, String id, int step, LocalDate on, Upload document, String note) {
        Objection objection = objection(id);
        IncomingLetter letter = letter(objection.letterId());
        Objection.requireRecorder(letter.handler(), actor.username(), actor.roles());
        StoredFile file = document == null ? null : intake.checked(document);
        ObjectionHop hop = objection.closeHop(step, on, file == null ? null
                        : new ObjectionHop.Document(file.sha256(), file.mediaType(), file.fileName()), note,
                actor.username(), clock.instant(), calendar.today());
        if (file != null) {
            store.put(file.sha256(), document.content());
        }
        LocalDate due = objection.dueDate(step - 1, calendar.calendar()).orElse(null);
        audit.record(actor, AuditAction.OBJECTION_HOP_CLOSED, letter.id(), "办结异议第 " + step + " 环节（" + hop.label()
                + "）：" + hop.closedOn() + (due != null && hop.closedOn().isAfter(due) ? "，超过期限 " + due : "")
                + (file == null ? "" : "；材料 " + describe(file)) + (hop.note() == null ? "" : "；说明：" + hop.note()));
        return details(objection);
    }

    /** 维持 or 更正 (docs/rules.md#R88). */
    @Transactional
    public Details decide(Actor actor, String id, Decision decision, String reason) {
        Objection objection = objection(id);
        IncomingLetter letter = letter(objection.letterId());
        Objection.requireRecorder(letter.handler(), actor.username(), actor.roles());
        objection.decide(decision, reason, actor.username(), clock.instant());
        audit.record(actor, AuditAction.OBJECTION_DECIDED, letter.id(), "异议处理结果：" + decision.label() + "（复函 "
                + objection.replyNumber() + "）" + (objection.decisionReason() == null ? "" : "，理由："
                + objection.decisionReason()));
        return details(objection);
    }

    @Transactional
    public Details find(String id) {
        return details(objection(id));
    }

    @Transactional
    public List<Details> ofLetter(String letterId) {
        IncomingLetter letter = letter(letterId);
        List<Objection> found = objections.findByLetter(letter.id());
        if (found.isEmpty()) {
            return List.of();
        }
        List<ReplyRow> rows = candidates.rows(letter.id());
        return found.stream().map(o -> new Details(o, rows)).toList();
    }

    /** The objection letter's bytes, to those whose duty covers the letter's personal data (docs/rules.md#R21). */
    @Transactional
    public byte[] file(Actor actor, String id) {
        Objection objection = objection(id);
        letter(objection.letterId()).requirePersonalDataInScopeOf(actor.username(), actor.roles());
        audit.record(actor, AuditAction.OBJECTION_FILE_READ, objection.letterId(), "下载异议材料（复函 "
                + objection.replyNumber() + "）");
        return store.get(objection.file().sha256());
    }

    private Details details(Objection objection) {
        return new Details(objection, candidates.rows(objection.letterId()));
    }

    private Objection objection(String id) {
        return objections.find(id).orElseThrow(() -> Objection.notFound(id));
    }

    private IncomingLetter letter(String letterId) {
        if (letterId == null || letterId.isBlank()) {
            throw new DomainException("LETTER_ID_REQUIRED", "请指明复函（来函编号 replyId 或 letterId）",
                    "name the reply (replyId or letterId: the letter's id)");
        }
        return letters.find(letterId.strip()).orElseThrow(() -> LetterQueryService.notFound(letterId));
    }

    private static String describe(StoredFile f) {
        return f.mediaType() + "，" + f.pages() + " 页，SHA-256 " + f.sha256();
    }

    private String codes() {
        return routes.all().stream().map(ObjectionRoute::code).sorted().collect(Collectors.joining("、"));
    }
}
