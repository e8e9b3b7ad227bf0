package org.pcref.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pcref.web.SignedInAuthorizationTest.person;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pcref.core.team.Team;
import org.pcref.core.team.TeamStore;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Directorates on the board: the overview grouped by them, with counts per directorate and a
 * filter; only an admin puts a team in one, through a form with its CSRF token.
 */
class DirectoratesOnTheBoardTest {

  private static final String ROUTE = "/teams/" + SampleTrust.NEW + "/directorate";

  private static MockMvc mvc;
  private static TeamStore teams;

  @BeforeAll
  static void start() {
    ConfigurableApplicationContext server = TestServers.signedIn();
    mvc = TestServers.mockMvc(server);
    teams = server.getBean(TeamStore.class);
  }

  @Test
  void shouldGroupTheOverviewByDirectorateWithTeamsInNoneLast() throws Exception {
    String page =
        mvc.perform(get("/").with(person("oid-outsider")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(page)
        .contains("Newham: 1 team", "Tower Hamlets: 1 team", "No directorate: 1 team")
        .contains("Teams at each level, by directorate");
    assertThat(page.indexOf("Newham: 1 team"))
        .isLessThan(page.indexOf("Tower Hamlets: 1 team"))
        .isLessThan(page.indexOf("No directorate: 1 team"));
  }

  @Test
  void shouldFilterTheOverviewByDirectorate() throws Exception {
    mvc.perform(get("/").param("directorate", "tower hamlets").with(person("oid-outsider")))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Ward 1 East")))
        .andExpect(content().string(Matchers.not(Matchers.containsString("Crisis Team"))));
    mvc.perform(get("/?directorate=-").with(person("oid-outsider")))
        .andExpect(content().string(Matchers.containsString("New Community Team")))
        .andExpect(content().string(Matchers.not(Matchers.containsString("Ward 1 East"))));
  }

  @Test
  void shouldLetOnlyAnAdminSetADirectorate() throws Exception {
    for (String someone :
        new String[] {"oid-outsider", SampleTrust.BOB, SampleTrust.ALICE, SampleTrust.CAROL}) {
      mvc.perform(post(ROUTE).param("directorate", "Hackney").with(person(someone)).with(csrf()))
          .andExpect(status().isForbidden());
    }
    // Not even a lead of the team itself: leads set it in chat.
    mvc.perform(
            post("/teams/" + SampleTrust.WARD + "/directorate")
                .param("directorate", "Hackney")
                .with(person(SampleTrust.ALICE))
                .with(csrf()))
        .andExpect(status().isForbidden());
    assertThat(teams.find(SampleTrust.WARD).orElseThrow().directorate())
        .contains(SampleTrust.TOWER_HAMLETS);
    mvc.perform(post(ROUTE).param("directorate", "Hackney").with(csrf()))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("/sign-in"));
    mvc.perform(post(ROUTE).param("directorate", "Hackney").with(person(SampleTrust.DAVE)))
        .andExpect(status().isForbidden());
    assertThat(teams.find(SampleTrust.NEW).orElseThrow().directorate()).isEmpty();
  }

  @Test
  void shouldPutATeamInADirectorateForAnAdmin() throws Exception {
    try {
      mvc.perform(
              post(ROUTE)
                  .param("directorate", "  Hackney ")
                  .with(person(SampleTrust.DAVE))
                  .with(csrf()))
          .andExpect(status().isSeeOther())
          .andExpect(redirectedUrl("/teams/" + SampleTrust.NEW));
      assertThat(teams.find(SampleTrust.NEW).orElseThrow().directorate()).contains("Hackney");
      mvc.perform(get("/teams/" + SampleTrust.NEW).with(person(SampleTrust.DAVE)))
          .andExpect(content().string(Matchers.containsString("Directorate: Hackney.")))
          .andExpect(content().string(Matchers.containsString("name=\"_csrf\"")));

      mvc.perform(
              post(ROUTE)
                  .param("directorate", "x".repeat(Team.LONGEST_DIRECTORATE + 1))
                  .with(person(SampleTrust.DAVE))
                  .with(csrf()))
          .andExpect(status().isBadRequest());
      mvc.perform(
              post("/teams/no-such-team/directorate")
                  .param("directorate", "Hackney")
                  .with(person(SampleTrust.DAVE))
                  .with(csrf()))
          .andExpect(status().isNotFound());

      mvc.perform(post(ROUTE).param("directorate", "").with(person(SampleTrust.DAVE)).with(csrf()))
          .andExpect(status().isSeeOther());
      assertThat(teams.find(SampleTrust.NEW).orElseThrow().directorate()).isEmpty();
    } finally {
      teams.save(teams.find(SampleTrust.NEW).orElseThrow().inDirectorate(""));
    }
  }

  @Test
  void shouldShowNoDirectorateFormToATeamsOwnPeople() throws Exception {
    mvc.perform(get("/teams/" + SampleTrust.WARD).with(person(SampleTrust.ALICE)))
        .andExpect(content().string(Matchers.containsString("Directorate: Tower Hamlets.")))
        .andExpect(content().string(Matchers.not(Matchers.containsString("Save the directorate"))));
  }
}
