package org.pcref.web;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.pcref.core.team.Team;
import org.pcref.core.team.TeamStore;
import org.pcref.core.team.Workspace;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.server.ResponseStatusException;

/**
 * Turns the signed-in person into a {@link Viewer}: their identity mapped to the key the chat
 * already keys them by (Entra: the token's {@code tid} and {@code oid}, as the Teams adapter keys
 * people by their AAD object id in their tenant; Slack: its team id and user id claims), their
 * teams from the team store, and their role from the settings.
 */
public final class Viewers {

  static final String ENTRA = "entra";
  static final String SLACK = "slack";
  static final String SLACK_TEAM_CLAIM = "https://slack.com/team_id";
  static final String SLACK_USER_CLAIM = "https://slack.com/user_id";

  private final BoardSettings settings;
  private final TeamStore teams;

  public Viewers(BoardSettings settings, TeamStore teams) {
    this.settings = settings;
    this.teams = teams;
  }

  /** Who is asking now; a signed-in request without a usable identity is refused. */
  public Viewer current() {
    if (settings.local()) {
      return Viewer.localViewer();
    }
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth instanceof OAuth2AuthenticationToken token
        && token.getPrincipal() instanceof OidcUser user) {
      return of(token.getAuthorizedClientRegistrationId(), user)
          .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
    }
    throw new ResponseStatusException(HttpStatus.FORBIDDEN);
  }

  Optional<Viewer> of(String registrationId, OidcUser user) {
    Workspace workspace;
    String userId;
    if (ENTRA.equals(registrationId)) {
      workspace = new Workspace("teams", claim(user, "tid"));
      userId = claim(user, "oid");
    } else if (SLACK.equals(registrationId)) {
      workspace = new Workspace("slack", claim(user, SLACK_TEAM_CLAIM));
      userId = claim(user, SLACK_USER_CLAIM);
    } else {
      return Optional.empty();
    }
    if (workspace.tenant().isEmpty() || userId.isEmpty()) {
      return Optional.empty();
    }
    boolean admin =
        settings.admins().contains(Viewer.key(workspace, userId))
            || settings.adminGroup().map(g -> groups(user).contains(g)).orElse(false);
    Set<String> teamIds =
        teams.findByPerson(workspace, userId).stream().map(Team::id).collect(Collectors.toSet());
    String name = user.getFullName() != null ? user.getFullName() : userId;
    return Optional.of(
        new Viewer(false, workspace, userId, name, admin, settings.overviewForEveryone(), teamIds));
  }

  private static String claim(OidcUser user, String name) {
    Object value = user.getClaims().get(name);
    return value == null ? "" : value.toString();
  }

  private static Set<String> groups(OidcUser user) {
    Object groups = user.getClaims().get("groups");
    if (groups instanceof Collection<?> c) {
      return c.stream().map(String::valueOf).collect(Collectors.toSet());
    }
    return Set.of();
  }
}
