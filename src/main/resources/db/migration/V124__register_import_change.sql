-- Issue 19. Runs unchanged on H2 2.5 and PostgreSQL 15.

-- What an import into a non-empty register changes, found with one join of the staged file against the listed records
-- per direction: a staged row to add (record_id null), a staged row replacing a listed record (both set), or a listed
-- record the snapshot no longer lists (row_no null). The closes and the insert then touch these rows only, instead of
-- joining the whole file and register once per kind of change. H2 uses this table; PostgreSQL a temporary one of the
-- same shape (bench/README.md, Import).
CREATE TABLE register_import_change (
    job_id          BIGINT        NOT NULL,
    row_no          BIGINT,
    record_id       BIGINT
);
CREATE INDEX ix_register_import_change_job ON register_import_change (job_id);
