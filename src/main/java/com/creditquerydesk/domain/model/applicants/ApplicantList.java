package com.creditquerydesk.domain.model.applicants;

import com.creditquerydesk.domain.shared.DomainException;
import com.creditquerydesk.domain.shared.DomainException.Kind;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An applicant list (招聘人员名单) a requesting unit sent for a unified recruitment, screened for the letter it came
 * with (docs/rules.md#R40): one per letter. The original file is kept encrypted under {@code fileSha256}; the rows
 * themselves are not kept, only the rejected ones (masked) and the hits.
 */
public record ApplicantList(String id, String letterId, String fileName, String fileSha256, String uploadedBy,
                            Instant uploadedAt, int registerVersion, ApplicantListStatus status,
                            ApplicantCounts counts, Instant finishedAt, String errorZh, String errorEn) {

    /** The column's size (V120__applicant_list.sql). */
    static final int MAX_FILE_NAME = 255;

    public ApplicantList {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(letterId, "letterId");
        Objects.requireNonNull(fileSha256, "fileSha256");
        Objects.requireNonNull(uploadedBy, "uploadedBy");
        Objects.requireNonNull(uploadedAt, "uploadedAt");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(counts, "counts");
        fileName = fileName == null || fileName.isBlank() ? "applicants" : fileName.strip();
        if (fileName.length() > MAX_FILE_NAME) {
            fileName = fileName.substring(fileName.length() - MAX_FILE_NAME);
        }
        if (registerVersion < 1) {
            throw new DomainException(Kind.CONFLICT, "REGISTER_EMPTY", "尚未导入失信被执行人名单，无法查询",
                    "no register has been imported yet");
        }
    }

    /** A list just uploaded, to be screened against the given register version. */
    public static ApplicantList start(String letterId, String fileName, String fileSha256, String uploadedBy,
                                      Instant at, int registerVersion) {
        return new ApplicantList(UUID.randomUUID().toString(), letterId, fileName, fileSha256, uploadedBy, at,
                registerVersion, ApplicantListStatus.SCREENING, ApplicantCounts.NONE, null, null, null);
    }

    public ApplicantList done(ApplicantCounts counts, Instant at) {
        requireScreening();
        return new ApplicantList(id, letterId, fileName, fileSha256, uploadedBy, uploadedAt, registerVersion,
                ApplicantListStatus.DONE, counts, at, null, null);
    }

    /** The whole list failed (a file-level problem, or a stop while it was screened): nothing of it counts. */
    public ApplicantList failed(String zh, String en, Instant at) {
        requireScreening();
        return new ApplicantList(id, letterId, fileName, fileSha256, uploadedBy, uploadedAt, registerVersion,
                ApplicantListStatus.FAILED, ApplicantCounts.NONE, at, zh, en);
    }

    /** Whether another upload may take this one's place: only a failed list is replaced. */
    public boolean replaceable() {
        return status == ApplicantListStatus.FAILED;
    }

    private void requireScreening() {
        if (status != ApplicantListStatus.SCREENING) {
            throw new IllegalStateException("list " + id + " is " + status);
        }
    }
}
