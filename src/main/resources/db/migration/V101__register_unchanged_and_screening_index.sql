-- Issue 19. Runs unchanged on H2 2.5 and PostgreSQL 15.

-- What a finished import did: NEW_VERSION, or UNCHANGED when the file listed exactly the current version
-- (version_no then names that version and no new one is made).
ALTER TABLE register_import_job ADD COLUMN outcome VARCHAR(12);
UPDATE register_import_job SET outcome = 'NEW_VERSION' WHERE status = 'DONE';
ALTER TABLE register_import_job ADD CONSTRAINT ck_register_import_job_outcome
    CHECK (outcome IN ('NEW_VERSION', 'UNCHANGED'));

-- Screening looks up (key, name) and keeps the rows listed in the as-of version: the version bounds are in the
-- index, so a candidate without a record listed then is answered from the index alone.
CREATE INDEX ix_register_record_screen ON register_record (match_key, name_norm, version_added, version_removed);
DROP INDEX ix_register_record_match;
