package com.creditquerydesk.application.spotcheck;

import com.creditquerydesk.application.Actor;
import com.creditquerydesk.application.audit.AuditService;
import com.creditquerydesk.application.calendar.CalendarService;
import com.creditquerydesk.application.ledger.Period;
import com.creditquerydesk.application.screening.ScreeningService;
import com.creditquerydesk.domain.model.audit.AuditAction;
import com.creditquerydesk.domain.model.letter.IncomingLetter;
import com.creditquerydesk.domain.model.letter.IncomingLetterRepository;
import com.creditquerydesk.domain.model.register.RegisterRepository;
import com.creditquerydesk.domain.model.register.RegisterVersion;
import com.creditquerydesk.domain.model.reply.ReplyLetter;
import com.creditquerydesk.domain.model.reply.ReplyLetterRepository;
import com.creditquerydesk.domain.model.reply.SignedReplyReader;
import com.creditquerydesk.domain.model.screening.Screening;
import com.creditquerydesk.domain.model.screening.ScreeningRepository;
import com.creditquerydesk.domain.model.spotcheck.SampleSize;
import com.creditquerydesk.domain.model.spotcheck.ScreeningComparison;
import com.creditquerydesk.domain.model.spotcheck.SpotCheck;
import com.creditquerydesk.domain.model.spotcheck.SpotCheckItem;
import com.creditquerydesk.domain.model.spotcheck.SpotCheckRepository;
import com.creditquerydesk.domain.model.spotcheck.Verdict;
import com.creditquerydesk.domain.model.user.ContactDuty;
import com.creditquerydesk.domain.model.user.Role;
import com.creditquerydesk.domain.model.user.User;
import com.creditquerydesk.domain.model.user.UserRepository;
import com.creditquerydesk.domain.shared.BlobStore;
import com.creditquerydesk.domain.shared.DomainException;
import com.creditquerydesk.domain.shared.DomainException.Kind;
import com.creditquerydesk.domain.shared.Sha256;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * 抽查抽检 (docs/rules.md#R78): the audit administrator or the 直接负责人 draws signed replies of a period at random
 * (the seed kept), and each is checked: its candidates re-screened against the register version of the original
 * screening (which must give the same records) and against today's (what changed since is listed), its stored signed
 * file against its recorded hash and the centre's signature. The checker then records 一致 or 不一致. Every draw and
 * verdict is audited. Replies of applicant lists are not drawn: their candidates are not kept one by one (R42).
 */
@ApplicationScoped
public class SpotCheckService {

    private static final SecureRandom SEEDS = new SecureRandom();

    @Inject
    ReplyLetterRepository replies;

    @Inject
    IncomingLetterRepository letters;

    @Inject
    ScreeningRepository screenings;

    @Inject
    ScreeningService screening;

    @Inject
    RegisterRepository register;

    @Inject
    BlobStore blobs;

    @Inject
    SignedReplyReader signatures;

    @Inject
    SpotCheckRepository checks;

    @Inject
    UserRepository users;

    @Inject
    AuditService audit;

    @Inject
    CalendarService calendar;

    @Inject
    Clock clock;

    @Transactional
    public SpotCheck draw(Actor actor, Period period, SampleSize sample) {
        requireChecker(actor);
        Map<String, ReplyLetter> signed = replies.signedBetween(period.start(calendar.zone()), period.end(calendar.zone()))
                .stream()
                .filter(r -> screenings.find(r.letterId()).isPresent())
                .collect(Collectors.toMap(ReplyLetter::letterId, Function.identity()));
        long seed = SEEDS.nextLong();
        List<String> drawn = sample.draw(List.copyOf(signed.keySet()), seed);
        int today = register.latestVersion().map(RegisterVersion::number).orElse(0);
        Instant now = clock.instant();
        List<SpotCheckItem> items = new ArrayList<>();
        for (String letterId : drawn) {
            items.add(check(items.size() + 1, letters.find(letterId).orElseThrow(), signed.get(letterId), today, now,
                    actor.username()));
        }
        SpotCheck check = new SpotCheck(UUID.randomUUID().toString(), period.from(), period.to(), sample, seed,
                signed.size(), actor.username(), now, items);
        checks.store(check);
        long defects = items.stream().filter(SpotCheckItem::defect).count();
        audit.record(actor, AuditAction.SPOT_CHECK_DRAWN, null, "抽查 " + period + " 签发的复函：共 " + signed.size()
                + " 件，按 " + sample + " 抽取 " + items.size() + " 件（随机种子 " + seed + "）："
                + items.stream().map(SpotCheckItem::receiptNumber).toList()
                + (defects > 0 ? "；其中 " + defects + " 件按原时点未能重现或复函文件异常" : "；均按原时点重现，复函文件完好"));
        return check;
    }

    public SpotCheck get(Actor actor, String id) {
        requireChecker(actor);
        return find(id);
    }

    public List<SpotCheck> recent(Actor actor) {
        requireChecker(actor);
        return checks.recent(50);
    }

    @Transactional
    public SpotCheck judge(Actor actor, String id, int number, Verdict verdict, String note) {
        requireChecker(actor);
        SpotCheck judged = find(id).judged(number, verdict, note, actor.username(), clock.instant());
        checks.store(judged);
        SpotCheckItem item = judged.item(number);
        audit.record(actor, AuditAction.SPOT_CHECK_JUDGED, item.letterId(), "抽查第 " + number + " 件 "
                + item.receiptNumber() + "：" + verdict.label() + (item.note() == null ? "" : "，" + item.note()));
        return judged;
    }

    private SpotCheck find(String id) {
        return checks.find(id).orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "SPOT_CHECK_NOT_FOUND",
                "抽查记录不存在：" + id, "no such spot check: " + id));
    }

    private SpotCheckItem check(int number, IncomingLetter letter, ReplyLetter reply, int today, Instant now,
                                String by) {
        Screening original = screenings.find(letter.id()).orElseThrow();
        Screening asOf = screening.rescreen(letter.id(), original.registerVersion(), original.screenedAt(), by);
        Screening current = screening.rescreen(letter.id(), today, now, by);
        boolean intact;
        boolean signatureValid = false;
        String problem = null;
        try {
            byte[] file = blobs.get(reply.signedPdfSha256());
            intact = Sha256.hex(file).equals(reply.signedPdfSha256());
            if (!intact) {
                problem = "复函文件的 SHA-256 与签发时记录的不符";
            } else {
                signatureValid = signatureValid(file);
                if (!signatureValid) {
                    problem = "复函的电子签名无效或签名后被修改";
                }
            }
        } catch (RuntimeException e) {
            intact = false;
            problem = "无法读取签发的复函文件（已损坏或缺失）";
        }
        return new SpotCheckItem(number, letter.id(), letter.receiptNumber().value(), reply.replyNumber(),
                original.screenedAt(), original.registerVersion(), ScreeningComparison.differences(original, asOf),
                today, ScreeningComparison.differences(original, current), intact, signatureValid, problem, null, null,
                null, null);
    }

    /** The centre's valid signature over the whole file; a reply signed before replies carried a head still counts. */
    private boolean signatureValid(byte[] file) {
        try {
            signatures.auditHead(file);
            return true;
        } catch (DomainException e) {
            return "REPLY_HAS_NO_AUDIT_HEAD".equals(e.code());
        }
    }

    /** The audit administrator, or an account the 联络表 names 直接负责人 (docs/rules.md#R78, #R79). */
    private void requireChecker(Actor actor) {
        boolean direct = users.findByUsername(actor.username()).flatMap(User::contactDuty)
                .filter(d -> d == ContactDuty.DIRECT).isPresent();
        if (!actor.roles().contains(Role.AUDITOR) && !direct) {
            throw new DomainException(Kind.FORBIDDEN, "FORBIDDEN", "无权执行此操作：抽查抽检由审计管理员或直接负责人进行",
                    "spot checks are for the audit administrator or the directly responsible person");
        }
    }
}
