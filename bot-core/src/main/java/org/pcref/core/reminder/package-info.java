/**
 * Nudges for team leads: when a check-in is due (the team's cadence has passed, or competencies
 * have not been reviewed for a while), and an optional digest of what changed. {@link
 * org.pcref.core.reminder.NudgePlanner} decides what is due, and when to look at the team again, as
 * a pure function of the team, its settings, its history and the time; {@link
 * org.pcref.core.reminder.Reminders} plans only the teams whose time has come, delivers each nudge
 * exactly once through the {@link org.pcref.core.reminder.NudgeStore}'s record, and says when to
 * try a failed one again; a scheduler runs it. {@link org.pcref.core.reminder.RemindCommand} is the
 * {@code remind} command, which shows the team's nudge settings and lets its leads change them.
 */
package org.pcref.core.reminder;
