-- The files registered with a letter besides the letter itself (issue 18; docs/rules.md#R38): each kept once,
-- addressed by its SHA-256 like the original, so the duplicate rule (409) holds for every file.
CREATE TABLE letter_attachment (
    letter_id       VARCHAR(36)  NOT NULL REFERENCES incoming_letter (id),
    position        INTEGER      NOT NULL,
    file_sha256     VARCHAR(64)  NOT NULL UNIQUE,
    file_media_type VARCHAR(120) NOT NULL,
    file_size       BIGINT       NOT NULL,
    file_name       VARCHAR(255),
    file_pages      INTEGER      NOT NULL,
    PRIMARY KEY (letter_id, position)
);
