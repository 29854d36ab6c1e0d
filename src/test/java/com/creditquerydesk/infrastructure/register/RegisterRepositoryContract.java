package com.creditquerydesk.infrastructure.register;

import com.creditquerydesk.domain.model.candidate.IdNumber;
import com.creditquerydesk.domain.model.register.ImportCounts;
import com.creditquerydesk.domain.model.register.ImportJobRepository;
import com.creditquerydesk.domain.model.register.ImportJobStatus;
import com.creditquerydesk.domain.model.register.ImportMode;
import com.creditquerydesk.domain.model.register.ImportRequest;
import com.creditquerydesk.domain.model.register.ImportOutcome;
import com.creditquerydesk.domain.model.register.ImportResult;
import com.creditquerydesk.domain.model.register.NameDifference;
import com.creditquerydesk.domain.model.register.RegisterMatch;
import com.creditquerydesk.domain.model.register.RegisterVersion;
import com.creditquerydesk.domain.model.register.RejectedRow;
import com.creditquerydesk.domain.model.register.ScreeningCandidate;
import com.creditquerydesk.domain.model.register.TestIds;
import com.creditquerydesk.domain.shared.DomainException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The register repository's behaviour, run against H2 and PostgreSQL by the subclasses. */
abstract class RegisterRepositoryContract {

    static final ImportRequest STARTER = new ImportRequest("ab".repeat(32), "admin", "127.0.0.1");

    abstract DataSource dataSource();

    JdbcRegisterRepository register;
    ImportJobRepository jobs;

    @BeforeEach
    void emptyTables() throws SQLException {
        try (Connection c = dataSource().getConnection(); Statement st = c.createStatement()) {
            for (String t : new String[]{"register_import_rejected", "register_staging", "register_import_change",
                    "register_record"}) {
                st.executeUpdate("DELETE FROM " + t);
            }
            st.executeUpdate("UPDATE register_import_job SET version_no = NULL");
            st.executeUpdate("DELETE FROM register_version");
            st.executeUpdate("DELETE FROM register_import_job");
        }
        register = new JdbcRegisterRepository(dataSource());
        jobs = new JdbcImportJobRepository(dataSource());
    }

    RegisterVersion load(String fileName, ImportMode mode, List<String> lines) throws Exception {
        ImportResult result = importFile(fileName, mode, lines);
        assertEquals(ImportOutcome.NEW_VERSION, result.outcome());
        return result.version();
    }

    ImportResult importFile(String fileName, ImportMode mode, List<String> lines) throws Exception {
        long job = jobs.start(fileName, mode, STARTER);
        return register.importRegister(job, mode, RegisterFiles.csv(fileName, lines), n -> { });
    }

    /** At start-up an import cut off by a stop is FAILED with the reason; finished ones keep their status. */
    @Test
    void anImportKeepsItsFileAndStarterForTheServerThatRunsIt() {
        long job = jobs.start("kept.csv", ImportMode.SNAPSHOT, new ImportRequest("cd".repeat(32), "admin", "10.0.0.7"));
        assertEquals(new ImportRequest("cd".repeat(32), "admin", "10.0.0.7"), jobs.request(job).orElseThrow());
        assertEquals(ImportJobStatus.RUNNING, jobs.find(job).orElseThrow().status());
        assertTrue(jobs.request(job + 1000).isEmpty());
    }

