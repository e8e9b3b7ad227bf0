/**
 * Team rounds: a lead asks the whole team, everyone rates privately, the team sees the spread of
 * views, and the lead confirms the team's level. A {@link org.pcref.core.round.Round} is its own
 * record (team, competencies, who opened it, when it closes, one answer per person per competency,
 * the confirmations), kept through the {@link org.pcref.core.round.RoundStore} port; {@link
 * org.pcref.core.round.Rounds} is the entry point. Each member answers with the check-in's own
 * questions, asked of them alone.
 */
package org.pcref.core.round;
