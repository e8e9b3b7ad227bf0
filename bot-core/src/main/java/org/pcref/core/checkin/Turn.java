package org.pcref.core.checkin;

import java.time.Instant;
import org.pcref.core.team.Assessment;
import org.pcref.core.team.Team;

/** What a check-in turn needs to know besides its own state: the team, who is talking, when. */
record Turn(Team team, Assessment assessment, String personId, String personName, Instant now) {}
