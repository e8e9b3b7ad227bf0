package org.pcref.app.benchmark;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.pcref.app.storage.Database;
import org.pcref.app.storage.DatabaseSettings;
import org.pcref.core.checkin.CheckInSettings;
import org.pcref.core.conversation.Assistant;
import org.pcref.core.message.Action;
import org.pcref.core.message.Choice;
import org.pcref.core.message.ConversationKey;
import org.pcref.core.message.Inbound;
import org.pcref.core.message.Reply;
import org.pcref.core.round.Round;
import org.pcref.core.round.RoundAnswer;
import org.pcref.core.round.RoundSettings;
import org.pcref.core.round.Rounds;
import org.pcref.core.team.Person;
import org.pcref.core.team.Role;
import org.pcref.core.team.Team;
import org.pcref.core.team.TeamLevel;
import org.pcref.core.team.Workspace;
import org.pcref.framework.FrameworkLoader;

/**
 * A team round on PostgreSQL: a team of many members, each of whom presses Take part, a level and
 * No note at a moment of their own within one minute (a second or two between their presses, as a
 * person reads). One in five changes their answer afterwards, and one in ten presses their level
 * twice at once (a double click). Reports every turn's time, and checks that the round holds
 * exactly one answer per member, their last.
 *
 * <p>Run with {@code bench/rounds.sh [members, default 200] [seconds, default 60]}.
 */
public final class RoundBenchmark {

  private static final String[] LEVELS = {
    "Developing", "Good", "Outstanding", "Not yet Developing"
  };

  public static void main(String[] args) throws Exception {
    int members = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
    try (EmbeddedPostgres postgres = EmbeddedPostgres.start();
        Database database =
            Database.openForServer(
                new DatabaseSettings(
                    postgres.getJdbcUrl("postgres", "postgres"), "postgres", ""))) {
      run(database, members, seconds);
    }
  }

  private static void run(Database database, int members, int seconds) throws Exception {
    Assistant bot =
        new Assistant(
            FrameworkLoader.bundled(),
            database.conversations(),
            database.teams(),
            database.nudges(),
            database.rounds(),
            CheckInSettings.DEFAULTS,
            RoundSettings.DEFAULTS,
            Clock.systemUTC());
    Map<String, Person> people = new LinkedHashMap<>();
    people.put("lead", new Person("lead", "Alex", Role.LEAD));
    for (int m = 0; m < members; m++) {
      people.put("m" + m, new Person("m" + m, "Member " + m, Role.MEMBER));
    }
    database
        .teams()
        .save(
            new Team(
                "bench-team",
                new Workspace("bench", "trust"),
                "Ward 7",
                people,
                List.of("ward-7"),
                Instant.now()));
    bot.handle(
        Inbound.text(key("lead"), "Alex", "checkin team co-production").inChannelNamed("Ward 7"));
    Round round = database.rounds().openRound("bench-team").orElseThrow();

    // Warm up on another team's round, so that the measured turns are the steady state.
    warmUp(database, bot);

    ConcurrentLinkedQueue<Long> turns = new ConcurrentLinkedQueue<>();
    Map<String, TeamLevel> last = new ConcurrentHashMap<>();
    ScheduledExecutorService clock = Executors.newScheduledThreadPool(16);
    CountDownLatch done = new CountDownLatch(members);
    Random random = new Random(7);
    long begin = System.nanoTime();
    for (int m = 0; m < members; m++) {
      String id = "m" + m;
      long startMs = random.nextInt(Math.max(1, (seconds - 6) * 1000));
      int level = random.nextInt(LEVELS.length);
      boolean changes = m % 5 == 0;
      boolean doubleClicks = m % 10 == 3;
      clock.schedule(
          () -> answer(bot, clock, id, round.id(), level, changes, doubleClicks, turns, last, done),
          startMs,
          TimeUnit.MILLISECONDS);
    }
    done.await(seconds + 60L, TimeUnit.SECONDS);
    double elapsed = (System.nanoTime() - begin) / 1e9;
    clock.shutdownNow();

    List<RoundAnswer> answers = database.rounds().answers(round.id());
    long wrong = answers.stream().filter(a -> !a.level().equals(last.get(a.personId()))).count();
    long[] all = turns.stream().mapToLong(Long::longValue).sorted().toArray();
    System.out.printf(
        "PostgreSQL  %d members within %.0f s: %d turns, answers kept %d (expected %d, %d not the"
            + " last given): p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.1f ms%n",
        members,
        elapsed,
        all.length,
        answers.size(),
        members,
        wrong,
        ms(all, 0.50),
        ms(all, 0.90),
        ms(all, 0.99),
        all[all.length - 1] / 1e6);
    if (answers.size() != members || wrong != 0) {
      throw new AssertionError("the round did not keep one answer per member, their last");
    }
  }

