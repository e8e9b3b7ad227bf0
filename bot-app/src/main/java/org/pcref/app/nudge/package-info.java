/**
 * The engine of scheduled nudges: {@link org.pcref.app.nudge.NudgeEngine} runs the core's {@link
 * org.pcref.core.reminder.Reminders} on db-scheduler in the bot's database, so that several
 * instances share the work and a delivery interrupted by a dying instance is finished by another;
 * {@link org.pcref.app.nudge.LogNotifier} takes the nudges of platforms with no notifier.
 */
package org.pcref.app.nudge;
