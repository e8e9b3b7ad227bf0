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
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pcref.core.checkin.CheckIn;
import org.pcref.core.conversation.Assistant;
import org.pcref.core.conversation.ConversationState;
import org.pcref.core.conversation.ConversationStore;
import org.pcref.core.conversation.InMemoryConversationStore;
import org.pcref.core.message.ConversationKey;
import org.pcref.framework.FrameworkLoader;

/**
 * The ack of /pcref comes in time whatever the turn does: a turn held up answers later, a full
 * queue says so, and a question answered from memory needs no queue at all.
 */
class SlashCommandTimingTest {

  private final SlackStub slack = new SlackStub();
  private final Assistant bot =
      new Assistant(FrameworkLoader.bundled(), new InMemoryConversationStore(), Clock.systemUTC());

  @AfterEach
  void stop() {
    slack.close();
  }

  private App app(Executor executor) {
    return app(bot, executor);
  }

  private App app(Assistant assistant, Executor executor) {
    App app =
        new App(
            AppConfig.builder()
                .slack(SlackNotifierTest.client(slack))
                .singleTeamBotToken("xoxb-timing")
                .signingSecret("unused")
                .requestVerificationEnabled(false)
                .build());
    return new SlackAdapter(assistant, executor, eventId -> true).register(app).start();
  }

  private Response command(App app, String text) throws Exception {
    String body =
        "team_id=T1&channel_id=C1&channel_name=ward-1&user_id=U1&user_name=alex&command=%2Fpcref&text="
            + URLEncoder.encode(text, StandardCharsets.UTF_8)
            + "&response_url="
            + URLEncoder.encode(slack.responseUrl("late"), StandardCharsets.UTF_8);
    return app.run(new SlashCommandRequest(body, new RequestHeaders(Map.of())));
  }

  @Test
  void aTurnHeldUpByTheDatabaseIsAckedFirstAndAnsweredThroughTheResponseUrlOnceDone()
      throws Exception {
    HeldConversations database = new HeldConversations();
    ExecutorService turns = Executors.newCachedThreadPool();
    try {
      App app = app(new Assistant(FrameworkLoader.bundled(), database, Clock.systemUTC()), turns);

      CompletableFuture<Response> ack =
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  return command(app, "define co-learning");
                } catch (Exception e) {
                  throw new CompletionException(e);
                }
              });

      // The turn has started and cannot finish until the database is released, yet Slack has its
      // ack.
      assertThat(database.reading.await(30, TimeUnit.SECONDS))
          .as("the turn reads the conversation")
          .isTrue();
      Response response = ack.get(30, TimeUnit.SECONDS);
      assertThat(response.getStatusCode()).isEqualTo(200);
      assertThat(String.valueOf(response.getBody())).doesNotContain("Co-Learning");
      assertThat(slack.calls())
          .extracting(SlackStub.Call::path)
          .noneMatch(path -> path.startsWith("/respond/"));

      database.release.countDown();

      SlackStub.Call late =
          slack.await(c -> c.path().equals("/respond/late"), 1, Duration.ofSeconds(10)).get(0);
      assertThat(late.body())
          .contains("Co-Learning is a two-way process", "\"response_type\":\"ephemeral\"");
    } finally {
      database.release.countDown();
      turns.shutdownNow();
    }
  }

  /**
   * A conversation store whose reads wait until the test releases them, as a database that hangs.
   */
  private static final class HeldConversations implements ConversationStore {
    final CountDownLatch reading = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
    private final InMemoryConversationStore held = new InMemoryConversationStore();

    @Override
    public Optional<ConversationState> load(ConversationKey key) {
      reading.countDown();
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return held.load(key);
    }

    @Override
    public void save(ConversationKey key, ConversationState state) {
      held.save(key, state);
    }

    @Override
    public List<CheckIn> pausedCheckIns(String teamId) {
      return held.pausedCheckIns(teamId);
    }
  }

  @Test
  void aQuestionInAConversationAlreadyInMemoryIsAnsweredWithoutWaitingForTheExecutor()
      throws Exception {
    ExecutorService turns = Executors.newSingleThreadExecutor();
    boolean[] open = {true};
    Executor closesAfterOne =
        task -> {
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
    Executor full =
        task -> {
          throw new RejectedExecutionException("full");
        };

    Response ack = command(app(full), "define co-learning");

    assertThat(ack.getStatusCode()).isEqualTo(200);
    assertThat(ack.getBody()).contains("busy right now");
  }
}
