package org.pcref.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;

/** The local board: this computer only, read-only, everything visible, a banner on every page. */
class LocalBoardTest {

  static final List<String> ROUTES =
      List.of(
          "/",
          "/?level=GOOD&overdue=on&sort=race-equality&dir=desc",
          "/?directorate=Tower Hamlets&page=2",
          "/?directorate=-&page=nonsense",
          "/overdue",
          "/trends",
          "/teams/" + SampleTrust.WARD,
          "/competencies/" + FrameworkIds.first(),
          "/download/levels.csv",
          "/download/levels.xlsx",
          "/teams/" + SampleTrust.WARD + "/history.csv",
          "/teams/" + SampleTrust.WARD + "/history.xlsx");

  private static MockMvc mvc;

  @BeforeAll
  static void start() {
    mvc = TestServers.mockMvc(TestServers.local());
  }

  @Test
  void shouldAnswerEveryRouteFromThisComputer() throws Exception {
    for (String route : ROUTES) {
      mvc.perform(get(route).with(r -> loopback(r))).andExpect(status().isOk());
    }
  }

  @Test
  void shouldRefuseEveryRouteFromAnotherComputer() throws Exception {
    for (String route : ROUTES) {
      mvc.perform(
              get(route)
                  .with(
                      r -> {
                        r.setRemoteAddr("10.1.2.3");
                        return r;
                      }))
          .andExpect(status().isForbidden());
    }
  }

  @Test
  void shouldRefuseEveryRouteThatCameThroughAProxyOnThisComputer() throws Exception {
    for (String header : new String[] {"X-Forwarded-For", "Forwarded", "X-Real-IP", "Via"}) {
      for (String route : ROUTES) {
        mvc.perform(get(route).header(header, "203.0.113.9").with(r -> loopback(r)))
            .andExpect(status().isForbidden());
      }
    }
  }

  @Test
  void shouldRefuseChangesEvenFromThisComputer() throws Exception {
    mvc.perform(post("/").with(r -> loopback(r))).andExpect(status().isForbidden());
    mvc.perform(
            post("/teams/" + SampleTrust.NEW + "/directorate")
                .param("directorate", "Hackney")
                .with(r -> loopback(r)))
        .andExpect(status().isForbidden());
  }

  @Test
  void shouldSayItIsLocalOnEveryPageWithAStrictContentSecurityPolicy() throws Exception {
    for (String route : ROUTES.subList(0, 8)) {
      mvc.perform(get(route).with(r -> loopback(r)))
          .andExpect(content().string(Matchers.containsString("Local board")))
          .andExpect(
              header()
                  .string("Content-Security-Policy", Matchers.containsString("script-src 'self'")))
          .andExpect(content().string(Matchers.not(Matchers.containsString("<script>"))));
    }
  }

  @Test
  void shouldLeaveTheChatEndpointsToTheirOwnChecks() throws Exception {
    // No board here: not refused by the board's security, whoever asks (404 from the test app).
    mvc.perform(
            post("/api/messages")
                .with(
                    r -> {
                      r.setRemoteAddr("10.1.2.3");
                      return r;
                    }))
        .andExpect(status().isNotFound());
    mvc.perform(
            post("/slack/events")
                .with(
                    r -> {
                      r.setRemoteAddr("10.1.2.3");
                      return r;
                    }))
        .andExpect(status().isNotFound());
  }

  private static org.springframework.mock.web.MockHttpServletRequest loopback(
      org.springframework.mock.web.MockHttpServletRequest r) {
    r.setRemoteAddr("127.0.0.1");
    return r;
  }
}
