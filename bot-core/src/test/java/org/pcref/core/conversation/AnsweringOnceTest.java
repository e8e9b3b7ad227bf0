package org.pcref.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.pcref.core.checkin.CheckIn;
import org.pcref.core.message.ConversationKey;
import org.pcref.core.message.Inbound;
import org.pcref.core.message.Reply;
import org.pcref.core.message.SeenKeys;
import org.pcref.framework.FrameworkLoader;

/**
 * A delivery (a slash command) is taken once: recorded as seen, and answered at once when it is a
 * question the store can read without waiting; sent again, it does nothing.
 */
class AnsweringOnceTest {

  private final ConversationKey key = new ConversationKey("test", "tenant", "ward-7", "alex");
  private final TestClock clock = new TestClock(Instant.parse("2026-06-10T10:00:00Z"));
  private final InMemoryConversationStore store = new InMemoryConversationStore();
  private final Assistant bot = new Assistant(FrameworkLoader.bundled(), store, clock);

  /** Deliveries seen, as a platform's table of them would hold them. */
  private final Set<String> recorded = ConcurrentHashMap.newKeySet();

  private final SeenKeys seen = recorded::add;

  private Inbound says(String text) {
    return Inbound.text(key, "Alex", text);
  }

  @Test
  void aQuestionIsAnsweredAtOnceTheFirstTimeAndNeverAgain() {
    bot.handle(says("define co-production"));

    Assistant.Once first = bot.answerOnce(says("and its aims?"), seen, "trigger:1");
    Optional<ConversationState> after = store.load(key);
    Assistant.Once again = bot.answerOnce(says("and its aims?"), seen, "trigger:1");

    assertThat(first.firstTime()).isTrue();
    assertThat(first.answer()).hasValueSatisfying(r -> assertThat(text(r)).contains("Aims"));
    assertThat(again.firstTime()).isFalse();
    assertThat(again.answer()).isEmpty();
    assertThat(store.load(key)).as("nothing done the second time").isEqualTo(after);
    assertThat(recorded).containsExactly("trigger:1");
  }

  @Test
  void aCommandIsRecordedAndLeftToAFullTurn() {
    Assistant.Once first = bot.answerOnce(says("checkin"), seen, "trigger:2");
    Assistant.Once again = bot.answerOnce(says("checkin"), seen, "trigger:2");

    assertThat(first).isEqualTo(new Assistant.Once(true, Optional.empty()));
    assertThat(again.firstTime()).isFalse();
    assertThat(store.load(key)).as("the command is not run here").isEmpty();
  }

  @Test
  void aDeliveryThatCannotBeRecordedIsNotTaken() {
    bot.handle(says("define co-production"));
    Optional<ConversationState> before = store.load(key);
    SeenKeys down =
        k -> {
          throw new SeenKeys.Unavailable("the database is down", null);
        };

    assertThatThrownBy(() -> bot.answerOnce(says("and its aims?"), down, "trigger:3"))
        .isInstanceOf(SeenKeys.Unavailable.class);
    assertThatThrownBy(() -> bot.answerOnce(says("checkin"), down, "trigger:4"))
        .isInstanceOf(SeenKeys.Unavailable.class);
    assertThat(store.load(key)).isEqualTo(before);
  }

  @Test
  void aStoreThatReadsAlongWithTheRecordGivesTheTurnItsState() {
    Assistant reading = new Assistant(FrameworkLoader.bundled(), new ReadingAlong(store), clock);
    reading.handle(says("define co-production"));

    Assistant.Once once = reading.answerOnce(says("and its aims?"), seen, "trigger:5");

    assertThat(once.answer()).hasValueSatisfying(r -> assertThat(text(r)).contains("Aims"));
    assertThat(recorded).containsExactly("trigger:5");
  }

  /**
   * Neighbouring conversations (ids that differ in their last characters, as platforms' ids do)
   * never wait on each other: while a turn is under way in one, a question in any of a hundred
   * others is answered at once.
   */
  @Test
  void aTurnUnderWayHoldsUpNoOtherConversation() throws Exception {
    CountDownLatch loading = new CountDownLatch(1);
    CountDownLatch finish = new CountDownLatch(1);
    ConversationKey busy = bench(0);
    ConversationStore slow =
        new ReadingAlong(store) {
          @Override
          public Optional<ConversationState> load(ConversationKey k) {
            if (k.equals(busy)) {
              loading.countDown();
              await(finish);
            }
            return super.load(k);
          }
        };
    Assistant shared = new Assistant(FrameworkLoader.bundled(), slow, clock);
    List<ConversationKey> others = new ArrayList<>();
    for (int i = 1; i <= 100; i++) {
      others.add(bench(i));
      shared.handle(Inbound.text(bench(i), "Sam", "define co-production"));
    }
    ExecutorService person = Executors.newSingleThreadExecutor();
    try {
      Future<List<Reply>> held =
          person.submit(() -> shared.handle(Inbound.text(busy, "Alex", "define workforce")));
      assertThat(loading.await(10, TimeUnit.SECONDS)).isTrue();

      List<ConversationKey> heldUp = new ArrayList<>();
      for (ConversationKey other : others) {
        if (shared.answerFromMemory(Inbound.text(other, "Sam", "and its aims?")).isEmpty()) {
          heldUp.add(other);
        }
      }

      assertThat(heldUp).isEmpty();
      finish.countDown();
      assertThat(held.get(10, TimeUnit.SECONDS)).isNotEmpty();
    } finally {
      finish.countDown();
      person.shutdownNow();
    }
  }

  /** The n-th of many people in 50 channels, as Slack names them. */
  private static ConversationKey bench(int n) {
    return new ConversationKey("slack", "T0TEAM", "C" + (n % 50), "U" + n);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String text(List<Reply> replies) {
    return replies.toString();
  }

  /** A store that reads only along with recording a delivery, never from memory alone. */
  private static class ReadingAlong implements ConversationStore {
    private final InMemoryConversationStore memory;

    ReadingAlong(InMemoryConversationStore memory) {
      this.memory = memory;
    }

    @Override
    public Optional<ConversationState> load(ConversationKey k) {
      return memory.load(k);
    }

    @Override
    public Optional<ConversationState> peek(ConversationKey k) {
      return Optional.empty();
    }

    @Override
    public FirstLook peekOnce(ConversationKey k, SeenKeys seen, String delivery) {
      return seen.firstTime(delivery) ? new FirstLook(true, memory.load(k)) : FirstLook.SEEN_BEFORE;
    }

    @Override
    public void save(ConversationKey k, ConversationState state) {
      memory.save(k, state);
    }

    @Override
    public List<CheckIn> pausedCheckIns(String teamId) {
      return List.of();
    }
  }
}