  /** One member: Take part, a level, No note; perhaps a double click, perhaps a change. */
  private static void answer(
      Assistant bot,
      ScheduledExecutorService clock,
      String id,
      String roundId,
      int level,
      boolean changes,
      boolean doubleClicks,
      ConcurrentLinkedQueue<Long> turns,
      Map<String, TeamLevel> last,
      CountDownLatch done) {
    try {
      List<Reply> question = timed(bot, id, new Action(Rounds.JOIN, roundId), turns);
      Choice chosen = button(question, LEVELS[level]);
      if (doubleClicks) {
        Thread twin = new Thread(() -> timed(bot, id, chosen.toAction(), turns));
        twin.start();
        timed(bot, id, chosen.toAction(), turns);
        twin.join();
      } else {
        timed(bot, id, chosen.toAction(), turns);
      }
      List<Reply> note = timed(bot, id, null, turns);
      last.put(id, TeamLevel.values()[levelIndex(LEVELS[level])]);
      if (changes) {
        int other = (level + 1) % LEVELS.length;
        List<Reply> again = timed(bot, id, new Action(Rounds.JOIN, roundId), turns);
        timed(bot, id, button(again, LEVELS[other]).toAction(), turns);
        timed(bot, id, null, turns);
        last.put(id, TeamLevel.values()[levelIndex(LEVELS[other])]);
      }
      if (note.isEmpty()) {
        throw new IllegalStateException("no answer for " + id);
      }
    } catch (Exception e) {
      e.printStackTrace();
    } finally {
      done.countDown();
    }
  }

  private static int levelIndex(String label) {
    for (TeamLevel l : TeamLevel.values()) {
      if (l.label().equals(label)) {
        return l.ordinal();
      }
    }
    throw new IllegalArgumentException(label);
  }

  /** One turn: a press, or (null) typing "no note". */
  private static List<Reply> timed(
      Assistant bot, String id, Action action, ConcurrentLinkedQueue<Long> turns) {
    Inbound in =
        action == null ? Inbound.text(key(id), id, "no note") : Inbound.action(key(id), id, action);
    long start = System.nanoTime();
    List<Reply> replies = bot.handle(in.inChannelNamed("Ward 7"));
    turns.add(System.nanoTime() - start);
    return replies;
  }

  private static void warmUp(Database database, Assistant bot) {
    Map<String, Person> people = new LinkedHashMap<>();
    people.put("w-lead", new Person("w-lead", "Lead", Role.LEAD));
    for (int m = 0; m < 50; m++) {
      people.put("w" + m, new Person("w" + m, "W " + m, Role.MEMBER));
    }
    database
        .teams()
        .save(
            new Team(
                "warm-team",
                new Workspace("bench", "trust"),
                "Warm",
                people,
                List.of("warm"),
                Instant.now()));
    ConversationKey lead = new ConversationKey("bench", "trust", "warm", "w-lead");
    bot.handle(Inbound.text(lead, "Lead", "checkin team co-production").inChannelNamed("Warm"));
    String roundId = database.rounds().openRound("warm-team").orElseThrow().id();
    for (int round = 0; round < 4; round++) {
      for (int m = 0; m < 50; m++) {
        ConversationKey k = new ConversationKey("bench", "trust", "warm", "w" + m);
        List<Reply> q = bot.handle(Inbound.action(k, "W", new Action(Rounds.JOIN, roundId)));
        bot.handle(Inbound.action(k, "W", button(q, "Good").toAction()));
        bot.handle(Inbound.text(k, "W", "no note"));
      }
    }
  }

  private static ConversationKey key(String id) {
    return new ConversationKey("bench", "trust", "ward-7", id);
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
        .orElseThrow(() -> new IllegalStateException("no " + label + " in " + replies));
  }

  private static double ms(long[] sorted, double quantile) {
    return sorted[(int) Math.min(sorted.length - 1, Math.floor(quantile * sorted.length))] / 1e6;
  }
}
