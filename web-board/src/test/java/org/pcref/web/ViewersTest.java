package org.pcref.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.pcref.core.team.InMemoryTeamStore;
import org.pcref.core.team.Person;
import org.pcref.core.team.Role;
import org.pcref.core.team.Team;
import org.pcref.core.team.Workspace;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** Signed-in people are the people the chat knows, by the same keys. */
class ViewersTest {

  private final InMemoryTeamStore store = new InMemoryTeamStore();

  ViewersTest() {
    store.save(
        new Team("t1", new Workspace("slack", "T1"), "Ward", Map.of(), List.of(), Instant.EPOCH)
            .with(new Person("U1", "Una", Role.LEAD)));
  }

  @Test
  void shouldKnowASlackPersonByTheirWorkspaceAndUserId() {
    Viewer una = viewers(Map.of()).of(Viewers.SLACK, slackUser("T1", "U1")).orElseThrow();
    assertThat(una.teamIds()).containsExactly("t1");
    assertThat(una.admin()).isFalse();
    assertThat(una.seesOverview()).isTrue();
  }

  @Test
  void shouldNotMixUpTheSameUserIdInAnotherWorkspace() {
    Viewer other = viewers(Map.of()).of(Viewers.SLACK, slackUser("T2", "U1")).orElseThrow();
    assertThat(other.teamIds()).isEmpty();
  }

  @Test
  void shouldMakeConfiguredPeopleAdmins() {
    Viewer una =
        viewers(Map.of("pcref.board.admins", " slack/T1/U1 , teams/x/y"))
            .of(Viewers.SLACK, slackUser("T1", "U1"))
            .orElseThrow();
    assertThat(una.admin()).isTrue();
    assertThat(una.seesEverything()).isTrue();
  }

  @Test
  void shouldMakeTheBotsAdminsAdminsOfTheBoardToo() {
    Viewer una =
        viewers(Map.of("pcref.admins", "slack/T1/U1", "pcref.board.admins", "teams/x/y"))
            .of(Viewers.SLACK, slackUser("T1", "U1"))
            .orElseThrow();
    assertThat(una.admin()).isTrue();
  }

  @Test
  void shouldMakeMembersOfTheAdminGroupAdmins() {
    OidcUser user =
        user(Map.of("tid", "tenant", "oid", "o1", "groups", List.of("g-admins", "g-other")));
    assertThat(
            viewers(Map.of("pcref.board.admin-group", "g-admins"))
                .of(Viewers.ENTRA, user)
                .orElseThrow()
                .admin())
        .isTrue();
  }

  @Test
  void shouldHideTheOverviewWhenAnAdminTurnsItOff() {
    Viewer outsider =
        viewers(Map.of("pcref.board.overview-for-everyone", "false"))
            .of(Viewers.SLACK, slackUser("T1", "U9"))
            .orElseThrow();
    assertThat(outsider.seesOverview()).isFalse();
  }

  @Test
  void shouldRefuseATokenWithoutTheIdentityClaims() {
    assertThat(viewers(Map.of()).of(Viewers.ENTRA, user(Map.of("tid", "tenant")))).isEmpty();
  }

  @Test
  void shouldBeLocalWithoutSignInConfigured() {
    assertThat(BoardSettings.from(name -> null).local()).isTrue();
    assertThat(
            BoardSettings.from(
                    Map.of(
                            "pcref.board.slack.client-id", "id",
                            "pcref.board.slack.client-secret", "secret")
                        ::get)
                .local())
        .isFalse();
  }

  @Test
  void shouldOnlyTrustLoopbackAddressesLocally() {
    assertThat(BoardSecurity.isLoopback("127.0.0.1")).isTrue();
    assertThat(BoardSecurity.isLoopback("0:0:0:0:0:0:0:1")).isTrue();
    assertThat(BoardSecurity.isLoopback("10.0.0.1")).isFalse();
    assertThat(BoardSecurity.isLoopback("localhost.example.org")).isFalse();
    assertThat(BoardSecurity.isLoopback(null)).isFalse();
  }

  private Viewers viewers(Map<String, String> settings) {
    UnaryOperator<String> lookup = settings::get;
    return new Viewers(BoardSettings.from(lookup), store);
  }

  private static OidcUser slackUser(String team, String user) {
    return user(Map.of(Viewers.SLACK_TEAM_CLAIM, team, Viewers.SLACK_USER_CLAIM, user));
  }

  private static OidcUser user(Map<String, Object> claims) {
    Map<String, Object> all = new java.util.HashMap<>(claims);
    all.put("sub", "subject");
    OidcIdToken token = new OidcIdToken("token", Instant.EPOCH, Instant.EPOCH.plusSeconds(60), all);
    return new DefaultOidcUser(List.of(), token);
  }
}
