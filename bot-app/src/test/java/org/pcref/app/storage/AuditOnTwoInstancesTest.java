package org.pcref.app.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pcref.core.audit.AuditEntry;
import org.pcref.core.checkin.CheckInSettings;
import org.pcref.core.conversation.Assistant;
import org.pcref.core.message.Choice;
import org.pcref.core.privacy.Admins;
import org.pcref.core.privacy.DataProtection;
import org.pcref.core.privacy.Handover;
import org.pcref.core.privacy.PersonKey;
import org.pcref.core.round.RoundSettings;
import org.pcref.framework.FrameworkLoader;

/**
 * Two instances of the bot on one PostgreSQL, each with its own audit trail object: every change is
 * recorded once, whichever instance takes the turn, even a confirmation pressed on both at once.
 */
class AuditOnTwoInstancesTest {

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
        Clock.systemUTC(),
        new DataProtection(
            new JdbcAuditTrail(database),
            new JdbcPersonalData(database),
            new Admins(Set.of(new PersonKey("slack", "T1", "UALEX"))),
            Handover.AS_FILES));
  }

  @AfterEach
  void stopThreads() {
    threads.shutdownNow();
  }

  private Talker on(Assistant bot, String user, String name) {
    return Talker.inChannel(bot, "slack", "T1", "C7", user, name, "ward-7");
  }

  @Test
  void shouldRecordEachChangeOnceWhicheverInstanceTakesIt() throws Exception {
    on(first, "UALEX", "Alex").says("checkin").says("cancel");
    on(second, "USAM", "Sam").says("team");
    on(second, "UALEX", "Alex").says("team rename Ward 7 Acute");
    on(first, "UALEX", "Alex").says("team add lead USAM");
    on(second, "USAM", "Sam").says("correct workforce good");
    on(first, "USAM", "Sam").says("remind every 2 weeks on Monday at 09:00");

    Talker alex = on(first, "UALEX", "Alex").says("checkin team workforce");
    on(second, "USAM", "Sam").press(alex.button("Take part")).presses("Good").says("no note");
    Talker confirming =
        on(second, "UALEX", "Alex").says("round close").presses("Confirm the team’s level");
    confirming.presses("Good");
    Choice noNote = confirming.button("No note");
    CountDownLatch ready = new CountDownLatch(2);
    List<Callable<Void>> presses = new ArrayList<>();
    for (Assistant instance : List.of(first, second)) {
      presses.add(
          () -> {
            ready.countDown();
            ready.await(10, TimeUnit.SECONDS);
            on(instance, "UALEX", "Alex").press(noNote);
            return null;
          });
    }
    for (Future<Void> pressed : threads.invokeAll(presses)) {
      pressed.get();
    }
    Talker.direct(second, "slack", "T1", "UALEX", "Alex").says("admin export person slack/T1/USAM");

    List<AuditEntry> trail = new JdbcAuditTrail(database).latest(50);
    assertThat(trail)
        .extracting(AuditEntry::action, AuditEntry::byName)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("data export", "Alex"),
            org.assertj.core.groups.Tuple.tuple("round confirmation", "Alex"),
            org.assertj.core.groups.Tuple.tuple("nudge settings", "Sam"),
            org.assertj.core.groups.Tuple.tuple("correction", "Sam"),
            org.assertj.core.groups.Tuple.tuple("team people", "Alex"),
            org.assertj.core.groups.Tuple.tuple("team rename", "Alex"));
    assertThat(trail).allSatisfy(e -> assertThat(e.platform()).isEqualTo("slack"));
  }
}
