package org.pcref.app.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pcref.core.checkin.CheckIn;
import org.pcref.core.checkin.CompetencyAnswer;
import org.pcref.core.checkin.Step;
import org.pcref.core.conversation.ConversationState;
import org.pcref.core.message.ConversationKey;
import org.pcref.core.qa.QaContext;
import org.pcref.core.team.TeamLevel;

/**
 * Two servers sharing one PostgreSQL: a turn that only asked a question does not wait for its own
 * commit, but whatever a person told the bot is written before the turn ends, and a context written
 * later never overwrites a turn another server took meanwhile.
 */
class SharedConversationsTest {

  static final ConversationKey KEY = new ConversationKey("slack", "T001", "C1", "U1");
  static final Instant NOW = Instant.parse("2026-06-10T14:03:07.250Z");

  private DataSource database;
  private JdbcConversationStore rows;
  private SharedConversations first;
  private SharedConversations second;

  @BeforeEach
  void open() {
    database = TestDatabases.sharedPostgres().emptyDatabase();
    rows = new JdbcConversationStore(database);
    first = new SharedConversations(new JdbcConversationStore(database), null);
    second = new SharedConversations(new JdbcConversationStore(database), null);
  }

  @AfterEach
  void close() {
    first.close();
    second.close();
  }

  @Test
  void aQuestionsFollowUpContextIsKeptForTheNextTurnAndWrittenWithTheNextBatch() {
    first.load(KEY);
    first.save(KEY, asked("co-production", NOW));

    assertThat(rows.load(KEY)).isEmpty();
    assertThat(first.load(KEY)).contains(asked("co-production", NOW));
    first.save(KEY, asked("workforce", NOW.plusSeconds(20)));

    first.flush();
    assertThat(rows.load(KEY)).contains(asked("workforce", NOW.plusSeconds(20)));
  }

  @Test
  void aCheckInAnswerIsInTheDatabaseBeforeTheTurnEnds() {
    first.load(KEY);
    first.save(KEY, asked("co-production", NOW));
    first.load(KEY);
    ConversationState answered =
        asked("co-production", NOW).withCheckIn(checkIn(), NOW.plusSeconds(30));

    first.save(KEY, answered);

    assertThat(rows.load(KEY)).contains(answered);
    first.flush();
    assertThat(rows.load(KEY)).contains(answered);
  }

  @Test
  void aStateSavedWithoutBeingReadHereIsWrittenAtOnce() {
    first.save(KEY, asked("co-production", NOW));

    assertThat(rows.load(KEY)).contains(asked("co-production", NOW));
  }

  @Test
  void aTurnTakenOnTheOtherServerWinsOverAContextNotYetWritten() {
    first.load(KEY);
    first.save(KEY, asked("co-production", NOW));
    second.load(KEY);
    ConversationState started =
        ConversationState.fresh(NOW).withCheckIn(checkIn(), NOW.plusSeconds(5));
    second.save(KEY, started);

    first.flush();

    assertThat(rows.load(KEY)).contains(started);
    assertThat(first.load(KEY)).contains(started);
  }

  @Test
  void aContextHeldOverAnOlderRowIsDroppedOnTheNextRead() {
    rows.save(KEY, asked("co-learning", NOW));
    first.load(KEY);
    first.save(KEY, asked("co-production", NOW.plusSeconds(10)));
    second.load(KEY);
    ConversationState chosen = asked("co-learning", NOW).withTeam("team-1", NOW.plusSeconds(20));
    second.save(KEY, chosen);

    assertThat(first.load(KEY)).contains(chosen);
    first.flush();
    assertThat(rows.load(KEY)).contains(chosen);
  }

  @Test
  void aContextWrittenWhileATurnWasUnderWayIsFollowedByThatTurnsContext() {
    first.load(KEY);
    first.save(KEY, asked("co-production", NOW));
    first.load(KEY);
    first.flush();
    ConversationState next = asked("workforce", NOW.plusSeconds(20));

    first.save(KEY, next);
    first.flush();

    assertThat(rows.load(KEY)).contains(next);
  }

  @Test
  void twoServersGivingOneConversationItsFirstRowKeepOne() {
    first.load(KEY);
    second.load(KEY);
    first.save(KEY, asked("co-production", NOW));
    second.save(KEY, asked("workforce", NOW.plusMillis(3)));

    first.flush();
    second.flush();

    assertThat(rows.load(KEY)).contains(asked("co-production", NOW));
  }

