/**
 * Nudges for team leads: when a check-in is due (the team's cadence has passed, or competencies
 * have not been reviewed for a while), and an optional digest of what changed. {@link
 * org.pcref.core.reminder.NudgePlanner} decides what is due, as a pure function of the team, its
 * settings, its history and the time; {@link org.pcref.core.reminder.Reminders} delivers it exactly
 * once and handles the {@code remind} command.
 */
package org.pcref.core.reminder;
