-- What was read from each letter: encrypted JSON (names and ID numbers are personal data).
CREATE TABLE letter_extraction (
    letter_id   VARCHAR(36)  PRIMARY KEY REFERENCES incoming_letter (id),
    source      VARCHAR(20)  NOT NULL,
    content_enc VARCHAR(1000000) NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT       NOT NULL
);
