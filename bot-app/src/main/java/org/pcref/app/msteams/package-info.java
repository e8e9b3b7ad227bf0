/**
 * Microsoft Teams in the server: {@code POST /api/messages} and the wiring of the Teams adapter
 * (settings, conversation references in the database, the notifier for nudges).
 */
package org.pcref.app.msteams;
