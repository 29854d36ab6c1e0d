-- Issue 15 §4: objections to a signed reply (docs/rules.md#R86–R88), the candidates they concern (by their 序号 in the
-- reply: no personal data here) and their hops, copied from the route when the objection was opened.
CREATE TABLE objection (
    id              VARCHAR(36)  PRIMARY KEY,
    letter_id       VARCHAR(36)  NOT NULL REFERENCES incoming_letter (id),
    reply_number    VARCHAR(60)  NOT NULL,
    result_on       DATE         NOT NULL,
    objector        VARCHAR(20)  NOT NULL,
    received_on     DATE         NOT NULL,
    route_code      VARCHAR(40)  NOT NULL,
    route_name      VARCHAR(100) NOT NULL,
    late            BOOLEAN      NOT NULL,
    file_sha256     VARCHAR(64)  NOT NULL,
    file_media_type VARCHAR(120) NOT NULL,
    file_size       BIGINT       NOT NULL,
    file_name       VARCHAR(255),
    file_pages      INTEGER      NOT NULL,
    opened_by       VARCHAR(40)  NOT NULL,
    opened_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    decision        VARCHAR(20),
    decision_reason VARCHAR(500),
    decided_by      VARCHAR(40),
    decided_at      TIMESTAMP WITH TIME ZONE,
    version         BIGINT       NOT NULL
);
CREATE INDEX objection_letter ON objection (letter_id, opened_at);

CREATE TABLE objection_candidate (
    objection_id VARCHAR(36) NOT NULL REFERENCES objection (id),
    position     INTEGER     NOT NULL,
    serial       INTEGER     NOT NULL,
    PRIMARY KEY (objection_id, position)
);

CREATE TABLE objection_hop (
    objection_id        VARCHAR(36)  NOT NULL REFERENCES objection (id),
    position            INTEGER      NOT NULL,
    from_party          VARCHAR(20)  NOT NULL,
    to_party            VARCHAR(20)  NOT NULL,
    limit_days          INTEGER,
    label               VARCHAR(200) NOT NULL,
    closed_on           DATE,
    closed_by           VARCHAR(40),
    closed_at           TIMESTAMP WITH TIME ZONE,
    note                VARCHAR(500),
    document_sha256     VARCHAR(64),
    document_media_type VARCHAR(120),
    document_name       VARCHAR(255),
    PRIMARY KEY (objection_id, position)
);
CREATE INDEX objection_hop_open ON objection_hop (closed_on);
