-- Issue 16 §1 服务统计 (docs/rules.md#R74–#R76): the figures are SQL aggregates over columns in clear. A screening's
-- results are encrypted (they carry ID numbers), so its counts are kept beside them, written with every change (a
-- review changes them); screenings stored before this migration have none and count as letters only. The query kind
-- (查询类型) is kept on the letter when its reading is confirmed (it names no person).
ALTER TABLE screening ADD COLUMN candidates INTEGER;
ALTER TABLE screening ADD COLUMN hits INTEGER;
ALTER TABLE screening ADD COLUMN hit_records INTEGER;
ALTER TABLE screening ADD COLUMN possible_hits INTEGER;
ALTER TABLE screening ADD COLUMN overturned_hits INTEGER;
ALTER TABLE incoming_letter ADD COLUMN query_kind VARCHAR(20);

-- The step times (confirmed, reviewed) and the extensions come from the audit trail: one index range per action
-- from the period's start, read from the index alone.
CREATE INDEX audit_event_action_time ON audit_event (action, occurred_at, letter_id);