    @Test
    void sampleThenModifiedSnapshotGivesTwoVersionsWithTheirCounts() throws Exception {
        List<String> sample = RegisterFiles.sampleLines();
        RegisterVersion v1 = load("register-sample.csv", ImportMode.SNAPSHOT, sample);
        assertEquals(1, v1.number());
        assertEquals(new ImportCounts(30, 0, 0, 0, 0), v1.counts());
        assertEquals(64, v1.sha256().length());

        List<String> next = new ArrayList<>(sample);
        next.remove(5);                       // two records gone
        next.remove(5);
        next.set(1, next.get(1).replace("部分未履行", "全部未履行"));  // one changed
        next.add(RegisterFiles.row("新甲", "6101131983****3431", "（2026）陕0113执1号"));
        next.add(RegisterFiles.row("新乙", "6101131984****3431", "（2026）陕0113执2号"));
        next.add(RegisterFiles.row("新丙", "6101131985****343X", "（2026）陕0113执3号"));
        RegisterVersion v2 = load("register-2.csv", ImportMode.SNAPSHOT, next);
        assertEquals(2, v2.number());
        assertEquals(new ImportCounts(3, 27, 1, 2, 0), v2.counts());
        assertEquals(List.of(1, 2), register.versions().stream().map(RegisterVersion::number).toList());
        assertEquals(v2.counts(), register.latestVersion().orElseThrow().counts());
        // nothing is deleted: 30 + 3 new + 1 new row for the changed record
        assertEquals(34, count("SELECT COUNT(*) FROM register_record"));
        assertEquals(31, count("SELECT COUNT(*) FROM register_record WHERE version_removed IS NULL"));
        assertEquals(0, count("SELECT COUNT(*) FROM register_staging"));
        assertEquals(0, count("SELECT COUNT(*) FROM register_import_change"));
    }

    /** Issue 19: the same file again, in another row order, or a delta of listed rows, makes no version. */
    @Test
    void anImportThatChangesNothingMakesNoVersionAndAnswersWithTheCurrentOne() throws Exception {
        List<String> sample = RegisterFiles.sampleLines();
        RegisterVersion v1 = load("register-sample.csv", ImportMode.SNAPSHOT, sample);

        ImportResult again = importFile("register-sample-again.csv", ImportMode.SNAPSHOT, sample);
        assertEquals(ImportOutcome.UNCHANGED, again.outcome());
        assertEquals(v1, again.version());
        assertEquals(new ImportCounts(0, 30, 0, 0, 0), again.counts());

        List<String> reordered = new ArrayList<>(sample.subList(1, sample.size()));
        java.util.Collections.reverse(reordered);
        reordered.add(0, RegisterFiles.HEADER);
        reordered.add(RegisterFiles.row("乙", "bad", "案2"));
        long job = jobs.start("reordered.csv", ImportMode.SNAPSHOT, STARTER);
        ImportResult same = register.importRegister(job, ImportMode.SNAPSHOT, RegisterFiles.csv("reordered.csv",
                reordered), n -> { });
        assertEquals(ImportOutcome.UNCHANGED, same.outcome());
        assertEquals(new ImportCounts(0, 30, 0, 0, 1), same.counts());
        assertEquals(List.of(32L), jobs.rejectedRows(job, 10).stream().map(RejectedRow::rowNumber).toList(),
                "a rejected row is still reported");

        ImportResult delta = importFile("delta.csv", ImportMode.DELTA, sample.subList(0, 4));
        assertEquals(ImportOutcome.UNCHANGED, delta.outcome());
        assertEquals(new ImportCounts(0, 3, 0, 0, 0), delta.counts());

        assertEquals(List.of(v1), register.versions());
        assertEquals(30, count("SELECT COUNT(*) FROM register_record"));
        assertEquals(30, count("SELECT COUNT(*) FROM register_record WHERE version_added = 1"
                + " AND version_removed IS NULL"));
        // the next change takes the next number: none was used up by the unchanged imports
        List<String> changed = new ArrayList<>(sample);
        changed.remove(1);
        assertEquals(2, load("register-2.csv", ImportMode.SNAPSHOT, changed).number());
    }

