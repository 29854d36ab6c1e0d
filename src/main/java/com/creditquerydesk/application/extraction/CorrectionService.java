package com.creditquerydesk.application.extraction;

import com.creditquerydesk.domain.model.audit.AuditAction;
import com.creditquerydesk.application.Actor;
import com.creditquerydesk.application.audit.AuditService;
import com.creditquerydesk.application.intake.LetterQueryService;
import com.creditquerydesk.domain.model.candidate.IdNumber;
import com.creditquerydesk.domain.model.candidate.PersonName;
import com.creditquerydesk.domain.model.extraction.ExtractionRepository;
import com.creditquerydesk.domain.model.extraction.ExtractionRepository.LetterReading;
import com.creditquerydesk.domain.model.extraction.ExtractionResult;
import com.creditquerydesk.domain.model.extraction.ExtractionResult.ExtractedCandidate;
import com.creditquerydesk.domain.model.extraction.Field;
import com.creditquerydesk.domain.model.extraction.IdCheck;
import com.creditquerydesk.domain.model.extraction.IncompleteReadingException;
import com.creditquerydesk.domain.model.extraction.ReadingChecks;
import com.creditquerydesk.domain.model.letter.QueryKind;
import com.creditquerydesk.domain.model.letter.CentreNames;
import com.creditquerydesk.domain.model.letter.IncomingLetter;
import com.creditquerydesk.domain.model.letter.IncomingLetterRepository;
import com.creditquerydesk.domain.model.user.Role;
import com.creditquerydesk.domain.model.user.User;
import com.creditquerydesk.domain.model.user.UserRepository;
import com.creditquerydesk.domain.shared.DomainException;
import com.creditquerydesk.domain.shared.DomainException.Kind;
import jakarta.enterprise.context.ApplicationScoped;
import com.creditquerydesk.application.notice.NoticeService;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The correction clerk checks what was read, corrects it and confirms it. Every change is audited with
 * before and after (ID numbers masked); confirming hands the letter to a handler drawn at random
 * (随机抽取办理, docs/rules.md#R9).
 */
@ApplicationScoped
public class CorrectionService {

    private final SecureRandom random = new SecureRandom();

    @Inject
    IncomingLetterRepository letters;

    @Inject
    ExtractionRepository extractions;

    @Inject
    UserRepository users;

    @Inject
    AuditService audit;

    @Inject
    CentreNames centre;

    @Inject
    NoticeService notices;

    @Transactional
    public LetterReading save(Actor actor, String letterId, ExtractionResult corrected) {
        IncomingLetter letter = letters.find(letterId).orElseThrow(() -> LetterQueryService.notFound(letterId));
        LetterReading before = extractions.find(letterId).orElse(null);
        ExtractionResult after = normalise(corrected, before == null ? null : before.result());
        LetterReading reading = new LetterReading(after, before == null ? "MANUAL" : before.source(),
                before == null ? List.of() : before.pages());
        letter.correct(actor.username(), actor.roles(), after.senderUnit(), after.docNumber());
        extractions.store(letterId, reading);
        audit.record(actor, AuditAction.EXTRACTION_CORRECTED, letterId, changes(before == null ? null : before.result(), after));
        return reading;
    }

    /**
     * Confirms what was read: every field a reply needs is there and every candidate is valid. The letter
     * refuses first when it is not awaiting confirmation; an incomplete reading then rolls the step back.
     */
    @Transactional
    public IncomingLetter confirm(Actor actor, String letterId, boolean answerAddressedElsewhere) {
        IncomingLetter letter = letters.find(letterId).orElseThrow(() -> LetterQueryService.notFound(letterId));
        String handler = drawHandler(actor);
        boolean drawn = letter.handler() == null;
        letter.confirm(actor.username(), handler);
        ExtractionResult r = extractions.find(letterId).map(LetterReading::result).orElseThrow(() ->
                new DomainException(Kind.UNPROCESSABLE, "EXTRACTION_MISSING", "尚无识别结果，请先录入",
                        "nothing has been read or entered yet"));
        letter.recordQueryKind(r.queryKind());
        Refusals refused = problems(r);
        if (!refused.zh.isEmpty()) {
            throw new IncompleteReadingException(refused.zh, refused.en, refused.fields, refused.rows);
        }
        String elsewhere = centre.elsewhere(r.addressee()).orElse(null);
        if (elsewhere != null && !answerAddressedElsewhere) {
            throw new DomainException(Kind.CONFLICT, "ADDRESSED_ELSEWHERE", "来函主送「" + elsewhere + "」，不是本中心（"
                    + centre.name() + "）：请确认由本中心办理（如转办来函），或以“主送单位不是本中心”退回",
                    "the letter is addressed to " + elsewhere + ", not to this centre (" + centre.name()
                            + "): confirm that this centre answers it (a letter passed on), or reject it as wrongly"
                            + " addressed");
        }
        audit.record(actor, AuditAction.EXTRACTION_VERIFIED, letterId, "校对确认，查询对象 " + r.candidates().size()
                + " 人；随机分配经办人 " + users.nameAndLogin(letter.handler())
                + (elsewhere == null ? "" : "；来函主送「" + elsewhere + "」，确认由本中心办理"));
        if (drawn) {
            notices.assigned(letter);
        }
        return letter;
    }

    private String drawHandler(Actor clerk) {
        List<User> handlers = users.findActiveWithRole(Role.HANDLER).stream()
                .filter(u -> !u.username().equals(clerk.username())).toList();
        if (handlers.isEmpty()) {
            throw new DomainException(Kind.CONFLICT, "NO_HANDLER", "没有可分配的经办人，请管理员先设置经办人账户",
                    "no handler can be assigned; an administrator must set up a handler account");
        }
        return handlers.get(random.nextInt(handlers.size())).username();
    }

    /** What stops a confirmation, in both languages, with the fields (page order) and rows (from 1) it names. */
    static final class Refusals {
        final List<String> zh = new ArrayList<>();
        final List<String> en = new ArrayList<>();
        final List<Field> fields = new ArrayList<>();
        final List<Integer> rows = new ArrayList<>();

        void field(Field f, String messageZh, String messageEn) {
            zh.add(messageZh);
            en.add(messageEn);
            fields.add(f);
        }

        void row(int row, String messageZh, String messageEn) {
            zh.add(messageZh);
            en.add(messageEn);
            if (!rows.contains(row)) {
                rows.add(row);
            }
        }
    }

    static Refusals problems(ExtractionResult r) {
        Refusals refused = new Refusals();
        if (r.docNumber() == null) {
            refused.field(Field.DOC_NUMBER, "来函文号缺失", "the document number is missing");
        }
        if (blank(r.senderUnit())) {
            refused.field(Field.SENDER_UNIT, "来函单位缺失", "the sending unit is missing");
        }
        if (r.letterDate() == null) {
            refused.field(Field.LETTER_DATE, "来函日期缺失", "the letter date is missing");
        }
        // A 联系人 is who the reply's questions go to: a telephone number there is a misreading or a slip; the save
        // marks it NOT_A_NAME (docs/rules.md#R50) and confirming does not let it through (docs/rules.md#R69).
        if (!blank(r.contactName())) {
            try {
                PersonName.of(r.contactName());
            } catch (DomainException e) {
                refused.field(Field.CONTACT_NAME, "联系人「" + r.contactName() + "」不是姓名：" + e.messageZh(),
                        "the contact \"" + r.contactName() + "\" is not a name: " + e.messageEn());
            }
        }
        if (r.queryKind() == null) {
            refused.field(Field.QUERY_KIND, "查询类别未选择", "the query kind is not chosen");
        }
        if (r.candidates().isEmpty()) {
            refused.zh.add("查询对象名单为空");
            refused.en.add("the candidate list is empty");
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < r.candidates().size(); i++) {
            ExtractedCandidate c = r.candidates().get(i);
            String rowZh = c.whereZh(i + 1);
            String rowEn = c.whereEn(i + 1);
            try {
                PersonName.of(c.name());
            } catch (DomainException e) {
                refused.row(i + 1, rowZh + "姓名：" + e.messageZh(), rowEn + " name: " + e.messageEn());
            }
            var id = IdNumber.tryParse(c.idNumber());
            if (c.idCheck() == IdCheck.REPAIRED) {
                // A repair is a guess from the check digit: a wrong one would screen somebody else.
                refused.row(i + 1, rowZh + "身份证号码是自动修复的建议，请对照原件核对后采用或改正",
                        rowEn + ": the ID number is an automatic repair; check it against the original, then "
                                + "accept or correct it");
            }
            if (id.isEmpty()) {
                refused.row(i + 1, rowZh + "身份证号码无效", rowEn + ": the ID number is not valid");
            } else if (!ids.add(id.get().value())) {
                refused.row(i + 1, rowZh + "身份证号码与前面的行重复", rowEn + ": the ID number repeats an earlier row");
            }
        }
        return refused;
    }

    /**
     * Server-side truth for what the clerk sent: IDs upper-cased and re-checked (never repaired: what the clerk
     * typed is only marked VALID or INVALID; a stored REPAIRED proposal the clerk left unchanged keeps its
     * mark and the text as read, and becomes ACCEPTED when the clerk sent idCheck ACCEPTED for it), the number
     * normalised. Otherwise the check fields the clerk sent are ignored, and what he must still check is judged
     * again: a value he changed counts as typed (docs/rules.md#R51).
     */
    static ExtractionResult normalise(ExtractionResult r, ExtractionResult before) {
        Map<String, ExtractedCandidate> proposals = new HashMap<>();
        if (before != null) {
            before.candidates().stream().filter(ExtractedCandidate::isRepair).forEach(c -> proposals.put(c.idNumber(), c));
        }
        List<ExtractedCandidate> candidates = new ArrayList<>();
        for (ExtractedCandidate c : r.candidates()) {
            String id = c.idNumber() == null ? null : c.idNumber().strip().toUpperCase(Locale.ROOT);
            String name = c.name() == null ? null : PersonName.normalise(c.name());
            candidates.add(ExtractedCandidate.typed(name, id, id == null ? null : proposals.get(id),
                    c.idCheck() == IdCheck.ACCEPTED, c.confidence(), c.page(), c.box(), c.sheetRow()));
        }
        return ReadingChecks.remark(new ExtractionResult(r.docNumber(), trim(r.senderUnit()), trim(r.addressee()),
                r.letterDate(), trim(r.contactName()), trim(r.contactPhone()), r.queryKind(), candidates, r.fields()),
                before);
    }

    /** A readable list of what changed, with ID numbers masked (first 6 + last 4). */
    static String changes(ExtractionResult before, ExtractionResult after) {
        StringBuilder sb = new StringBuilder(before == null ? "人工录入：" : "校对修改：");
        field(sb, "文号", before == null || before.docNumber() == null ? null : before.docNumber().value(),
                after.docNumber() == null ? null : after.docNumber().value());
        field(sb, "来函单位", before == null ? null : before.senderUnit(), after.senderUnit());
        field(sb, "收文单位", before == null ? null : before.addressee(), after.addressee());
        field(sb, "日期", before == null || before.letterDate() == null ? null : before.letterDate().toString(),
                after.letterDate() == null ? null : after.letterDate().toString());
        field(sb, "联系人", before == null ? null : before.contactName(), after.contactName());
        field(sb, "电话", before == null ? null : before.contactPhone(), after.contactPhone());
        field(sb, "查询类型", before == null ? null : label(before.queryKind()), label(after.queryKind()));
        List<ExtractedCandidate> b = before == null ? List.of() : before.candidates();
        List<ExtractedCandidate> a = after.candidates();
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            String was = i < b.size() ? row(b.get(i)) : null;
            String now = i < a.size() ? row(a.get(i)) : null;
            if (!Objects.equals(was, now)) {
                sb.append("第").append(i + 1).append("行 ").append(was == null ? "（无）" : was).append(" → ")
                        .append(now == null ? "（删除）" : now).append("；");
            }
        }
        return sb.toString();
    }

    private static String label(QueryKind kind) {
        return kind == null ? null : kind.jsonValue();
    }

    private static void field(StringBuilder sb, String label, String before, String after) {
        if (!Objects.equals(before, after)) {
            sb.append(label).append(" ").append(before == null ? "（无）" : before).append(" → ")
                    .append(after == null ? "（无）" : after).append("；");
        }
    }

    private static String row(ExtractedCandidate c) {
        String repair = c.idCheck() == IdCheck.REPAIRED ? "（自动修复建议）"
                : c.idCheck() == IdCheck.ACCEPTED ? "（自动修复，校对员已确认）" : "";
        return c.name() + " " + IdNumber.mask(c.idNumber()) + repair;
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
