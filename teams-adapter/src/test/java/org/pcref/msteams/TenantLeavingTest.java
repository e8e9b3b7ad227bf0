package org.pcref.msteams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pcref.msteams.TeamsChat.OTHER_TENANT;
import static org.pcref.msteams.TeamsChat.TENANT;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pcref.core.team.Workspace;
import org.pcref.msteams.TeamsChat.Person;

/**
 * A Teams tenant leaves when the app is removed from the last chat or team that had it, and comes
 * back when the app is installed there again.
 */
class TenantLeavingTest {

  private static final Workspace TEAMS_TENANT = new Workspace("teams", TENANT);

  private final TeamsChat teams = new TeamsChat();

  @AfterEach
  void stop() {
    teams.close();
  }

  @Test
  void shouldRecordTheTenantAsDepartedWhenTheAppLeavesItsLastConversation() {
    Person alex = teams.personal("aad-alex", "Alex");
    alex.installsTheApp();

    alex.uninstallsTheApp();

    assertThat(teams.departures.all()).isEqualTo(Map.of(TEAMS_TENANT, TeamsChat.NOW));
    assertThat(teams.references.anyActive(TENANT)).isFalse();
  }

  @Test
  void shouldNotRecordADepartureWhileAnotherConversationOfTheTenantStillHasTheApp() {
    Person alex = teams.personal("aad-alex", "Alex");
    Person sam = teams.inChannel("aad-sam", "Sam");
    alex.installsTheApp();
    sam.addsTheBot();
    teams.inChannelOfTenant(OTHER_TENANT, "aad-kim", "Kim").removesTheBot();

    alex.uninstallsTheApp();

    assertThat(teams.departures.all())
        .as("the channel still has the bot; only the other tenant has gone")
        .containsOnlyKeys(new Workspace("teams", OTHER_TENANT));

    sam.removesTheBot();

    assertThat(teams.departures.all()).containsKey(TEAMS_TENANT);
  }

  @Test
  void shouldClearTheDepartureWhenTheAppIsInstalledInTheTenantAgain() {
    Person sam = teams.inChannel("aad-sam", "Sam");
    sam.addsTheBot();
    sam.removesTheBot();
    assertThat(teams.departures.all()).containsKey(TEAMS_TENANT);

    teams.personal("aad-alex", "Alex").installsTheApp();

    assertThat(teams.departures.all()).isEmpty();
    assertThat(teams.references.anyActive(TENANT)).isTrue();
  }
}
