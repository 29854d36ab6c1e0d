package com.creditquerydesk.application.applicants;

import com.creditquerydesk.domain.model.applicants.ApplicantCheck;
import com.creditquerydesk.domain.model.applicants.ApplicantCheck.Applicant;
import com.creditquerydesk.domain.model.applicants.ApplicantCheck.RejectedApplicantOutcome;
import com.creditquerydesk.domain.model.applicants.ApplicantCounts;
import com.creditquerydesk.domain.model.applicants.ApplicantFileFormat;
import com.creditquerydesk.domain.model.applicants.RejectedApplicant;
import com.creditquerydesk.domain.model.register.RegisterMatch;
import com.creditquerydesk.domain.model.register.RegisterRepository;
import com.creditquerydesk.domain.model.register.ScreeningCandidate;
import com.creditquerydesk.domain.model.screening.ScreeningResult;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One applicant list's reading (docs/rules.md#R40): rows checked as they stream in, accepted ones screened against
 * one register version in batches of {@link #BATCH} (one query each), rejected rows and hits handed on in batches,
 * progress as it goes. Memory is bounded by a batch and the people already seen. Container-neutral, so the bench
 * (bench/applicant-screen.sh) runs exactly what the server runs.
 */
public final class ApplicantListReading {

    /** Where the reading's results go; each call may commit at once. */
    public interface Output {
        void progress(long rowsRead);

        void hits(List<ScreeningResult> hits);

        void rejected(List<RejectedApplicant> rows);
    }

    public static final int BATCH = 5_000;
    private static final int REJECTED_BATCH = 1_000;

    private final ApplicantFileFormat files;
    private final RegisterRepository register;

    public ApplicantListReading(ApplicantFileFormat files, RegisterRepository register) {
        this.files = files;
        this.register = register;
    }

    public ApplicantCounts read(Path file, int registerVersion, Output out) throws IOException {
        return new Run(registerVersion, out).through(file);
    }

    private final class Run {
        private final int version;
        private final Output out;
        private final ApplicantCheck check = new ApplicantCheck();
        private final List<Applicant> batch = new ArrayList<>(BATCH);
        private final List<RejectedApplicant> rejected = new ArrayList<>(REJECTED_BATCH);
        private long rows;
        private long applicants;
        private long rejectedCount;
        private long matched;

        Run(int version, Output out) {
            this.version = version;
            this.out = out;
        }

        ApplicantCounts through(Path file) throws IOException {
            files.read(file, (row, name, id) -> {
                rows++;
                ApplicantCheck.Outcome outcome = check.check(row, name, id);
                if (outcome instanceof Applicant a) {
                    batch.add(a);
                    if (batch.size() == BATCH) {
                        screenBatch();
                    }
                } else if (outcome instanceof RejectedApplicantOutcome r) {
                    rejected.add(r.rejected());
                    if (rejected.size() == REJECTED_BATCH) {
                        flushRejected();
                    }
                }
                if (rows % BATCH == 0) {
                    out.progress(rows);
                }
            });
            screenBatch();
            flushRejected();
            return new ApplicantCounts(rows, applicants, rejectedCount, matched);
        }

        private void screenBatch() {
            if (batch.isEmpty()) {
                return;
            }
            List<ScreeningCandidate> candidates = batch.stream().map(Applicant::candidate).toList();
            Map<ScreeningCandidate, List<RegisterMatch>> matches = RegisterMatch.byCandidate(
                    register.findMatches(candidates, version));
            List<ScreeningResult> hits = new ArrayList<>();
            for (Applicant a : batch) {
                List<RegisterMatch> m = matches.get(a.candidate());
                if (m != null) {
                    hits.add(ScreeningResult.of((int) a.row(), a.candidate(), m));
                }
            }
            if (!hits.isEmpty()) {
                out.hits(hits);
            }
            applicants += batch.size();
            matched += hits.size();
            batch.clear();
        }

        private void flushRejected() {
            if (!rejected.isEmpty()) {
                out.rejected(rejected);
            }
            rejectedCount += rejected.size();
            rejected.clear();
        }
    }
}
