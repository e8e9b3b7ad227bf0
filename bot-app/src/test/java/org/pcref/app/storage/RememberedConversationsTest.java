package org.pcref.app.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pcref.core.checkin.CheckIn;
import org.pcref.core.checkin.CompetencyAnswer;
import org.pcref.core.checkin.Step;
import org.pcref.core.conversation.ConversationState;
import org.pcref.core.message.ConversationKey;
import org.pcref.core.qa.QaContext;
import org.pcref.core.team.TeamLevel;
import org.pcref.framework.Level;

/**
 * The one server's conversations, remembered in memory: what a person told the bot is in the
 * database before the turn ends; only the follow-up context of a plain question is written a moment
 * later, so a crash can lose that and nothing else.
 */
class RememberedConversationsTest {

  static final ConversationKey KEY = new ConversationKey("slack", "T001", "C1", "U1");
  static final Instant NOW = Instant.parse("2026-06-10T14:03:07.250Z");

  @TempDir Path dataDir;
  private Database database;
  private JdbcConversationStore onDisk;
  private RememberedConversations remembered;

  @BeforeEach
  void open() {
    database = Database.open(DatabaseSettings.embedded(dataDir));
    onDisk = new JdbcConversationStore(database.dataSource());
    remembered =
        new RememberedConversations(new JdbcConversationStore(database.dataSource()), null);
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void aConversationsFirstQuestionIsRememberedAtOnceAndWrittenWithTheNextBatch() {
    ConversationState first = asked("co-production", NOW);

    remembered.save(KEY, first);

    assertThat(remembered.load(KEY)).contains(first);
    assertThat(onDisk.load(KEY)).isEmpty();
    remembered.flush();
    assertThat(onDisk.load(KEY)).contains(first);
  }

  @Test
  void aConversationsFirstTurnIsWrittenAtOnceWhenItStartsACheckIn() {
    ConversationState first = ConversationState.fresh(NOW).withCheckIn(checkIn("c1", false), NOW);

    remembered.save(KEY, first);

    assertThat(onDisk.load(KEY)).contains(first);
  }

  @Test
  void aConversationsFirstTurnIsWrittenAtOnceWhenItChoosesATeam() {
    ConversationState first = ConversationState.fresh(NOW).withTeam("team-1", NOW);

    remembered.save(KEY, first);

    assertThat(onDisk.load(KEY)).contains(first);
  }

  /**
   * Each first question written on its own was one commit, and on the H2 file one chunk of about 20
   * KB kept for H2's 45-second retention time: 3,000 of them made a file of about 60 MB.
   */
  @Test
  void manyNewConversationsAskingQuestionsKeepTheFileSmall() throws IOException {
    for (int i = 0; i < 3_000; i++) {
      remembered.save(
          new ConversationKey("slack", "T001", "C" + (i % 50), "U" + i),
          asked("co-production", NOW));
    }
    remembered.flush();

    assertThat(Files.size(dataDir.resolve("pcref.mv.db"))).isLessThan(16_000_000L);
    assertThat(onDisk.load(new ConversationKey("slack", "T001", "C49", "U2999")))
        .contains(asked("co-production", NOW));
  }

  @Test
  void aQuestionsFollowUpContextIsRememberedAtOnceAndWrittenWithTheNextBatch() {
    remembered.save(KEY, asked("co-production", NOW));
    remembered.flush();
    ConversationState next = asked("workforce", NOW.plusSeconds(20));

    remembered.save(KEY, next);

    assertThat(remembered.load(KEY)).contains(next);
    assertThat(onDisk.load(KEY)).contains(asked("co-production", NOW));
    remembered.flush();
    assertThat(onDisk.load(KEY)).contains(next);
    assertThat(remembered.load(KEY)).contains(next);
  }

  @Test
  void aCheckInAnswerIsInTheDatabaseBeforeTheTurnEnds() {
    remembered.save(KEY, asked("co-production", NOW));
    ConversationState answered =
        asked("co-production", NOW).withCheckIn(checkIn("c1", false), NOW.plusSeconds(30));

    remembered.save(KEY, answered);

    assertThat(onDisk.load(KEY)).contains(answered);
  }

  @Test
  void aCrashBeforeTheBatchIsWrittenLosesOnlyTheLatestFollowUpContext() {
    ConversationState answered = asked("co-production", NOW).withCheckIn(checkIn("c1", false), NOW);
    remembered.save(KEY, answered);
    remembered.save(
        KEY,
        answered.withQa(
            new QaContext("workforce", Level.GOOD, QaContext.Subject.LEVEL), NOW.plusSeconds(40)));

    // The process dies here: no flush. A new server reads what the database has.
    RememberedConversations afterRestart =
        new RememberedConversations(new JdbcConversationStore(database.dataSource()), null);

    ConversationState restored = afterRestart.load(KEY).orElseThrow();
    assertThat(restored.checkIn()).isEqualTo(answered.checkIn());
    assertThat(restored.qa().competencyId()).isEqualTo("co-production");
  }

  @Test
  void aBatchNeverOverwritesANewerAnswer() {
    remembered.save(KEY, asked("co-production", NOW));
    remembered.save(KEY, asked("workforce", NOW.plusSeconds(10)));
    ConversationState answered =
        asked("workforce", NOW.plusSeconds(10))
            .withCheckIn(checkIn("c1", false), NOW.plusSeconds(20));
    remembered.save(KEY, answered);

    remembered.flush();

    assertThat(onDisk.load(KEY)).contains(answered);
  }

  @Test
  void aConversationNotInMemoryIsReadFromTheDatabase() {
    ConversationState earlier = asked("co-learning", NOW).withTeam("team-1", NOW);
    onDisk.save(KEY, earlier);

    assertThat(remembered.load(KEY)).contains(earlier);
  }

  @Test
  void closingWritesWhatIsLeft() {
    remembered.save(KEY, asked("co-production", NOW));
    ConversationState last = asked("co-learning", NOW.plusSeconds(5));
    remembered.save(KEY, last);

    remembered.close();

    assertThat(onDisk.load(KEY)).contains(last);
  }

  @Test
  void writesInTheBackgroundWithoutBeingAsked() throws InterruptedException {
    RememberedConversations writing =
        new RememberedConversations(
            new JdbcConversationStore(database.dataSource()), Duration.ofMillis(100));
    try {
      writing.save(KEY, asked("co-production", NOW));
      ConversationState next = asked("workforce", NOW.plusSeconds(20));
      writing.save(KEY, next);

      long deadline = System.nanoTime() + 10_000_000_000L;
      while (!onDisk.load(KEY).equals(Optional.of(next)) && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      assertThat(onDisk.load(KEY)).contains(next);
    } finally {
      writing.close();
    }
  }

  @Test
  void findsPausedCheckInsFromTheDatabase() {
    remembered.save(KEY, ConversationState.fresh(NOW).withCheckIn(checkIn("c1", true), NOW));
    remembered.save(
        new ConversationKey("slack", "T001", "C2", "U2"),
        ConversationState.fresh(NOW).withCheckIn(checkIn("c2", false), NOW));

    assertThat(remembered.pausedCheckIns("team-1")).extracting(CheckIn::id).containsExactly("c1");
  }

  private static ConversationState asked(String competencyId, Instant at) {
    return ConversationState.fresh(at)
        .withQa(new QaContext(competencyId, null, QaContext.Subject.DEFINITION), at);
  }

  private static CheckIn checkIn(String id, boolean paused) {
    return new CheckIn(
        id,
        "team-1",
        "U1",
        NOW,
        NOW,
        List.of("co-production", "co-learning"),
        0,
        Step.CHOOSE_LEVEL,
        null,
        List.of(),
        List.of(new CompetencyAnswer("co-production", TeamLevel.GOOD, "We co-chair it.", null)),
        paused,
        2);
  }
}
