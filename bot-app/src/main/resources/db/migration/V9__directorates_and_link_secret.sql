-- The directorate (or service) a team sits in, named by its leads in chat or by an admin on the
-- board; NULL while nobody has said. The board groups teams by it.
ALTER TABLE teams ADD COLUMN directorate VARCHAR(1000);

-- Secrets the bot makes for itself, kept here so that every instance sharing the database uses the
-- same one: the key that signs the chat's download links. The first instance to need one inserts
-- it; the primary key makes any other instance's insert fail, and it reads the one stored.
CREATE TABLE bot_secrets (
    name       VARCHAR(64)  NOT NULL,
    secret     VARCHAR(256) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT bot_secrets_pk PRIMARY KEY (name)
);
