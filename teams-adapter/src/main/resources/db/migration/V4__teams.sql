-- Microsoft Teams: where the bot may write without being asked (nudges).
-- One row per channel or group chat (user_id empty) and per person's one-to-one chat
-- (user_id = the person's AAD object id). reference_json is the Bot Framework
-- conversation reference; active turns false when Teams says the bot was removed.
CREATE TABLE teams_conversation_reference (
    tenant_id       VARCHAR(100)  NOT NULL,
    conversation_id VARCHAR(400)  NOT NULL,
    user_id         VARCHAR(100)  NOT NULL,
    reference_json  VARCHAR(8000) NOT NULL,
    active          BOOLEAN       NOT NULL,
    updated_at      TIMESTAMP     NOT NULL,
    PRIMARY KEY (tenant_id, conversation_id, user_id)
);

CREATE INDEX teams_conversation_reference_user ON teams_conversation_reference (tenant_id, user_id);

-- Activities already handled, so that one Teams delivers twice (to any instance) is handled once.
-- activity_key is tenant, conversation and activity id; rows older than a day are deleted.
CREATE TABLE teams_seen_activity (
    activity_key VARCHAR(700) NOT NULL PRIMARY KEY,
    seen_at      TIMESTAMP    NOT NULL
);

CREATE INDEX teams_seen_activity_seen_at ON teams_seen_activity (seen_at);
