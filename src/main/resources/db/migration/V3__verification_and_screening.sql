-- Who confirmed what was read, who handles the letter (drawn at random, seed 000 (八)), and the screening.
ALTER TABLE incoming_letter ADD COLUMN verified_by VARCHAR(40);
ALTER TABLE incoming_letter ADD COLUMN handler VARCHAR(40);

-- One screening per letter (re-running replaces it); results are encrypted JSON: they carry ID numbers.
CREATE TABLE screening (
    letter_id        VARCHAR(36) PRIMARY KEY REFERENCES incoming_letter (id),
    register_version INTEGER     NOT NULL,
    screened_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    screened_by      VARCHAR(40) NOT NULL,
    results_enc      VARCHAR(1000000) NOT NULL,
    version          BIGINT      NOT NULL
);
