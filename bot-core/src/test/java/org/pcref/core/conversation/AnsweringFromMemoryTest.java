package org.pcref.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.pcref.core.checkin.CheckIn;
import org.pcref.core.message.Action;
import org.pcref.core.message.Choice;
import org.pcref.core.message.ConversationKey;
import org.pcref.core.message.Inbound;
import org.pcref.core.message.Reply;
import org.pcref.framework.FrameworkLoader;

/**
 * A plain question in a conversation the store holds in memory is answered there and then, without
 * waiting on storage; anything else is left to a full turn.
 */
class AnsweringFromMemoryTest {

  private final ConversationKey key = new ConversationKey("test", "tenant", "ward-7", "alex");
  private final TestClock clock = new TestClock(Instant.parse("2026-06-10T10:00:00Z"));

  /**
   * A store whose states are in memory, counting its loads (which a turn from memory must not
   * make); it can hold nothing in memory, and run something as a turn loads and as it saves.
   */
  private static final class CountingStore implements ConversationStore {
    final InMemoryConversationStore memory = new InMemoryConversationStore();
    boolean inMemory = true;
    Runnable onLoad = () -> {};
    Runnable onSave = () -> {};
    int loads;

    @Override
    public Optional<ConversationState> load(ConversationKey k) {
      loads++;
      onLoad.run();
      return memory.load(k);
    }

    @Override
    public Optional<ConversationState> peek(ConversationKey k) {
      return inMemory ? memory.peek(k) : Optional.empty();
    }

    @Override
    public void save(ConversationKey k, ConversationState state) {
      memory.save(k, state);
      onSave.run();
    }

    @Override
    public List<CheckIn> pausedCheckIns(String teamId) {
      return List.of();
    }
  }

  private final CountingStore store = new CountingStore();
  private final Assistant bot = new Assistant(FrameworkLoader.bundled(), store, clock);

  private Inbound says(String text) {
    return Inbound.text(key, "Alex", text);
  }

  @Test
  void aConversationNotYetInMemoryIsLeftToAFullTurn() {
    assertThat(bot.answerFromMemory(says("define co-learning"))).isEmpty();
    assertThat(store.memory.load(key)).isEmpty();
  }

  @Test
  void aQuestionInAConversationInMemoryIsAnsweredAsAFullTurnWouldAnswerIt() {
    InMemoryConversationStore fullTurnsStore = new InMemoryConversationStore();
    Assistant fullTurns = new Assistant(FrameworkLoader.bundled(), fullTurnsStore, clock);
    List<String> messages =
        List.of(
            "define co-production",
            "and what are its aims?",
            "what does good mean?",
            "outstanding?",
            "which competency mentions the wres",
            "define workforce",
            "aims?");

    for (int i = 0; i < messages.size(); i++) {
      if (i == 4) {
        clock.advance(Duration.ofMinutes(31)); // past the follow-up window
      }
      String message = messages.get(i);
      List<Reply> expected = fullTurns.handle(says(message));
      int loads = store.loads;
      List<Reply> replies =
          bot.answerFromMemory(says(message)).orElseGet(() -> bot.handle(says(message)));

      assertThat(replies).as(message).isEqualTo(expected);
      assertThat(store.memory.load(key)).as(message).isEqualTo(fullTurnsStore.load(key));
      if (i > 0) {
        assertThat(store.loads).as("answered from memory: " + message).isEqualTo(loads);
      }
    }
  }

  @Test
  void turnsOfOneConversationAreTakenOneAtATime() throws Exception {
    AtomicInteger inTurn = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    CountingStore slow = new CountingStore();
    slow.onLoad =
        () -> {
          most.accumulateAndGet(inTurn.incrementAndGet(), Math::max);
          try {
            Thread.sleep(20);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        };
    slow.onSave = inTurn::decrementAndGet;
    Assistant shared = new Assistant(FrameworkLoader.bundled(), slow, clock);
    ExecutorService people = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Reply>>> turns = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        turns.add(people.submit(() -> shared.handle(says("define co-learning"))));
      }
      for (Future<List<Reply>> turn : turns) {
        turn.get();
      }
    } finally {
      people.shutdownNow();
    }

    assertThat(most).hasValue(1);
  }

  @Test
  void commandsButtonsAndCheckInsAreLeftToAFullTurn() {
    bot.handle(says("define co-production"));

    assertThat(bot.answerFromMemory(says("team"))).isEmpty();
    assertThat(bot.answerFromMemory(says("checkin"))).isEmpty();
    assertThat(
            bot.answerFromMemory(
                Inbound.action(key, "Alex", new Action(Choice.ASK, "define co-learning"))))
        .isEmpty();

    bot.handle(says("checkin co-production"));
    assertThat(bot.answerFromMemory(says("good"))).isEmpty();
  }

  @Test
  void aStoreThatKeepsNothingInMemoryAlwaysLeavesItToAFullTurn() {
    CountingStore storageOnly = new CountingStore();
    storageOnly.inMemory = false;
    Assistant onStorage = new Assistant(FrameworkLoader.bundled(), storageOnly, clock);
    onStorage.handle(says("define co-production"));

    assertThat(onStorage.answerFromMemory(says("and its aims?"))).isEmpty();
  }
}
