package com.creditquerydesk.application.register;

import com.creditquerydesk.application.Actor;
import com.creditquerydesk.domain.model.register.ImportCounts;
import com.creditquerydesk.domain.model.register.ImportJob;
import com.creditquerydesk.domain.model.register.ImportJobStatus;
import com.creditquerydesk.domain.model.register.ImportMode;
import com.creditquerydesk.domain.model.register.ImportOutcome;
import com.creditquerydesk.domain.model.user.Role;
import com.creditquerydesk.infrastructure.register.JdbcImportJobRepository;
import com.creditquerydesk.infrastructure.register.JdbcRegisterRepository;
import com.creditquerydesk.infrastructure.register.RegisterFileFormats;
import com.creditquerydesk.infrastructure.register.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import com.creditquerydesk.domain.shared.Sha256;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegisterImportServiceTest {

    private final DataSource ds = TestDatabases.h2();
    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private final List<String> trail = new CopyOnWriteArrayList<>();
    private final RegisterImportService service = new RegisterImportService(new JdbcRegisterRepository(ds),
            new JdbcImportJobRepository(ds), new RegisterFileFormats(),
            (actor, action, detail) -> trail.add(actor.username() + " " + action + " " + detail));
    private final Actor admin = new Actor(7, "admin", "管理员", Set.of(Role.ADMINISTRATOR), "127.0.0.1");

    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    /** Files the import and runs it in the background, as its job does on a server. */
    private long startImport(Actor actor, Path file, String name, ImportMode mode) throws IOException {
        long jobId = service.file(actor, Sha256.hex(Files.readAllBytes(file)), name, mode);
        executor.execute(() -> service.run(jobId, file));
        return jobId;
    }

    /** The job once finished and its end recorded in the trail (the trail is written after the job's row). */
    private ImportJob await(long jobId) throws InterruptedException {
        for (int i = 0; i < 500; i++) {
            ImportJob job = service.status(jobId).orElseThrow();
            if (job.status() != ImportJobStatus.RUNNING && trail.stream().anyMatch(t -> t.contains("导入任务 " + jobId + "（"))) {
                return job;
            }
            TimeUnit.MILLISECONDS.sleep(20);
        }
        throw new AssertionError("job " + jobId + " still running");
    }

    @Test
    void importsTheSampleInTheBackgroundAndReportsTheJob() throws Exception {
        Path file = dir.resolve("upload.csv");
        try (var in = getClass().getResourceAsStream("/demo/register-sample.csv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Files.writeString(file, text + "某,bad-id,法院,陕西,案X,文号,义务,全部未履行,情形,2018年01月06日,2018年01月07日\n");
        }
        long jobId = startImport(admin, file, "失信被执行人-2026-11.csv", ImportMode.SNAPSHOT);
        ImportJob job = await(jobId);
        assertEquals(ImportJobStatus.DONE, job.status(), () -> job.errorEn());
        assertEquals(1, job.versionNumber());
        assertEquals(ImportOutcome.NEW_VERSION, job.outcome());
        assertEquals(31, job.rowsRead());
        assertEquals(new ImportCounts(30, 0, 0, 0, 1), job.counts());
        assertNotNull(job.finishedAt());
        assertEquals(32L, service.rejectedRows(jobId, 10).get(0).rowNumber());
        assertEquals(List.of("admin REGISTER_IMPORTED 导入任务 " + jobId + "（失信被执行人-2026-11.csv）：已建立名单版本 1；"
                + "新增 30，未变 0，更新 0，移除 0，拒收 1"), trail);
    }

    /** Issue 19: an unchanged file again is DONE with the current version, says so, is audited, makes no version. */
    @Test
    void theSameFileAgainAnswersWithTheCurrentVersionAndSaysSo() throws Exception {
        Path file = dir.resolve("upload.csv");
        try (var in = getClass().getResourceAsStream("/demo/register-sample.csv")) {
            Files.write(file, in.readAllBytes());
        }
        ImportJob first = await(startImport(admin, file, "register-2026-11.csv", ImportMode.SNAPSHOT));
        assertEquals(ImportOutcome.NEW_VERSION, first.outcome());

        long jobId = startImport(admin, file, "register-2026-12.csv", ImportMode.SNAPSHOT);
        ImportJob again = await(jobId);
        assertEquals(ImportJobStatus.DONE, again.status(), () -> again.errorEn());
        assertEquals(ImportOutcome.UNCHANGED, again.outcome());
        assertEquals(1, again.versionNumber());
        assertEquals(new ImportCounts(0, 30, 0, 0, 0), again.counts());
        assertEquals("名单与当前版本 1 相同，未建立新版本", again.outcome().messageZh(again.versionNumber()));
        assertEquals("the register is the same as the current version 1; no new version was created",
                again.outcome().messageEn(again.versionNumber()));
        assertEquals(1, new JdbcRegisterRepository(ds).versions().size());
        assertEquals("admin REGISTER_IMPORT_UNCHANGED 导入任务 " + jobId + "（register-2026-12.csv）：名单与当前版本 1 相同，"
                + "未建立新版本；新增 0，未变 30，更新 0，移除 0，拒收 0", trail.get(1));
    }

    /** An import whose server stopped is FAILED and its end recorded under the name of whoever started it. */
    @Test
    void anImportCutOffByAStopIsFailedUnderItsStartersName() throws Exception {
        long jobId = service.file(admin, "ab".repeat(32), "register-2026-11.csv", ImportMode.DELTA);
        assertEquals(ImportJobStatus.RUNNING, service.status(jobId).orElseThrow().status());
        assertEquals("ab".repeat(32), service.request(jobId).fileSha256());
        service.interrupted(jobId, "server a stopped answering during attempt 1");
        ImportJob job = service.status(jobId).orElseThrow();
        assertEquals(ImportJobStatus.FAILED, job.status());
        assertTrue(job.errorZh().contains("服务器在导入过程中停止"), job.errorZh());
        assertEquals(List.of("admin REGISTER_IMPORT_FAILED 导入任务 " + jobId + "（register-2026-11.csv）：服务器在导入过程中停止，"
                + "本次导入未生效，请重新导入"), trail);
        assertEquals(0, new JdbcRegisterRepository(ds).versions().size());
    }

    @Test
    void aFileThatIsNotARegisterFailsTheJobWithBothLanguages() throws Exception {
        Path file = dir.resolve("wrong.csv");
        Files.writeString(file, "姓名,身份证号码\n甲,6101131983****3431\n");
        ImportJob job = await(startImport(Actor.system(), file, "wrong.csv", ImportMode.SNAPSHOT));
        assertEquals(ImportJobStatus.FAILED, job.status());
        assertTrue(job.errorZh().contains("缺少列"), job.errorZh());
        assertTrue(job.errorEn().contains("lacks the columns"), job.errorEn());
        assertEquals(null, job.versionNumber());
        assertEquals(null, job.outcome());
        assertEquals(1, trail.size());
        assertTrue(trail.get(0).startsWith("system REGISTER_IMPORT_FAILED 导入任务 " + job.id() + "（wrong.csv）：")
                && trail.get(0).contains("缺少列"), trail.get(0));
    }
}
