-- Nudges are planned only for the teams whose next nudge has come due, not for every team each
-- minute. One schema for H2 and PostgreSQL, as V1.

-- When the sweep next plans the team's nudges: a team made since (this column left to its
-- default) or whose settings changed is due at once; NULL while its nudges are stopped.
-- nudge_plan_resets counts the resets, so that a plan made from settings changed meanwhile is
-- not kept.
ALTER TABLE teams ADD COLUMN nudge_plan_at TIMESTAMP WITH TIME ZONE DEFAULT TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00:00';
ALTER TABLE teams ADD COLUMN nudge_plan_resets BIGINT DEFAULT 0 NOT NULL;

CREATE INDEX teams_nudge_plan_idx ON teams (nudge_plan_at);

-- What the plans were made on (a fingerprint of the framework's competencies and the planning
-- rules): at a start with another, every team is planned again. One row, or none before any plan.
CREATE TABLE nudge_plan_basis (
    basis VARCHAR(128) NOT NULL
);

-- The scheduler (db-scheduler) decides when a delivery is tried again and finishes those of a dead
-- instance; nothing looks for deliveries by status any more.
DROP INDEX nudge_deliveries_status_idx;