    @Test
    void deltaAddsAndUpdatesButNeverRemoves() throws Exception {
        List<String> sample = RegisterFiles.sampleLines();
        load("register-sample.csv", ImportMode.SNAPSHOT, sample);
        RegisterVersion v2 = load("delta.csv", ImportMode.DELTA, List.of(sample.get(0),
                sample.get(3).replace("违反限制消费令", "有履行能力而拒不履行生效法律文书确定义务"),
                RegisterFiles.row("新甲", "6101131983****3431", "（2026）陕0113执1号")));
        assertEquals(new ImportCounts(1, 0, 1, 0, 0), v2.counts());
        assertEquals(31, count("SELECT COUNT(*) FROM register_record WHERE version_removed IS NULL"));
    }

    @Test
    void rejectedRowsAndDuplicatesAreFiledWithTheJob() throws Exception {
        long job = jobs.start("bad.csv", ImportMode.SNAPSHOT, STARTER);
        RegisterVersion v = register.importRegister(job, ImportMode.SNAPSHOT, RegisterFiles.csv("bad.csv", List.of(
                RegisterFiles.HEADER,
                RegisterFiles.row("甲", "6101131983****3431", "案1"),
                RegisterFiles.row("乙", "bad", "案2"),
                RegisterFiles.row("甲", "6101131983****3431", "案1", "违反限制消费令", "2019年01月01日"))), n -> { })
                .version();
        assertEquals(new ImportCounts(1, 0, 0, 0, 2), v.counts());
        List<RejectedRow> rows = jobs.rejectedRows(job, 10);
        assertEquals(List.of(2L, 3L), rows.stream().map(RejectedRow::rowNumber).toList());
        assertTrue(rows.get(0).reasonZh().contains("重复"), rows.get(0).reasonZh());
        // the later of the duplicates is the one kept
        assertEquals(1, count("SELECT COUNT(*) FROM register_record WHERE filed_on = DATE '2019-01-01'"));
    }

    @Test
    void anEmptySnapshotIsRefusedAndLeavesNoVersion() throws Exception {
        long job = jobs.start("empty.csv", ImportMode.SNAPSHOT, STARTER);
        DomainException e = assertThrows(DomainException.class, () -> register.importRegister(job,
                ImportMode.SNAPSHOT, RegisterFiles.csv("empty.csv", List.of(RegisterFiles.HEADER)), n -> { }));
        assertEquals("REGISTER_SNAPSHOT_EMPTY", e.code());
        assertTrue(register.versions().isEmpty());
    }

    @Test
    void nearMissesAgainstTheStoredRegister() throws Exception {
        IdNumber luo = TestIds.fullFor("4202021976****8087", 0);
        IdNumber ayi = TestIds.id("650102", LocalDate.of(1990, 4, 2), 246);
        IdNumber li = TestIds.id("610113", LocalDate.of(1988, 12, 1), 135);
        IdNumber x = xId();
        IdNumber old = TestIds.id("610102", LocalDate.of(1962, 11, 2), 31);
        String legacy = old.value().substring(0, 6) + old.value().substring(8, 17);
        String org = TestIds.creditCode("91610113MA6U12345");
        List<String> file = new ArrayList<>(RegisterFiles.sampleLines());
        file.add(RegisterFiles.row("阿依古丽·买买提", TestIds.mask(ayi), "案A"));
        file.add(RegisterFiles.row("李　娜", TestIds.mask(li), "案B"));
        file.add(RegisterFiles.row("张三", TestIds.mask(x).toLowerCase(), "案C"));
        file.add(RegisterFiles.row("王芳", legacy, "案D"));
        file.add(RegisterFiles.row("西安某商贸有限公司", org, "案E"));
        int v = load("near-miss.csv", ImportMode.SNAPSHOT, file).number();

        assertHit("罗勇", luo, v);
        assertHit("罗勇", TestIds.fullFor("4202021976****8087", 4), v);   // other hidden birthday: still visible-equal
        assertMiss("罗勇", neighbour(luo), v);                             // same name, other visible digits
        assertPossible("罗永", luo, v, NameDifference.SOUND_ALIKE);        // same digits, near name (R56)
        assertPossible("罗勇军", luo, v, NameDifference.CHARACTER_EXTRA);
        assertMiss("李建国", luo, v);                                      // same digits, unrelated name
        assertMiss("罗永", neighbour(luo), v);                             // near name, other digits
        assertHit("阿依古丽•买买提", ayi, v);
        assertHit("阿依古丽 ・ 买买提", ayi, v);
        assertHit("阿依古丽．买买提", ayi, v);
        assertPossible("阿依古丽买买提", ayi, v, NameDifference.CHARACTER_MISSING);
        assertHit("李娜", li, v);                                          // full-width space in the register
        assertHit("李 娜", li, v);
        assertHit("张三", x, v);                                           // x in the register, X in the letter
        assertHit("王芳", old, v);                                         // legacy 15 digits, converted
        assertMiss("王芳", TestIds.fullFor(TestIds.mask(old), 2), v);      // full number known: hidden part counts
        assertEquals(0, count("SELECT COUNT(*) FROM register_record WHERE id_kind = 'ORGANISATION'"
                + " AND match_key IS NOT NULL"));
        assertEquals(1, count("SELECT COUNT(*) FROM register_record WHERE id_kind = 'ORGANISATION'"));
    }

