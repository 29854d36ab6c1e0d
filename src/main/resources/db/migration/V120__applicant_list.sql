-- Applicant lists of a unified recruitment (issue 19, part 3; docs/rules.md#R40, #R41, #R42): one per letter, the original
-- kept encrypted in the content store under file_sha256. The rows are not stored, only the rejected ones (ID masked)
-- and the hits (result_enc: the hit as JSON, encrypted: it carries the applicant's ID number).
CREATE TABLE applicant_list (
    id               VARCHAR(36)  NOT NULL PRIMARY KEY,
    letter_id        VARCHAR(36)  NOT NULL UNIQUE REFERENCES incoming_letter (id),
    file_name        VARCHAR(255) NOT NULL,
    file_sha256      VARCHAR(64)  NOT NULL,
    uploaded_by      VARCHAR(40)  NOT NULL,
    uploaded_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    register_version INTEGER      NOT NULL,
    status           VARCHAR(12)  NOT NULL,
    rows_read        BIGINT       NOT NULL,
    applicants       BIGINT       NOT NULL,
    rejected         BIGINT       NOT NULL,
    matched          BIGINT       NOT NULL,
    finished_at      TIMESTAMP WITH TIME ZONE,
    error_zh         VARCHAR(1000),
    error_en         VARCHAR(1000),
    CONSTRAINT ck_applicant_list_status CHECK (status IN ('SCREENING', 'DONE', 'FAILED'))
);

CREATE TABLE applicant_rejected (
    list_id   VARCHAR(36)  NOT NULL REFERENCES applicant_list (id),
    row_no    BIGINT       NOT NULL,
    name      VARCHAR(50)  NOT NULL,
    id_masked VARCHAR(40)  NOT NULL,
    code      VARCHAR(40)  NOT NULL,
    reason_zh VARCHAR(500) NOT NULL,
    reason_en VARCHAR(500) NOT NULL,
    PRIMARY KEY (list_id, row_no)
);

CREATE TABLE applicant_hit (
    list_id       VARCHAR(36)     NOT NULL REFERENCES applicant_list (id),
    row_no        INTEGER         NOT NULL,
    awaits_review BOOLEAN         NOT NULL,
    result_enc    VARCHAR(200000) NOT NULL,
    PRIMARY KEY (list_id, row_no)
);
