-- The audit chain is linked by an HMAC whose key lives outside the database (docs/rules.md#R30). A trail written
-- before that is linked by plain SHA-256; the server verifies it once and links it again under the key at start-up,
-- recording that it did (AUDIT_CHAIN_KEYED). Until then the head says the chain is in the old format.
ALTER TABLE audit_head ADD COLUMN chain_format VARCHAR(16) DEFAULT 'SHA256' NOT NULL;
