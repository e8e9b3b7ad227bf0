-- The workspaces (a Slack workspace, a Teams tenant) that uninstalled the bot, and when. Their teams'
-- data is kept for pcref.retention.departed-workspaces, then deleted by the retention sweep with
-- this row; installing the bot again deletes the row, so nothing is deleted.
CREATE TABLE departed_workspaces (
    platform VARCHAR(32)  NOT NULL,
    tenant   VARCHAR(255) NOT NULL,
    left_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT departed_workspaces_pk PRIMARY KEY (platform, tenant)
);
