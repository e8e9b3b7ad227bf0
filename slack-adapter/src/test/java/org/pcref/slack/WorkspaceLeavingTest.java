package org.pcref.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.bolt.model.builtin.DefaultBot;
import com.slack.api.model.event.AppUninstalledEvent;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pcref.core.conversation.Assistant;
import org.pcref.core.conversation.InMemoryConversationStore;
import org.pcref.core.privacy.Departures;
import org.pcref.core.team.Workspace;
import org.pcref.framework.FrameworkLoader;

/**
 * A workspace that uninstalls the app loses its token at once, and is recorded as gone, so that its
 * teams' data is deleted after the retention time; installing again undoes that.
 */
class WorkspaceLeavingTest {

  private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

  /** Tomcat's own notes on starting and stopping are about Tomcat: only its failures show. */
  private static final java.util.logging.Logger TOMCAT =
      java.util.logging.Logger.getLogger("org.apache");

  static {
    TOMCAT.setLevel(java.util.logging.Level.SEVERE);
  }

  private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  private final SlackStub slack = new SlackStub();
  private final DataSource database = SlackTables.inMemory();
  private final CompletableFuture<String> left = new CompletableFuture<>();
  private final CompletableFuture<String> returned = new CompletableFuture<>();
  private final Departures departures =
      new Departures() {
        @Override
        public void left(Workspace workspace, Instant when) {
          left.complete(workspace + " at " + when);
        }

        @Override
        public void returned(Workspace workspace) {
          returned.complete(workspace.toString());
        }
      };
  private final Tomcat tomcat = new Tomcat();
  private SlackConnection connection;

  @AfterEach
  void stop() throws LifecycleException {
    if (connection != null) {
      connection.stop();
    }
    tomcat.stop();
    tomcat.destroy();
    slack.close();
  }

  @Test
  void shouldRecordThatAWorkspaceLeftWhenSlackSaysTheAppWasUninstalled() throws Exception {
    JdbcInstallationService installations =
        new JdbcInstallationService(database, clock, "client-secret", departures);
    installations.saveBot(bot(SlackStub.TEAM));
    assertThat(returned.get(10, TimeUnit.SECONDS))
        .as("installing counts as coming back")
        .isEqualTo(new Workspace("slack", SlackStub.TEAM).toString());
    connection =
        SlackConnection.answering(
                new Assistant(FrameworkLoader.bundled(), new InMemoryConversationStore(), clock),
                Runnable::run,
                eventId -> true)
            .apiUrl(slack.apiUrl())
            .signingSecret(SignedRequests.SECRET)
            .departures(departures)
            .installedByOAuth("111.222", "client-secret", "chat:write", database, clock);
    SignedRequests requests = new SignedRequests(serve());

    AppUninstalledEvent uninstalled = new AppUninstalledEvent();
    HttpResponse<String> response = requests.event("Ev-uninstalled", uninstalled, Map.of());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(left.get(10, TimeUnit.SECONDS))
        .isEqualTo(new Workspace("slack", SlackStub.TEAM) + " at " + NOW);
    assertThat(installations.forWorkspace(SlackStub.TEAM)).as("its token is gone").isEmpty();
  }

  private static DefaultBot bot(String team) {
    DefaultBot bot = new DefaultBot();
    bot.setTeamId(team);
    bot.setBotUserId(SlackStub.BOT_USER);
    bot.setBotAccessToken("xoxb-leaving");
    bot.setBotScope("chat:write");
    return bot;
  }

  private URI serve() throws IOException, LifecycleException {
    tomcat.setBaseDir(Files.createTempDirectory(Path.of("target"), "tomcat-").toString());
    Connector connector = new Connector();
    connector.setPort(0);
    connector.setProperty("address", "127.0.0.1");
    tomcat.setConnector(connector);
    Context context = tomcat.addContext("", null);
    Tomcat.addServlet(context, "slackEvents", connection.events());
    context.addServletMappingDecoded(SlackConnection.EVENTS_PATH, "slackEvents");
    tomcat.start();
    return URI.create("http://127.0.0.1:" + connector.getLocalPort() + SlackConnection.EVENTS_PATH);
  }
}
