package com.creditquerydesk.application.ledger;

import com.creditquerydesk.application.Actor;
import com.creditquerydesk.application.audit.AuditService;
import com.creditquerydesk.application.calendar.CalendarService;
import com.creditquerydesk.application.export.ExportTable;
import com.creditquerydesk.application.export.TableCell;
import com.creditquerydesk.application.export.TableColumn;
import com.creditquerydesk.application.intake.LetterQueryService;
import com.creditquerydesk.application.reply.CentreSettings;
import com.creditquerydesk.domain.model.audit.AuditAction;
import com.creditquerydesk.domain.model.extraction.ExtractionRepository;
import com.creditquerydesk.domain.model.ledger.ApplicationMeasure;
import com.creditquerydesk.domain.model.ledger.FilingDeadline;
import com.creditquerydesk.domain.model.ledger.LedgerEntry;
import com.creditquerydesk.domain.model.ledger.LedgerMeasure;
import com.creditquerydesk.domain.model.ledger.LedgerMeasureRepository;
import com.creditquerydesk.domain.model.ledger.LedgerSettings;
import com.creditquerydesk.domain.model.ledger.NameMask;
import com.creditquerydesk.domain.model.letter.IncomingLetter;
import com.creditquerydesk.domain.model.letter.IncomingLetterRepository;
import com.creditquerydesk.domain.model.letter.LetterStatus;
import com.creditquerydesk.domain.model.letter.QueryKind;
import com.creditquerydesk.domain.model.register.RegisterRepository;
import com.creditquerydesk.domain.model.register.RegisterVersion;
import com.creditquerydesk.domain.model.screening.Screening;
import com.creditquerydesk.domain.model.screening.ScreeningRepository;
import com.creditquerydesk.domain.model.screening.ScreeningResult;
import com.creditquerydesk.domain.model.user.MobileNumber;
import com.creditquerydesk.domain.model.user.Role;
import com.creditquerydesk.domain.model.user.User;
import com.creditquerydesk.domain.model.user.UserRepository;
import com.creditquerydesk.domain.shared.DomainException.Kind;
import com.creditquerydesk.domain.shared.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The 核查登记表 (docs/rules.md#R77): the candidates checked in a period, one row each, masked (R78), with the
 * 应用措施 the requesting unit reported and the day each row is filed by. Voided letters (registered by mistake) are
 * not in it. Only a letter's own list is in it: an applicant list's candidates are not kept one by one (R42).
 */
@ApplicationScoped
public class LedgerService {

    static final String TITLE = "信用信息核查应用情况登记表";

    @Inject
    ScreeningRepository screenings;

    @Inject
    IncomingLetterRepository letters;

    @Inject
    ExtractionRepository extractions;

    @Inject
    RegisterRepository register;

    @Inject
    UserRepository users;

    @Inject
    LedgerMeasureRepository measures;

    @Inject
    LedgerSettings settings;

    @Inject
    CentreSettings centre;

    @Inject
    CalendarService calendar;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    /** The rows of the checks run in the period, oldest first; of one requesting unit when {@code unit} is given. */
    @Transactional
    public List<LedgerEntry> entries(Period period, Optional<String> unit) {
        List<Screening> run = screenings.screenedBetween(period.start(calendar.zone()), period.end(calendar.zone()));
        Optional<String> wanted = unit.map(String::strip).filter(u -> !u.isEmpty());
        List<Map.Entry<IncomingLetter, Screening>> kept = new ArrayList<>();
        for (Screening s : run) {
            letters.find(s.letterId())
                    .filter(l -> l.status() != LetterStatus.VOIDED)
                    .filter(l -> wanted.isEmpty() || wanted.get().equals(l.requestingUnit()))
                    .ifPresent(l -> kept.add(Map.entry(l, s)));
        }
        Rows rows = new Rows(kept.stream().map(e -> e.getKey().id()).toList());
        List<LedgerEntry> out = new ArrayList<>();
        kept.forEach(e -> out.addAll(rows.of(e.getKey(), e.getValue())));
        return out;
    }

    /**
     * Records the 应用措施 the requesting unit reported for one candidate: by the registry clerk who received the
     * report or by the letter's handler (docs/rules.md#R77); audited, and a later report replaces it.
     */
    @Transactional
    public LedgerEntry recordMeasure(Actor actor, String letterId, int index, String text) {
        IncomingLetter letter = letters.find(letterId).orElseThrow(() -> LetterQueryService.notFound(letterId));
        boolean handler = actor.roles().contains(Role.HANDLER) && actor.username().equals(letter.handler());
        if (!actor.roles().contains(Role.REGISTRY_CLERK) && !handler) {
            throw new DomainException(Kind.FORBIDDEN, "NOT_YOUR_LETTER", "该来函不由您经办：应用措施由收发员或该来函的经办人登记",
                    "not your letter: a measure is recorded by the registry clerk or the letter's handler");
        }
        Screening screening = screenings.find(letterId).orElseThrow(() -> new DomainException(Kind.CONFLICT,
                "NOT_SCREENED", "该来函尚未查询", "the letter has not been screened"));
        ScreeningResult result = screening.result(index);
        ApplicationMeasure measure = new ApplicationMeasure(text);
        measures.store(new LedgerMeasure(letterId, index, measure, actor.username(), clock.instant()));
        audit.record(actor, AuditAction.LEDGER_MEASURE_RECORDED, letterId, "登记 " + letter.receiptNumber().value()
                + " 第 " + index + " 位查询对象（" + NameMask.apply(result.name()) + "）的应用措施：" + measure.text());
        return new Rows(List.of(letterId)).of(letter, screening).get(index - 1);
    }

    /** The rows as the exported table: titled, with the centre's name and the period. */
    public ExportTable table(Period period, Optional<String> unit, List<LedgerEntry> entries) {
        List<TableColumn> columns = List.of(TableColumn.of("序号", 0.5f), TableColumn.of("应用事项", 1.3f),
                TableColumn.of("查询对象", 0.8f), TableColumn.of("身份证号码", 1.7f), TableColumn.of("查询渠道", 1.8f),
                TableColumn.of("查询结果", 1.5f), TableColumn.of("查询时间", 1.2f), TableColumn.of("应用措施", 1.5f),
                TableColumn.of("经办人", 0.8f), TableColumn.of("联系电话", 1.1f));
        List<List<TableCell>> rows = new ArrayList<>();
        int n = 0;
        ZoneId zone = calendar.zone();
        for (LedgerEntry e : entries) {
            rows.add(List.of(TableCell.count(++n), TableCell.text(e.use()), TableCell.text(e.name()),
                    TableCell.text(e.idNumber()), TableCell.text(e.channel()), TableCell.text(e.result()),
                    TableCell.moment(e.checkedAt().atZone(zone).toLocalDateTime()),
                    TableCell.text(e.measure().map(m -> m.measure().text()).orElse(null)),
                    TableCell.text(e.handler()), TableCell.text(e.phone())));
        }
        String subtitle = "填报单位：" + centre.name() + "　　期间：" + period
                + unit.map(String::strip).filter(u -> !u.isEmpty()).map(u -> "　　来文单位：" + u).orElse("");
        return new ExportTable(TITLE, subtitle, columns, rows).withNotes(List.of(
                "共 " + entries.size() + " 人次。身份证号码按 " + settings.idMask() + " 遮蔽；每条记录于查询后 "
                        + settings.filingWorkingDays() + " 个工作日内登记。",
                "制表：" + centre.name() + "　" + calendar.today()));
    }

    /** What the rows of a set of letters share: register versions, the handlers' names, the recorded measures. */
    private final class Rows {
        private final Map<Integer, RegisterVersion> versions = register.versions().stream()
                .collect(Collectors.toMap(RegisterVersion::number, Function.identity(), (a, b) -> a));
        private final Map<String, Optional<User>> people = new HashMap<>();
        private final Map<String, LedgerMeasure> recorded;

        Rows(List<String> letterIds) {
            recorded = measures.forLetters(letterIds).stream()
                    .collect(Collectors.toMap(m -> m.letterId() + "#" + m.candidateIndex(), Function.identity()));
        }

        List<LedgerEntry> of(IncomingLetter letter, Screening screening) {
            QueryKind kind = extractions.find(letter.id()).map(r -> r.result().queryKind()).orElse(null);
            RegisterVersion version = versions.get(screening.registerVersion());
            String channel = LedgerEntry.channel(screening.registerVersion(),
                    version == null ? null : version.sourceFileName());
            Optional<User> person = people.computeIfAbsent(screening.screenedBy(), users::findByUsername);
            String handler = person.map(User::displayName).orElse(screening.screenedBy());
            String phone = person.flatMap(User::mobile).map(MobileNumber::digits).orElse(centre.phone());
            var deadline = FilingDeadline.after(screening.screenedAt().atZone(calendar.zone()).toLocalDate(),
                    settings.filingWorkingDays(), calendar.calendar());
            List<LedgerEntry> out = new ArrayList<>();
            for (ScreeningResult r : screening.results()) {
                out.add(new LedgerEntry(letter.id(), letter.receiptNumber().value(), letter.requestingUnit(),
                        letter.docNumber(), r.index(), LedgerEntry.use(kind), NameMask.apply(r.name()),
                        settings.idMask().apply(r.idNumber()), channel, LedgerEntry.result(r),
                        r.listedRecords().size(), screening.screenedAt(), deadline,
                        Optional.ofNullable(recorded.get(letter.id() + "#" + r.index())), handler, phone));
            }
            return out;
        }
    }
}
