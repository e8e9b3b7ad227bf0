package org.pcref.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every route for every role, with Entra ID sign-in on: anyone not signed in is sent to sign in;
 * every signed-in person of the trust sees the overview; a team's people see their own team in full
 * and get 403 for another team's page and history; admins see everything.
 */
class SignedInAuthorizationTest {

  static final String FIRST = FrameworkIds.first();
  static final List<String> OVERVIEW_ROUTES =
      List.of(
          "/",
          "/?level=GOOD&overdue=on&sort=" + FIRST + "&dir=desc",
          "/?directorate=Newham&page=3",
          "/overdue",
          "/trends",
          "/competencies/" + FIRST,
          "/download/levels.csv",
          "/download/levels.xlsx");
  static final List<String> WARD_ROUTES =
      List.of(
          "/teams/" + SampleTrust.WARD,
          "/teams/" + SampleTrust.WARD + "/history.csv",
          "/teams/" + SampleTrust.WARD + "/history.xlsx");
  static final List<String> CRISIS_ROUTES =
      List.of(
          "/teams/" + SampleTrust.CRISIS,
          "/teams/" + SampleTrust.CRISIS + "/history.csv",
          "/teams/" + SampleTrust.CRISIS + "/history.xlsx");

  private static MockMvc mvc;

  @BeforeAll
  static void start() {
    mvc = TestServers.mockMvc(TestServers.signedIn());
  }

  @Test
  void shouldSendAnyoneNotSignedInToSignIn() throws Exception {
    for (String route : all()) {
      mvc.perform(get(route)).andExpect(status().isFound()).andExpect(redirectedUrl("/sign-in"));
    }
    mvc.perform(get("/sign-in"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Sign in with Microsoft")));
  }

  @Test
  void shouldShowTheOverviewButNoTeamToSomeoneInNoTeam() throws Exception {
    OidcLoginRequestPostProcessor outsider = person("oid-outsider");
    for (String route : OVERVIEW_ROUTES) {
      mvc.perform(get(route).with(outsider)).andExpect(status().isOk());
    }
    for (String route : concat(WARD_ROUTES, CRISIS_ROUTES)) {
      mvc.perform(get(route).with(outsider)).andExpect(status().isForbidden());
    }
    // No names on the trust-wide pages for someone outside the team.
    mvc.perform(get("/overdue").with(outsider))
        .andExpect(content().string(Matchers.not(Matchers.containsString("Carol Cole"))));
  }

  @Test
  void shouldShowAMemberTheirTeamInFullAndRefuseAnotherTeam() throws Exception {
    OidcLoginRequestPostProcessor bob = person(SampleTrust.BOB);
    for (String route : concat(OVERVIEW_ROUTES, WARD_ROUTES)) {
      mvc.perform(get(route).with(bob)).andExpect(status().isOk());
    }
    mvc.perform(get("/teams/" + SampleTrust.WARD).with(bob))
        .andExpect(content().string(Matchers.containsString("interpreters booked")));
    for (String route : CRISIS_ROUTES) {
      mvc.perform(get(route).with(bob)).andExpect(status().isForbidden());
    }
  }

  @Test
  void shouldShowALeadTheirTeamAndRefuseAnotherTeam() throws Exception {
    OidcLoginRequestPostProcessor carol = person(SampleTrust.CAROL);
    for (String route : concat(OVERVIEW_ROUTES, CRISIS_ROUTES)) {
      mvc.perform(get(route).with(carol)).andExpect(status().isOk());
    }
    for (String route : WARD_ROUTES) {
      mvc.perform(get(route).with(carol)).andExpect(status().isForbidden());
    }
  }

  @Test
  void shouldShowAnAdminEverything() throws Exception {
    OidcLoginRequestPostProcessor dave = person(SampleTrust.DAVE);
    for (String route : all()) {
      mvc.perform(get(route).with(dave)).andExpect(status().isOk());
    }
  }

  @Test
  void shouldTreatTheSameIdInAnotherTenantAsSomeoneElse() throws Exception {
    OidcLoginRequestPostProcessor stranger =
        oidcLogin()
            .clientRegistration(entra())
            .idToken(
                t ->
                    t.claims(
                        c -> c.putAll(Map.of("tid", "another-tenant", "oid", SampleTrust.BOB))));
    mvc.perform(get("/teams/" + SampleTrust.WARD).with(stranger)).andExpect(status().isForbidden());
  }

  @Test
  void shouldRefuseAFormWithoutItsCsrfToken() throws Exception {
    mvc.perform(post("/sign-out").with(person(SampleTrust.BOB))).andExpect(status().isForbidden());
    mvc.perform(post("/sign-out").with(person(SampleTrust.BOB)).with(csrf()))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("/signed-out"));
  }

  static OidcLoginRequestPostProcessor person(String oid) {
    return oidcLogin()
        .clientRegistration(entra())
        .idToken(
            t ->
                t.claims(
                    c -> c.putAll(Map.of("tid", SampleTrust.TENANT, "oid", oid, "name", oid))));
  }

  private static ClientRegistration entra() {
    return ClientRegistration.withRegistrationId(Viewers.ENTRA)
        .clientId(TestServers.CLIENT_ID)
        .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
        .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
        .authorizationUri("http://localhost/authorize")
        .tokenUri("http://localhost/token")
        .build();
  }

  private static List<String> all() {
    return concat(concat(OVERVIEW_ROUTES, WARD_ROUTES), CRISIS_ROUTES);
  }

  private static List<String> concat(List<String> a, List<String> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }
}
