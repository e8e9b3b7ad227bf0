package org.pcref.web;

import java.util.Set;
import org.pcref.core.team.Team;
import org.pcref.core.team.Workspace;

/**
 * Who is looking at the board, and so what they may see.
 *
 * @param local the local board: this computer, no sign-in, sees everything but changes nothing
 * @param workspace the signed-in person's workspace (Slack team or Entra tenant); null when local
 * @param userId their user id there, as the chat keys them; null when local
 * @param name the name to greet them by
 * @param admin sees and manages everything
 * @param overview may see the trust-wide overview of levels (without notes or names)
 * @param teamIds the teams they lead or belong to, which they see in full
 */
public record Viewer(
    boolean local,
    Workspace workspace,
    String userId,
    String name,
    boolean admin,
    boolean overview,
    Set<String> teamIds) {

  public Viewer {
    teamIds = Set.copyOf(teamIds);
  }

  static Viewer localViewer() {
    return new Viewer(true, null, null, "this computer", false, true, Set.of());
  }

  /** Sees every team in full: notes, names, history. */
  public boolean seesEverything() {
    return local || admin;
  }

  public boolean seesInFull(Team team) {
    return seesEverything() || teamIds.contains(team.id());
  }

  public boolean seesOverview() {
    return seesEverything() || overview;
  }

  /** The person key admins are configured by: {@code platform/tenant/user}. */
  static String key(Workspace workspace, String userId) {
    return workspace.platform() + "/" + workspace.tenant() + "/" + userId;
  }
}
