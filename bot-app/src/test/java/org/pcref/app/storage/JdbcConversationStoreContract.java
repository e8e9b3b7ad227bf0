package org.pcref.app.storage;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pcref.core.conversation.ConversationState;
import org.pcref.core.conversation.ConversationStore;
import org.pcref.core.message.ConversationKey;
import org.pcref.core.qa.QaContext;
import org.slf4j.LoggerFactory;

/**
 * The conversation store contract for the stores on the {@code conversations} table, and what only
 * they have to do: save many rows in one go, and start afresh from a row they cannot read.
 */
abstract class JdbcConversationStoreContract extends ConversationStoreContract {

  private final Logger storeLog = (Logger) LoggerFactory.getLogger(JdbcConversationStore.class);
  private ListAppender<ILoggingEvent> appender;
  private DataSource dataSource;

  /** A database with the schema and no rows, for one test. */
  abstract DataSource emptyDatabase();

  /** The store under test, on that database. */
  ConversationStore store(DataSource database) {
    return new JdbcConversationStore(database);
  }

  @Override
  ConversationStore emptyStore() {
    dataSource = emptyDatabase();
    return store(dataSource);
  }

  /**
   * What the store under test holds is in its rows by now (a store that writes behind writes it).
   */
  void written() {}

  @Override
  ConversationStore anotherInstance() {
    written();
    return new JdbcConversationStore(dataSource);
  }

  @Test
  void savesSeveralConversationsInOneGoKnownAndNew() {
    ConversationKey known = new ConversationKey("slack", "T001", "C1", "U8");
    ConversationKey unknown = new ConversationKey("slack", "T001", "C1", "U9");
    store.save(known, ConversationState.fresh(NOW));
    ConversationState knownLater =
        ConversationState.fresh(NOW).withTeam("team-1", NOW.plusSeconds(5));
    ConversationState unknownNow =
        ConversationState.fresh(NOW)
            .withQa(new QaContext("workforce", null, QaContext.Subject.AIMS), NOW.plusSeconds(6));

    JdbcConversationStore database = new JdbcConversationStore(dataSource);
    database.saveAll(new LinkedHashMap<>(Map.of(known, knownLater, unknown, unknownNow)));

    assertThat(database.load(known)).contains(knownLater);
    assertThat(database.load(unknown)).contains(unknownNow);
  }

  @Test
  void startsAfreshFromARowThatCannotBeReadAndSaysSoWithoutItsContent() throws SQLException {
    insertRaw(KEY, "{\"qa\": {\"competencyId\": \"secret words typed\"}, \"checkIn\": [");
    ListAppender<ILoggingEvent> log = captureLog();

    assertThat(store.load(KEY)).isEmpty();

    assertThat(log.list)
        .singleElement()
        .satisfies(
            event -> {
              assertThat(event.getLevel()).isEqualTo(Level.WARN);
              assertThat(event.getFormattedMessage()).doesNotContain("secret").contains("slack");
              assertThat(event.getThrowableProxy()).isNull();
            });
    ConversationState fresh = ConversationState.fresh(NOW);
    store.save(KEY, fresh);
    assertThat(store.load(KEY)).contains(fresh);
  }

  @Test
  void readsAFollowUpContextStoredWhenItsSubjectWasAWord() throws SQLException {
    insertRaw(
        KEY,
        "{\"qa\":{\"competencyId\":\"co-production\",\"level\":\"GOOD\",\"subject\":\"next\"},"
            + "\"checkIn\":null,\"teamId\":\"team-1\",\"updatedAt\":\"2026-06-10T14:03:07.250001Z\"}");

    assertThat(store.load(KEY))
        .contains(
            new ConversationState(
                new QaContext(
                    "co-production", org.pcref.framework.Level.GOOD, QaContext.Subject.NEXT),
                null,
                "team-1",
                NOW));
  }

  @Test
  void storesTheSubjectAsTheWordEarlierVersionsRead() throws SQLException {
    store.save(
        KEY,
        ConversationState.fresh(NOW)
            .withQa(new QaContext("co-production", null, QaContext.Subject.COMPARE), NOW));

    assertThat(storedText(KEY)).contains("\"subject\":\"compare\"");
  }

  @Test
  void startsAfreshFromARowOfAnOlderShape() throws SQLException {
    insertRaw(KEY, "{\"question\": \"what is good\", \"checkIn\": {\"id\": \"c1\", \"stage\": 3}}");

    assertThat(store.load(KEY)).isEmpty();
  }

  private ListAppender<ILoggingEvent> captureLog() {
    appender = new ListAppender<>();
    appender.start();
    storeLog.addAppender(appender);
    return appender;
  }

  @AfterEach
  void stopCapturingLog() {
    if (appender != null) {
      storeLog.detachAppender(appender);
    }
  }

  private String storedText(ConversationKey key) throws SQLException {
    written();
    String sql =
        "SELECT state FROM conversations WHERE platform = ? AND tenant = ? AND channel = ? AND user_id = ?";
    try (Connection c = dataSource.getConnection();
        PreparedStatement statement = c.prepareStatement(sql)) {
      statement.setString(1, key.platform());
      statement.setString(2, key.tenant());
      statement.setString(3, key.channel());
      statement.setString(4, key.user());
      try (java.sql.ResultSet rows = statement.executeQuery()) {
        return rows.next() ? rows.getString(1) : "";
      }
    }
  }

  private void insertRaw(ConversationKey key, String json) throws SQLException {
    String sql =
        "INSERT INTO conversations (platform, tenant, channel, user_id, state, updated_at) VALUES (?, ?, ?, ?, ?, ?)";
    try (Connection c = dataSource.getConnection();
        PreparedStatement statement = c.prepareStatement(sql)) {
      statement.setString(1, key.platform());
      statement.setString(2, key.tenant());
      statement.setString(3, key.channel());
      statement.setString(4, key.user());
      statement.setString(5, json);
      statement.setObject(6, OffsetDateTime.ofInstant(NOW, ZoneOffset.UTC));
      statement.executeUpdate();
    }
  }
}
