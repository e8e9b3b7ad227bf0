-- Slack: the events handled already (so a retry or a duplicate has no second effect, across
-- instances), and the workspaces the app is installed in (OAuth). Portable SQL: H2 and PostgreSQL.

CREATE TABLE slack_event (
    event_id    VARCHAR(100) NOT NULL PRIMARY KEY,
    received_at TIMESTAMP    NOT NULL
);

CREATE INDEX slack_event_received_at ON slack_event (received_at);

CREATE TABLE slack_installation (
    installation_key  VARCHAR(100)  NOT NULL PRIMARY KEY,
    enterprise_id     VARCHAR(50),
    team_id           VARCHAR(50),
    app_id            VARCHAR(50),
    bot_id            VARCHAR(50),
    bot_user_id       VARCHAR(50),
    bot_token         VARCHAR(300)  NOT NULL,
    bot_scopes        VARCHAR(1000),
    installer_user_id VARCHAR(50),
    installed_at      TIMESTAMP     NOT NULL
);

-- OAuth installs in progress: the state handed to Slack and checked when the person comes back.
CREATE TABLE slack_oauth_state (
    state      VARCHAR(100) NOT NULL PRIMARY KEY,
    expires_at TIMESTAMP    NOT NULL
);
