/**
 * The engine of scheduled nudges: {@link org.pcref.app.nudge.NudgeEngine} runs the core's {@link
 * org.pcref.core.reminder.Reminders} on db-scheduler in the bot's database, which keeps when each
 * delivery runs and runs again, so that several instances share the work, retries included, and a
 * delivery interrupted by a dying instance is finished by another; {@link
 * org.pcref.app.nudge.LogNotifier} takes the nudges of platforms with no notifier.
 */
package org.pcref.app.nudge;