    @Test
    void oneQueryScreensManyCandidates() throws Exception {
        List<String> sample = RegisterFiles.sampleLines();
        int v = load("register-sample.csv", ImportMode.SNAPSHOT, sample).number();
        List<ScreeningCandidate> candidates = new ArrayList<>();
        for (String line : sample.subList(1, sample.size())) {
            IdNumber id = TestIds.fullFor(RegisterFiles.idOf(line), 0);
            candidates.add(new ScreeningCandidate(RegisterFiles.nameOf(line), id));
            candidates.add(new ScreeningCandidate(RegisterFiles.nameOf(line) + "某", id));
        }
        List<RegisterMatch> hits = register.findMatches(candidates, v);
        assertEquals(60, hits.size());
        for (RegisterMatch m : hits) {
            assertEquals(m.exact() ? m.candidate().name() : m.candidate().name().substring(0, m.record().name().length()),
                    m.record().name());
            assertEquals(m.exact() ? null : NameDifference.CHARACTER_EXTRA, m.nameDifference(), "the name with 某 is near");
        }
        assertEquals(30, hits.stream().filter(RegisterMatch::exact).count());
    }

    /** What COPY's text format escapes, and characters outside the BMP (a rare given name), come back unchanged. */
    @Test
    void tabsBackslashesLineBreaksAndRareCharactersSurviveTheStaging() throws Exception {
        IdNumber id = TestIds.id("610113", LocalDate.of(1988, 12, 1), 135);
        String name = "王\uD869\uDEA5";   // 王𪚥, U+2A6A5
        String conduct = "有履行能力\t而拒不履行\\生效\r\n法律文书";
        List<String> file = new ArrayList<>(RegisterFiles.sampleLines());
        file.add(RegisterFiles.row(name, TestIds.mask(id), "（2026）陕0113执9号",
                "\"" + conduct + "\"", "2018年01月06日"));
        int v = load("escapes.csv", ImportMode.SNAPSHOT, file).number();
        List<RegisterMatch> hits = register.findMatches(List.of(new ScreeningCandidate(name, id)), v);
        assertEquals(1, hits.size());
        assertEquals(name, hits.get(0).record().name());
        assertEquals(conduct, hits.get(0).record().dishonestConduct());
    }

