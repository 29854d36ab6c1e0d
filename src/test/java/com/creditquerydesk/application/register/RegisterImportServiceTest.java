package com.creditquerydesk.application.register;

import com.creditquerydesk.domain.model.register.ImportCounts;
import com.creditquerydesk.domain.model.register.ImportJob;
import com.creditquerydesk.domain.model.register.ImportJobStatus;
import com.creditquerydesk.domain.model.register.ImportMode;
import com.creditquerydesk.infrastructure.register.JdbcImportJobRepository;
import com.creditquerydesk.infrastructure.register.JdbcRegisterRepository;
import com.creditquerydesk.infrastructure.register.RegisterFileFormats;
import com.creditquerydesk.infrastructure.register.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegisterImportServiceTest {

    private final DataSource ds = TestDatabases.h2();
    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private final RegisterImportService service = new RegisterImportService(new JdbcRegisterRepository(ds),
            new JdbcImportJobRepository(ds), new RegisterFileFormats(), executor);

    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    private ImportJob await(long jobId) throws InterruptedException {
        for (int i = 0; i < 500; i++) {
            ImportJob job = service.status(jobId).orElseThrow();
            if (job.status() != ImportJobStatus.RUNNING) {
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
        long jobId = service.startImport(file, "失信被执行人-2026-11.csv", ImportMode.SNAPSHOT);
        ImportJob job = await(jobId);
        assertEquals(ImportJobStatus.DONE, job.status(), () -> job.errorEn());
        assertEquals(1, job.versionNumber());
        assertEquals(31, job.rowsRead());
        assertEquals(new ImportCounts(30, 0, 0, 0, 1), job.counts());
        assertNotNull(job.finishedAt());
        assertEquals(32L, service.rejectedRows(jobId, 10).get(0).rowNumber());
    }

    @Test
    void aFileThatIsNotARegisterFailsTheJobWithBothLanguages() throws Exception {
        Path file = dir.resolve("wrong.csv");
        Files.writeString(file, "姓名,身份证号码\n甲,6101131983****3431\n");
        ImportJob job = await(service.startImport(file, "wrong.csv", ImportMode.SNAPSHOT));
        assertEquals(ImportJobStatus.FAILED, job.status());
        assertTrue(job.errorZh().contains("缺少列"), job.errorZh());
        assertTrue(job.errorEn().contains("lacks the columns"), job.errorEn());
        assertEquals(null, job.versionNumber());
    }
}
