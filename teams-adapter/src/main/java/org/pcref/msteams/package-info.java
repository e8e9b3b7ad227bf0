/**
 * Microsoft Teams only: Bot Framework activities in ({@link org.pcref.msteams.TeamsEndpoint}), the
 * core's neutral replies out as Adaptive Cards, and nudges through stored conversation references
 * ({@link org.pcref.msteams.TeamsNotifier}), kept in the bot's database with the SQL that creates
 * their table ({@code db/migration/V4__teams.sql}). Nothing here decides what the bot says; every
 * Bot Framework class the project uses is imported in this package only.
 */
package org.pcref.msteams;
