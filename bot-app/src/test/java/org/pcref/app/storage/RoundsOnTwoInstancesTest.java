package org.pcref.app.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pcref.core.checkin.CheckInSettings;
import org.pcref.core.conversation.Assistant;
import org.pcref.core.message.Choice;
import org.pcref.core.message.ConversationKey;
import org.pcref.core.message.Inbound;
import org.pcref.core.message.PlainText;
import org.pcref.core.message.Reply;
import org.pcref.core.round.Round;
import org.pcref.core.round.RoundAnswer;
import org.pcref.core.round.RoundSettings;
import org.pcref.core.team.Workspace;
import org.pcref.framework.FrameworkLoader;

/**
 * A team round on two instances of the bot sharing one PostgreSQL: members' turns land on either
 * instance, a press repeated on both at once counts once, and nothing lives only in one instance.
 */
class RoundsOnTwoInstancesTest {

  private final DataSource database = TestDatabases.sharedPostgres().emptyDatabase();
  private final Assistant first = instance();
  private final Assistant second = instance();
  private final ExecutorService threads = Executors.newFixedThreadPool(2);

  private Assistant instance() {
    return new Assistant(
        FrameworkLoader.bundled(),
        new JdbcConversationStore(database),
        new JdbcTeamStore(database),
        new JdbcNudgeStore(database),
        new JdbcRoundStore(database),
        CheckInSettings.DEFAULTS,
        RoundSettings.DEFAULTS,
        Clock.systemUTC());
  }

  @AfterEach
  void stopThreads() {
    threads.shutdownNow();
  }

  @Test
  void shouldCountEveryAnswerOnceWhateverInstanceItReaches() throws Exception {
    say(first, "alex", "checkin team co-production");
    say(second, "alex", "team add sam");
    say(first, "alex", "team add jo");
    List<Reply> announced = say(second, "alex", "checkin team co-production");
    assertThat(text(announced)).contains("There’s already a round open for ward-7");
    say(first, "alex", "team add kim");

    press(first, "sam", button(announced, "Take part"));
    press(second, "sam", button(say(first, "sam", "round take part"), "Good"));
    assertThat(text(say(first, "sam", "no note"))).contains("Thank you");

    List<Reply> question = press(second, "jo", button(announced, "Take part"));
    press(second, "jo", button(question, "Developing"));
    say(first, "jo", "We consult, but have not co-produced yet");

    // Kim presses the same button on both instances at the same moment, then again later.
    Choice good = button(press(first, "kim", button(announced, "Take part")), "Good");
    CountDownLatch ready = new CountDownLatch(2);
    List<Callable<List<Reply>>> presses = new ArrayList<>();
    for (Assistant instance : List.of(first, second)) {
      presses.add(
          () -> {
            ready.countDown();
            ready.await(10, TimeUnit.SECONDS);
            return press(instance, "kim", good);
          });
    }
    for (Future<List<Reply>> f : threads.invokeAll(presses)) {
      f.get();
    }
    say(second, "kim", "no note");
    press(first, "kim", good);

    List<Reply> closed = say(second, "alex", "round close");
    assertThat(text(closed)).contains("Developing: 1", "Good: 2", "Median: Good");

    JdbcRoundStore rounds = new JdbcRoundStore(database);
    String teamId =
        new JdbcTeamStore(database)
            .findByChannel(new Workspace("test", "tenant"), "ward-7")
            .orElseThrow()
            .id();
    List<Round> all = rounds.rounds(teamId);
    assertThat(all).hasSize(1);
    assertThat(rounds.answers(all.get(0).id()))
        .extracting(RoundAnswer::personId)
        .containsExactly("sam", "jo", "kim");
  }

  private static List<Reply> say(Assistant bot, String user, String text) {
    return bot.handle(Inbound.text(key(user), capitalised(user), text).inChannelNamed("ward-7"));
  }

  private static List<Reply> press(Assistant bot, String user, Choice choice) {
    return bot.handle(
        Inbound.action(key(user), capitalised(user), choice.toAction()).inChannelNamed("ward-7"));
  }

  private static ConversationKey key(String user) {
    return new ConversationKey("test", "tenant", "ward-7", user);
  }

  private static String capitalised(String user) {
    return Character.toUpperCase(user.charAt(0)) + user.substring(1);
  }

  private static Choice button(List<Reply> replies, String label) {
    List<Choice> all = new ArrayList<>();
    for (Reply each : replies) {
      Reply reply = each instanceof Reply.ForChannel shared ? shared.reply() : each;
      if (reply instanceof Reply.Card card) {
        all.addAll(card.choices());
      } else if (reply instanceof Reply.Choices choices) {
        all.addAll(choices.choices());
      }
    }
    return all.stream()
        .filter(c -> c.label().equals(label))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no “" + label + "” in: " + text(replies)));
  }

  private static String text(List<Reply> replies) {
    return PlainText.render(replies).text();
  }
}
