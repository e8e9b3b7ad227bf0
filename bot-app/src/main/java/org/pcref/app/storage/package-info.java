/**
 * The database behind the bot's storage ports: {@link org.pcref.app.storage.JdbcConversationStore},
 * {@link org.pcref.app.storage.JdbcTeamStore} and {@link org.pcref.app.storage.JdbcNudgeStore} in
 * plain JDBC, {@link org.pcref.app.storage.JdbcSeenKeys} for the deliveries each platform has
 * handled (in that platform's own table), {@link org.pcref.app.storage.JdbcTrustPicture}, the
 * board's read-only picture of every team, and {@link org.pcref.app.storage.Database}, which opens
 * an embedded H2 file or a PostgreSQL database, runs the Flyway migrations in {@code db/migration}
 * (one set of SQL for both, db-scheduler's table included; each platform adapter ships the
 * migration of its own tables) and hands out the stores. Needs no Spring; a Spring configuration
 * can build the stores on its own {@code DataSource}.
 */
package org.pcref.app.storage;
