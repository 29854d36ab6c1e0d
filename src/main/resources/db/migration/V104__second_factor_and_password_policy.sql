-- The second factor (docs/rules.md#R24), the password policy (R25) and failed log-ins counted per computer (R20).
-- The account-wide lock gives way to login_throttle; accounts from before keep their password, counted from now.
ALTER TABLE app_user DROP COLUMN failed_logins;
ALTER TABLE app_user DROP COLUMN locked_until;
ALTER TABLE app_user ADD COLUMN mobile VARCHAR(11);
ALTER TABLE app_user ADD COLUMN totp_secret VARCHAR(200);
ALTER TABLE app_user ADD COLUMN totp_last_step BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE app_user ADD COLUMN password_changed_at TIMESTAMP WITH TIME ZONE;
UPDATE app_user SET password_changed_at = CURRENT_TIMESTAMP;
ALTER TABLE app_user ALTER COLUMN password_changed_at SET NOT NULL;
ALTER TABLE app_user ADD COLUMN must_change_password BOOLEAN DEFAULT FALSE NOT NULL;

CREATE TABLE user_recovery_code (
    user_id   BIGINT      NOT NULL REFERENCES app_user (id),
    code_hash VARCHAR(64) NOT NULL,
    PRIMARY KEY (user_id, code_hash)
);

CREATE TABLE user_password_history (
    user_id       BIGINT       NOT NULL REFERENCES app_user (id),
    position      INTEGER      NOT NULL,
    password_hash VARCHAR(200) NOT NULL,
    PRIMARY KEY (user_id, position)
);

CREATE TABLE login_challenge (
    token_hash   VARCHAR(64) PRIMARY KEY,
    user_id      BIGINT      NOT NULL REFERENCES app_user (id),
    factor       VARCHAR(10) NOT NULL,
    purpose      VARCHAR(20) NOT NULL,
    source       VARCHAR(50) NOT NULL,
    code_hash    VARCHAR(64),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    tries        INTEGER     NOT NULL,
    completed_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX login_challenge_user ON login_challenge (user_id, created_at);

CREATE TABLE login_throttle (
    throttle_key    VARCHAR(64) PRIMARY KEY,
    username        VARCHAR(40) NOT NULL,
    source          VARCHAR(50) NOT NULL,
    failures        INTEGER     NOT NULL,
    blocks          INTEGER     NOT NULL,
    last_failure_at TIMESTAMP WITH TIME ZONE NOT NULL,
    blocked_until   TIMESTAMP WITH TIME ZONE
);
CREATE INDEX login_throttle_user ON login_throttle (username);
