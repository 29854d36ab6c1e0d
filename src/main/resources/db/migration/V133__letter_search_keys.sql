-- Issue 16 §6: searching letters by a candidate's ID number or name without keeping either in clear
-- (docs/rules.md#R92). A letter's candidates are inside the encrypted reading (letter_extraction.content_enc), so the
-- keyed hashes (HMAC-SHA256 under a key derived from the personal-data key) stand beside it, one row per candidate
-- and kind. search_keyed marks the readings whose keys are written: the start-up backfill keys the others, each under
-- its row's lock, so two servers never key one twice.
CREATE TABLE letter_search_key (
    letter_id VARCHAR(36) NOT NULL REFERENCES incoming_letter (id),
    kind      VARCHAR(10) NOT NULL,
    key_hash  VARCHAR(64) NOT NULL,
    PRIMARY KEY (letter_id, kind, key_hash)
);
CREATE INDEX letter_search_key_hash ON letter_search_key (key_hash);

ALTER TABLE letter_extraction ADD COLUMN search_keyed BOOLEAN DEFAULT FALSE NOT NULL;

CREATE INDEX incoming_letter_handler ON incoming_letter (handler);
CREATE INDEX audit_event_occurred ON audit_event (occurred_at);
