-- Issue 15 §3–4: the letters the centre issues after a reply, numbered in the replies' sequence (docs/rules.md#R89–R91):
-- the 更正函 of an objection decided 更正 and the 不予受理告知 of a refused letter. The corrected results name candidates
-- by their 序号 in the reply corrected: no personal data here.
CREATE TABLE follow_up_letter (
    id                VARCHAR(36) PRIMARY KEY,
    kind              VARCHAR(30) NOT NULL,
    letter_id         VARCHAR(36) NOT NULL REFERENCES incoming_letter (id),
    objection_id      VARCHAR(36) UNIQUE REFERENCES objection (id),
    corrects_number   VARCHAR(60),
    status            VARCHAR(20) NOT NULL,
    drafted_by        VARCHAR(40) NOT NULL,
    drafted_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    draft_pdf_sha256  VARCHAR(64),
    draft_docx_sha256 VARCHAR(64),
    reviewed_by       VARCHAR(40),
    reviewed_at       TIMESTAMP WITH TIME ZONE,
    reply_year        INTEGER,
    reply_serial      INTEGER,
    reply_number      VARCHAR(60) UNIQUE,
    signed_by         VARCHAR(40),
    signed_at         TIMESTAMP WITH TIME ZONE,
    signed_pdf_sha256 VARCHAR(64),
    verification_code VARCHAR(32) UNIQUE,
    version           BIGINT      NOT NULL
);
CREATE INDEX follow_up_letter_letter ON follow_up_letter (letter_id, drafted_at);
CREATE INDEX follow_up_letter_status ON follow_up_letter (status);

CREATE TABLE follow_up_result (
    follow_up_id VARCHAR(36) NOT NULL REFERENCES follow_up_letter (id),
    position     INTEGER     NOT NULL,
    serial       INTEGER     NOT NULL,
    listed       BOOLEAN     NOT NULL,
    court        VARCHAR(60),
    case_number  VARCHAR(60),
    PRIMARY KEY (follow_up_id, position)
);
