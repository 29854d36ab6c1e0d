-- The reply letter of each request: its draft and, once signed off, its number, signed PDF and verification code.
CREATE TABLE reply_letter (
    letter_id         VARCHAR(36)  PRIMARY KEY REFERENCES incoming_letter (id),
    kind              VARCHAR(30)  NOT NULL,
    status            VARCHAR(20)  NOT NULL,
    drafted_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    drafted_by        VARCHAR(40)  NOT NULL,
    draft_pdf_sha256  VARCHAR(64)  NOT NULL,
    draft_docx_sha256 VARCHAR(64)  NOT NULL,
    return_comment    VARCHAR(1000),
    reply_year        INTEGER,
    reply_serial      INTEGER,
    reply_number      VARCHAR(60)  UNIQUE,
    signed_at         TIMESTAMP WITH TIME ZONE,
    signed_by         VARCHAR(40),
    signed_pdf_sha256 VARCHAR(64),
    verification_code VARCHAR(32)  UNIQUE,
    dispatched_on     DATE,
    dispatch_channel  VARCHAR(20),
    version           BIGINT       NOT NULL,
    UNIQUE (reply_year, reply_serial)
);