    /** Many more candidates than one H2 query takes: every listed one is found, each beside its own candidate. */
    @Test
    void aLongListIsScreenedInOneCallWithEachHitBesideItsCandidate() throws Exception {
        List<String> sample = RegisterFiles.sampleLines();
        int v = load("register-sample.csv", ImportMode.SNAPSHOT, sample).number();
        List<ScreeningCandidate> candidates = new ArrayList<>();
        for (int i = 0; i < 12_000; i++) {
            candidates.add(new ScreeningCandidate("某" + i, TestIds.id("610113", LocalDate.of(1980, 1, 1).plusDays(i % 9000), i % 997)));
        }
        for (int k = 1; k < sample.size(); k++) {
            String line = sample.get(k);
            candidates.add(k * 397, new ScreeningCandidate(RegisterFiles.nameOf(line),
                    TestIds.fullFor(RegisterFiles.idOf(line), 0)));
        }
        List<RegisterMatch> hits = register.findMatches(candidates, v);
        assertEquals(30, hits.size());
        for (RegisterMatch m : hits) {
            assertEquals(m.candidate().name(), m.record().name());
        }
        assertEquals(sample.subList(1, sample.size()).stream().map(RegisterFiles::nameOf).toList(),
                hits.stream().map(m -> m.record().name()).toList(), "in candidate order");
    }

    @Test
    void asOfReproducesAnEarlierResultAfterANewerSnapshotRemovedTheRecord() throws Exception {
        List<String> sample = RegisterFiles.sampleLines();
        String line = sample.get(1);
        ScreeningCandidate luo = new ScreeningCandidate(RegisterFiles.nameOf(line),
                TestIds.fullFor(RegisterFiles.idOf(line), 0));
        RegisterVersion v1 = load("register-sample.csv", ImportMode.SNAPSHOT, sample);
        Instant between = Instant.now();
        Thread.sleep(5);
        List<String> without = new ArrayList<>(sample);
        without.remove(1);
        RegisterVersion v2 = load("register-2.csv", ImportMode.SNAPSHOT, without);
        assertEquals(1, v2.counts().removed());

        assertEquals(0, register.findMatches(List.of(luo), v2.number()).size());
        List<RegisterMatch> then = register.findMatches(List.of(luo), v1.number());
        assertEquals(1, then.size());
        assertEquals(1, then.get(0).addedInVersion());
        assertEquals(2, then.get(0).removedInVersion());
        assertEquals(1, register.findMatches(List.of(luo), between).size());
        assertEquals(0, register.findMatches(List.of(luo), Instant.now()).size());
        assertEquals(0, register.findMatches(List.of(luo), v1.importedAt().minusSeconds(60)).size());
        assertEquals(1, register.versionAt(between).orElseThrow().number());
    }

    private void assertHit(String name, IdNumber id, int version) {
        List<RegisterMatch> found = register.findMatches(List.of(new ScreeningCandidate(name, id)), version);
        assertEquals(1, found.size(), () -> "expected a hit for " + name + " " + id);
        assertTrue(found.get(0).exact(), () -> "expected an exact hit for " + name + " " + id);
    }

    private void assertPossible(String name, IdNumber id, int version, NameDifference why) {
        List<RegisterMatch> found = register.findMatches(List.of(new ScreeningCandidate(name, id)), version);
        assertEquals(List.of(why), found.stream().map(RegisterMatch::nameDifference).toList(),
                () -> "expected one possible hit for " + name + " " + id);
    }

    private void assertMiss(String name, IdNumber id, int version) {
        assertEquals(0, register.findMatches(List.of(new ScreeningCandidate(name, id)), version).size(),
                () -> "expected no hit for " + name + " " + id);
    }

    /** A valid number one step away in the visible sequence digits. */
    private static IdNumber neighbour(IdNumber id) {
        String v = id.value();
        int seq = Integer.parseInt(v.substring(14, 17));
        String first17 = v.substring(0, 14) + String.format("%03d", (seq + 2) % 1000);
        return IdNumber.parse(first17 + IdNumber.checkCharacter(first17));
    }

    private static IdNumber xId() {
        for (int seq = 1; ; seq++) {
            IdNumber id = TestIds.id("610113", LocalDate.of(1991, 6, 30), seq);
            if (id.value().endsWith("X")) {
                return id;
            }
        }
    }

    long count(String sql) throws SQLException {
        try (Connection c = dataSource().getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
