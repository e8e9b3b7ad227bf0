package org.pcref.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pcref.core.conversation.Assistant;
import org.pcref.core.conversation.InMemoryConversationStore;
import org.pcref.framework.FrameworkLoader;

/**
 * The ack of /pcref comes in time whatever the turn does: a slow turn answers later, a full queue
 * says so, and a question answered from memory needs no queue at all.
 */
class SlashCommandTimingTest {

  private final SlackStub slack = new SlackStub();
  private final Assistant bot = new Assistant(FrameworkLoader.bundled(), new InMemoryConversationStore(), Clock.systemUTC());

  @AfterEach
  void stop() {
    slack.close();
  }

  private App app(Executor executor) {
    App app = new App(AppConfig.builder()
        .slack(SlackNotifierTest.client(slack))
        .singleTeamBotToken("xoxb-timing")
        .signingSecret("unused")
        .requestVerificationEnabled(false)
        .build());
    return new SlackAdapter(bot, executor, eventId -> true).register(app).start();
  }

  private Response command(App app, String text) throws Exception {
    String body = "team_id=T1&channel_id=C1&channel_name=ward-1&user_id=U1&user_name=alex&command=%2Fpcref&text="
        + URLEncoder.encode(text, StandardCharsets.UTF_8) + "&response_url=" + URLEncoder.encode(slack.responseUrl("late"), StandardCharsets.UTF_8);
    return app.run(new SlashCommandRequest(body, new RequestHeaders(Map.of())));
  }

  @Test
  void aSlowTurnIsAckedInTimeAndAnsweredThroughTheResponseUrl() throws Exception {
    Executor slow = task -> new Thread(() -> {
      try {
        Thread.sleep(SlashCommands.ACK_BUDGET.toMillis() + 3_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      task.run();
    }).start();
    App app = app(slow);
    long start = System.nanoTime();

    Response ack = command(app, "define co-learning");

    // Acked once the budget is spent, long before the turn ends (with room for a busy machine).
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(SlashCommands.ACK_BUDGET.toMillis() + 1_500);
    assertThat(ack.getStatusCode()).isEqualTo(200);
    assertThat(String.valueOf(ack.getBody())).doesNotContain("Co-Learning");
    SlackStub.Call late = slack.await(c -> c.path().equals("/respond/late"), 1, java.time.Duration.ofSeconds(10)).get(0);
    assertThat(late.body()).contains("Co-Learning is a two-way process", "\"response_type\":\"ephemeral\"");
  }

  @Test
  void aQuestionInAConversationAlreadyInMemoryIsAnsweredWithoutWaitingForTheExecutor() throws Exception {
    ExecutorService turns = Executors.newSingleThreadExecutor();
    boolean[] open = {true};
    Executor closesAfterOne = task -> {
      if (!open[0]) {
        throw new RejectedExecutionException("full");
      }
      open[0] = false;
      turns.execute(task);
    };
    try {
      App app = app(closesAfterOne);
      assertThat(command(app, "define co-production").getBody()).contains("Co-Production");

      Response ack = command(app, "what are its aims?");

      assertThat(ack.getBody()).contains("Co-Production", "Aims").doesNotContain("busy right now");
    } finally {
      turns.shutdownNow();
    }
  }

  @Test
  void aFullQueueIsAnsweredPolitelyAtOnce() throws Exception {
    Executor full = task -> {
      throw new RejectedExecutionException("full");
    };

    Response ack = command(app(full), "define co-learning");

    assertThat(ack.getStatusCode()).isEqualTo(200);
    assertThat(ack.getBody()).contains("busy right now");
  }
}
