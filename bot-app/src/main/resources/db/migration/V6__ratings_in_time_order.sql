-- The trust picture reads every team's history at once, each competency's ratings in the order they
-- hold: by time given, then as recorded. In that order already, PostgreSQL reads the history
-- without sorting it (a thousand teams' two years are some 200,000 rows).
-- Version 6: version 5 is another change of the same release.
CREATE INDEX ratings_in_time_order_idx ON ratings (team_id, competency_id, given_at, seq);
