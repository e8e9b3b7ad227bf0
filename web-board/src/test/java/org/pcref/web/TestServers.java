package org.pcref.web;

import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The servers every board test shares, started once per test run: the local board, and a board with
 * Entra ID sign-in against a local OpenID Connect provider.
 */
final class TestServers {

  static final String CLIENT_ID = "pcref-board";
  static final String ISSUER_ID = "entra";
  static final String SLACK_ISSUER_ID = "slack";
  static final String SLACK_WORKSPACE = "T0TRUST";
  static final String SLACK_ADMIN = "U0ADMIN";
  static final String PUBLIC_URL = "https://board.example.nhs.uk";
  static final String LINK_SECRET = "a-link-secret-of-at-least-32-characters";

  private static ConfigurableApplicationContext local;
  private static ConfigurableApplicationContext signedIn;
  private static MockOAuth2Server provider;

  private TestServers() {}

  static synchronized ConfigurableApplicationContext local() {
    if (local == null) {
      local = start("--server.port=0", "--server.address=127.0.0.1");
    }
    return local;
  }

  static synchronized ConfigurableApplicationContext signedIn() {
    if (signedIn == null) {
      signedIn =
          start(
              "--server.port=0",
              "--server.address=127.0.0.1",
              "--pcref.board.entra.issuer=" + provider().issuerUrl(ISSUER_ID),
              "--pcref.board.entra.client-id=" + CLIENT_ID,
              "--pcref.board.entra.client-secret=not-a-secret",
              "--pcref.board.slack.issuer=" + provider().issuerUrl(SLACK_ISSUER_ID),
              "--pcref.board.slack.client-id=" + CLIENT_ID,
              "--pcref.board.slack.client-secret=not-a-secret-either",
              "--pcref.board.admins=teams/"
                  + SampleTrust.TENANT
                  + "/"
                  + SampleTrust.DAVE
                  + ",slack/"
                  + SLACK_WORKSPACE
                  + "/"
                  + SLACK_ADMIN,
              "--pcref.board.public-url=" + PUBLIC_URL + "/",
              "--pcref.board.link-secret=" + LINK_SECRET);
    }
    return signedIn;
  }

  static synchronized MockOAuth2Server provider() {
    if (provider == null) {
      provider = new MockOAuth2Server();
      provider.start();
      Runtime.getRuntime().addShutdownHook(new Thread(provider::shutdown));
    }
    return provider;
  }

  /** The next sign-in at the provider is this person of the sample trust. */
  static void nextSignIn(String oid, String name) {
    provider()
        .enqueueCallback(
            new DefaultOAuth2TokenCallback(
                ISSUER_ID,
                oid,
                "JWT",
                List.of(CLIENT_ID),
                Map.of("tid", SampleTrust.TENANT, "oid", oid, "name", name),
                3600));
  }

  /**
   * The next Sign in with Slack at the provider is this person of the trust's Slack workspace, with
   * the claims Slack's OpenID Connect tokens carry.
   */
  static void nextSlackSignIn(String userId, String name) {
    provider()
        .enqueueCallback(
            new DefaultOAuth2TokenCallback(
                SLACK_ISSUER_ID,
                userId,
                "JWT",
                List.of(CLIENT_ID),
                Map.of(
                    Viewers.SLACK_TEAM_CLAIM,
                    SLACK_WORKSPACE,
                    Viewers.SLACK_USER_CLAIM,
                    userId,
                    "name",
                    name),
                3600));
  }

  static String url(ConfigurableApplicationContext context, String path) {
    int port = ((WebServerApplicationContext) context).getWebServer().getPort();
    return "http://localhost:" + port + path;
  }

  static MockMvc mockMvc(ConfigurableApplicationContext context) {
    return MockMvcBuilders.webAppContextSetup((WebApplicationContext) context)
        .apply(SecurityMockMvcConfigurers.springSecurity())
        .build();
  }

  private static ConfigurableApplicationContext start(String... args) {
    SpringApplication app = new SpringApplication(BoardTestApp.class);
    ConfigurableApplicationContext context = app.run(args);
    Runtime.getRuntime().addShutdownHook(new Thread(context::close));
    return context;
  }
}
