/**
 * The trust-wide picture of every team's self-assessment, read-only, for the trust's board: each
 * team's current levels, a team's history, how many teams stood at each level over time, and the
 * teams overdue for a check-in. {@link org.pcref.core.picture.TrustPicture} is the port the
 * application's database implements; {@link org.pcref.core.picture.InMemoryTrustPicture} reads the
 * same picture from the in-memory team store, team by team.
 */
package org.pcref.core.picture;
