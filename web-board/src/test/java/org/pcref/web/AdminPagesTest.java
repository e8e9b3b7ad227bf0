package org.pcref.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * An admin answers an emailed subject access request and an erasure request on the board; nobody
 * else may, and every export, erasure and download lands in the audit trail.
 */
class AdminPagesTest {

  private static MockMvc mvc;
  private static MockMvc local;

  @BeforeAll
  static void start() {
    mvc = TestServers.mockMvc(TestServers.signedIn());
    local = TestServers.mockMvc(TestServers.local());
  }

  private static OidcLoginRequestPostProcessor dave() {
    return SignedInAuthorizationTest.person(SampleTrust.DAVE);
  }

  @Test
  void shouldRefuseTheAdminPagesToEveryoneButAdmins() throws Exception {
    OidcLoginRequestPostProcessor bob = SignedInAuthorizationTest.person(SampleTrust.BOB);
    mvc.perform(get("/admin/audit").with(bob)).andExpect(status().isForbidden());
    mvc.perform(get("/admin/person").with(bob)).andExpect(status().isForbidden());
    mvc.perform(
            post("/admin/person/export")
                .param("key", OnePersonsData.BOB.asString())
                .with(bob)
                .with(csrf()))
        .andExpect(status().isForbidden());
    local.perform(get("/admin/audit")).andExpect(status().isForbidden());
  }

  @Test
  void shouldLetAnAdminExportAPersonsDataAndRecordIt() throws Exception {
    mvc.perform(
            post("/admin/person/export").param("key", OnePersonsData.BOB.asString()).with(dave()))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/admin/person/export")
                .param("key", OnePersonsData.BOB.asString())
                .param("format", "csv")
                .with(dave())
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Disposition", Matchers.containsString(".csv")))
        .andExpect(content().string(Matchers.containsString(SampleTrust.SECRET_NOTE)));
    mvc.perform(post("/admin/person/export").param("key", "bob").with(dave()).with(csrf()))
        .andExpect(status().isBadRequest());
    mvc.perform(get("/admin/audit").with(dave()))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    Matchers.containsString(
                        "person " + OnePersonsData.BOB.asString() + " on the web board")));
  }

  @Test
  void shouldEraseOnlyOnceTheAdminConfirms() throws Exception {
    mvc.perform(
            post("/admin/person/forget")
                .param("key", OnePersonsData.BOB.asString())
                .with(dave())
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Nothing was erased")));
    mvc.perform(
            post("/admin/person/forget")
                .param("key", OnePersonsData.BOB.asString())
                .param("confirm", "yes")
                .with(dave())
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("1 records changed or deleted")));
  }

  @Test
  void shouldRecordEveryDownloadOfATeamsHistory() throws Exception {
    // The server runs every filter bean; a MockMvc only those it is given.
    ConfigurableApplicationContext server = TestServers.signedIn();
    MockMvcBuilders.webAppContextSetup((WebApplicationContext) server)
        .apply(SecurityMockMvcConfigurers.springSecurity())
        .addFilters(server.getBean(DownloadAudit.class))
        .build()
        .perform(get("/teams/" + SampleTrust.WARD + "/history.csv").with(dave()))
        .andExpect(status().isOk());
    mvc.perform(get("/admin/audit").with(dave()))
        .andExpect(
            content()
                .string(Matchers.containsString("/teams/" + SampleTrust.WARD + "/history.csv")));
  }
}
