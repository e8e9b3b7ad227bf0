/**
 * The check-in: a short conversation that asks a team which level fits now for a few competencies,
 * with an optional evidence note each, and records the answers in the team's assessment. The state
 * is an immutable {@link org.pcref.core.checkin.CheckIn} saved after every turn; {@link
 * org.pcref.core.checkin.CheckIns} is the entry point.
 */
package org.pcref.core.checkin;
