package org.pcref.core.checkin;

import java.util.List;

/**
 * Where the check-ins a team left paused can be found, in whichever conversation (the leads'
 * digest).
 */
public interface PausedCheckIns {

  List<CheckIn> pausedCheckIns(String teamId);
}
