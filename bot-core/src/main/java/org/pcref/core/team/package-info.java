/**
 * Teams and their self-assessment: who leads and belongs to a team, which channels it talks in, and
 * the append-only history of its ratings, from which the current level of each competency is read.
 */
package org.pcref.core.team;
