/**
 * Microsoft Teams only: Bot Framework activities in ({@link org.pcref.msteams.TeamsEndpoint}), the
 * core's neutral replies out as Adaptive Cards, and nudges through stored conversation references
 * ({@link org.pcref.msteams.TeamsNotifier}). Nothing here decides what the bot says; every Bot
 * Framework class the project uses is imported in this package only.
 */
package org.pcref.msteams;