  /**
   * PostgreSQL checks "no row yet" before the other server's first row is committed; the insert
   * then fails on the key and takes the whole batch with it, which is written again without it.
   */
  @Test
  void aFirstRowCommittedDuringTheBatchWinsAndTheRestOfTheBatchIsWritten() throws Exception {
    ConversationKey other = new ConversationKey("slack", "T001", "C1", "U2");
    rows.save(other, asked("co-learning", NOW));
    first.load(other);
    first.save(other, asked("co-production", NOW.plusSeconds(1)));
    first.load(KEY);
    first.save(KEY, asked("co-production", NOW.plusSeconds(2)));

    try (Connection rival = database.getConnection()) {
      rival.setAutoCommit(false);
      insertRow(rival, KEY, asked("workforce", NOW.plusSeconds(3)));
      CompletableFuture<Void> batch = CompletableFuture.runAsync(first::flush);
      awaitAWaitingInsert(rival);
      rival.commit();
      batch.get(10, TimeUnit.SECONDS);
    }

    assertThat(rows.load(KEY)).contains(asked("workforce", NOW.plusSeconds(3)));
    assertThat(rows.load(other)).contains(asked("co-production", NOW.plusSeconds(1)));
  }

  @Test
  void aServerStoppedBeforeItsBatchLosesOnlyTheLatestFollowUpContext() {
    first.load(KEY);
    ConversationState answered = ConversationState.fresh(NOW).withCheckIn(checkIn(), NOW);
    first.save(KEY, answered);
    first.load(KEY);
    first.save(
        KEY,
        answered.withQa(
            new QaContext("workforce", null, QaContext.Subject.DEFINITION), NOW.plusSeconds(40)));

    // The server dies here, without writing its batch; the other reads what the database has.
    assertThat(second.load(KEY)).contains(answered);
  }

  @Test
  void closingWritesWhatIsLeft() {
    first.load(KEY);
    first.save(KEY, asked("co-production", NOW));

    first.close();

    assertThat(rows.load(KEY)).contains(asked("co-production", NOW));
  }

  @Test
  void writesInTheBackgroundWithoutBeingAsked() throws Exception {
    try (SharedConversations writing =
        new SharedConversations(new JdbcConversationStore(database), Duration.ofMillis(50))) {
      writing.load(KEY);
      writing.save(KEY, asked("co-production", NOW));

      awaitRow(asked("co-production", NOW));
    }
  }

  private void awaitRow(ConversationState expected) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!rows.load(KEY).equals(java.util.Optional.of(expected))
        && System.nanoTime() < deadline) {
      TimeUnit.MILLISECONDS.sleep(20);
    }
    assertThat(rows.load(KEY)).contains(expected);
  }

  /** Waits until a session other than {@code rival} waits on a lock {@code rival} holds. */
  private void awaitAWaitingInsert(Connection rival) throws SQLException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    try (Connection watcher = database.getConnection();
        PreparedStatement waiting =
            watcher.prepareStatement(
                "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                    + " AND ? = ANY(pg_blocking_pids(pid))")) {
      waiting.setInt(1, backendPid(rival));
      while (System.nanoTime() < deadline) {
        try (ResultSet row = waiting.executeQuery()) {
          row.next();
          if (row.getInt(1) > 0) {
            return;
          }
        }
        TimeUnit.MILLISECONDS.sleep(10);
      }
    }
    throw new AssertionError("the batch never waited on the other server's first row");
  }

  private static int backendPid(Connection connection) throws SQLException {
    try (PreparedStatement pid = connection.prepareStatement("SELECT pg_backend_pid()");
        ResultSet row = pid.executeQuery()) {
      row.next();
      return row.getInt(1);
    }
  }

  private static void insertRow(Connection c, ConversationKey key, ConversationState state)
      throws SQLException {
    String json = new JdbcConversationStore(null).asJson(state);
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO conversations (state, updated_at, platform, tenant, channel, user_id)"
                + " VALUES (?, ?, ?, ?, ?, ?)")) {
      insert.setString(1, json);
      insert.setObject(2, OffsetDateTime.ofInstant(state.updatedAt(), ZoneOffset.UTC));
      insert.setString(3, key.platform());
      insert.setString(4, key.tenant());
      insert.setString(5, key.channel());
      insert.setString(6, key.user());
      insert.executeUpdate();
    }
  }

  private static ConversationState asked(String competencyId, Instant at) {
    return ConversationState.fresh(at)
        .withQa(new QaContext(competencyId, null, QaContext.Subject.DEFINITION), at);
  }

  private static CheckIn checkIn() {
    return new CheckIn(
        "c1",
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
        false,
        2);
  }
}
