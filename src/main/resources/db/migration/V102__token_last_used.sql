-- When each token was last used: a token idle for longer than the configured time is no longer accepted
-- (docs/rules.md#R20). Tokens issued before this migration count as used when issued.
ALTER TABLE auth_token ADD COLUMN last_used_at TIMESTAMP WITH TIME ZONE;
UPDATE auth_token SET last_used_at = issued_at;
ALTER TABLE auth_token ALTER COLUMN last_used_at SET NOT NULL;
