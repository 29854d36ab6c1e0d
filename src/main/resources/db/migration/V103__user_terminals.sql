-- The registered terminals (专机) of each account: IP addresses or CIDR ranges it may work from
-- (docs/rules.md#R23). Accounts from before have none.
CREATE TABLE user_terminal (
    user_id  BIGINT      NOT NULL REFERENCES app_user (id),
    terminal VARCHAR(50) NOT NULL,
    PRIMARY KEY (user_id, terminal)
);
