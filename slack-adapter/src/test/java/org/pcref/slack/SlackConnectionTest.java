package org.pcref.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pcref.core.conversation.Assistant;
import org.pcref.core.conversation.InMemoryConversationStore;
import org.pcref.framework.FrameworkLoader;

/**
 * A connection made from plain settings offers what its way of connecting has, and nothing else.
 */
class SlackConnectionTest {

  private final SlackStub slack = new SlackStub();
  private final Assistant bot =
      new Assistant(FrameworkLoader.bundled(), new InMemoryConversationStore(), Clock.systemUTC());

  @AfterEach
  void stopSlack() {
    slack.close();
  }

  private SlackConnection.Builder connection() {
    return SlackConnection.answering(bot, Runnable::run, eventId -> true)
        .apiUrl(slack.apiUrl())
        .signingSecret("secret");
  }

  @Test
  void shouldServeEventsButNoInstallPagesForOneWorkspace() {
    SlackConnection oneWorkspace = connection().oneWorkspace("xoxb-one-workspace-token");
    try {
      assertThat(oneWorkspace.events()).isNotNull();
      assertThatThrownBy(oneWorkspace::install)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("not installed by OAuth");
    } finally {
      oneWorkspace.stop();
    }
  }

  @Test
  void shouldServeInstallPagesWhenInstalledByOAuth() {
    SlackConnection installed =
        connection()
            .installedByOAuth(
                "111.222",
                "client-secret",
                "chat:write",
                SlackTables.inMemory(),
                Clock.systemUTC());
    try {
      assertThat(installed.install()).isNotNull();
      assertThat(installed.events()).isNotNull();
    } finally {
      installed.stop();
    }
  }

  @Test
  void shouldStartWithoutSlackAndConnectOnceSlackAnswers() {
    slack
        .then("auth.test", new SlackStub.Answer(503, java.util.Map.of(), "unavailable"))
        .then("auth.test", SlackStub.Answer.ok("{\"ok\":false,\"error\":\"service_unavailable\"}"));

    SlackConnection connection =
        connection()
            .firstRetryAfter(java.time.Duration.ofMillis(20))
            .oneWorkspace("xoxb-one-workspace-token");
    try {
      assertThat(connection.isConnected()).isFalse();
      assertThat(connection.problem()).isNotBlank().doesNotContain("xoxb");

      slack.await("auth.test", 3);
      long deadline = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
      while (!connection.isConnected() && System.nanoTime() < deadline) {
        Thread.onSpinWait();
      }
      assertThat(connection.isConnected()).isTrue();
      assertThat(connection.problem()).isNull();
    } finally {
      connection.stop();
    }
  }
}
