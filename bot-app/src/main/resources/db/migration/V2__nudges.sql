-- Nudges: each team's settings, the record of every delivery, and the scheduler's table.
-- One schema for H2 and PostgreSQL, as V1.

-- A team's nudge settings; a team without a row has the defaults.
CREATE TABLE nudge_settings (
    team_id          VARCHAR(64)  NOT NULL,
    cadence_every    INTEGER      NOT NULL,
    cadence_unit     VARCHAR(16)  NOT NULL,
    nudge_day        VARCHAR(16)  NOT NULL,
    nudge_time       TIME         NOT NULL,
    zone_id          VARCHAR(64)  NOT NULL,
    to_channel       BOOLEAN      NOT NULL,
    digest           VARCHAR(16)  NOT NULL,
    stale_after_days INTEGER      NOT NULL,
    snoozed_until    TIMESTAMP WITH TIME ZONE,
    stopped          BOOLEAN      NOT NULL,
    digest_since     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT nudge_settings_pk PRIMARY KEY (team_id)
);

-- One row per nudge per recipient. The primary key is the idempotency key: whichever instance
-- inserts the row (or takes over a due retry or an abandoned claim) is the one that sends.
CREATE TABLE nudge_deliveries (
    delivery_key VARCHAR(1024) NOT NULL,
    team_id      VARCHAR(64)   NOT NULL,
    kind         VARCHAR(16)   NOT NULL,
    due_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    platform     VARCHAR(32)   NOT NULL,
    tenant       VARCHAR(255)  NOT NULL,
    channel      VARCHAR(512),
    user_id      VARCHAR(512),
    status       VARCHAR(16)   NOT NULL,
    attempts     INTEGER       NOT NULL,
    reason       VARCHAR(2000) NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    retry_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT nudge_deliveries_pk PRIMARY KEY (delivery_key)
);

CREATE INDEX nudge_deliveries_team_idx ON nudge_deliveries (team_id, updated_at);
CREATE INDEX nudge_deliveries_status_idx ON nudge_deliveries (status);

-- db-scheduler's table (its PostgreSQL DDL in portable types). task_instance holds a delivery
-- key, hence its length.
CREATE TABLE scheduled_tasks (
    task_name            VARCHAR(100)  NOT NULL,
    task_instance        VARCHAR(1024) NOT NULL,
    task_data            BYTEA,
    execution_time       TIMESTAMP WITH TIME ZONE NOT NULL,
    picked               BOOLEAN       NOT NULL,
    picked_by            VARCHAR(255),
    last_success         TIMESTAMP WITH TIME ZONE,
    last_failure         TIMESTAMP WITH TIME ZONE,
    consecutive_failures INTEGER,
    last_heartbeat       TIMESTAMP WITH TIME ZONE,
    version              BIGINT        NOT NULL,
    priority             SMALLINT,
    CONSTRAINT scheduled_tasks_pk PRIMARY KEY (task_name, task_instance)
);

CREATE INDEX scheduled_tasks_execution_time_idx ON scheduled_tasks (execution_time);
CREATE INDEX scheduled_tasks_last_heartbeat_idx ON scheduled_tasks (last_heartbeat);
CREATE INDEX scheduled_tasks_priority_execution_time_idx ON scheduled_tasks (priority DESC, execution_time ASC);
