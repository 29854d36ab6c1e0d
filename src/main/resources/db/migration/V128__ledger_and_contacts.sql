-- Issue 16 §3, §4 and §5 (the ledger, spot checks, the 联络表). Runs unchanged on H2 2.5 and PostgreSQL 15.

-- 应用措施 of the 核查登记表 (docs/rules.md#R77): what the requesting unit reported it did with one candidate's result,
-- as the centre recorded it. One per candidate of a letter (its place in the letter's list); a new report replaces it,
-- the audit trail keeps every one.
CREATE TABLE ledger_measure (
    letter_id       VARCHAR(36)  NOT NULL REFERENCES incoming_letter (id),
    candidate_index INTEGER      NOT NULL,
    measure         VARCHAR(800) NOT NULL,
    recorded_by     VARCHAR(40)  NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (letter_id, candidate_index)
);

-- The ledger lists the checks of a period.
CREATE INDEX ix_screening_screened_at ON screening (screened_at);

-- The 查询工作责任人联络表 (docs/rules.md#R79): an account's 职务 and 工作职责 (PRINCIPAL, DIRECT, HANDLER).
ALTER TABLE app_user ADD COLUMN job_title VARCHAR(50);
ALTER TABLE app_user ADD COLUMN contact_duty VARCHAR(12);
ALTER TABLE app_user ADD CONSTRAINT ck_app_user_contact_duty CHECK (contact_duty IN ('PRINCIPAL', 'DIRECT', 'HANDLER'));

-- 抽查抽检 (docs/rules.md#R78): a draw of signed replies with its seed and population, and per drawn reply what its check
-- found and the checker's verdict (items_json: receipt and reply numbers, versions, differences naming candidates
-- masked, the file check, the verdict; no ID number).
CREATE TABLE spot_check (
    id             VARCHAR(36)      NOT NULL PRIMARY KEY,
    period_from    DATE             NOT NULL,
    period_to      DATE             NOT NULL,
    sample_count   INTEGER,
    sample_percent INTEGER,
    seed           BIGINT           NOT NULL,
    population     INTEGER          NOT NULL,
    drawn_by       VARCHAR(40)      NOT NULL,
    drawn_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    items_json     VARCHAR(1000000) NOT NULL,
    version        BIGINT           NOT NULL
);
CREATE INDEX ix_spot_check_drawn_at ON spot_check (drawn_at);
CREATE INDEX ix_reply_letter_signed_at ON reply_letter (signed_at);
