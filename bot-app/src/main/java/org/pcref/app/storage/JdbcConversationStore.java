package org.pcref.app.storage;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.pcref.core.checkin.CheckIn;
import org.pcref.core.conversation.ConversationState;
import org.pcref.core.conversation.ConversationStore;
import org.pcref.core.message.ConversationKey;
import org.pcref.core.message.Reply;
import org.pcref.core.message.SeenKeys;
import org.pcref.core.privacy.PersonKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Conversation state in the {@code conversations} table, one row per person per channel, the state
 * as JSON. Every instance reads the row afresh, so a second instance carries on the same
 * conversation.
 */
public final class JdbcConversationStore implements ConversationStore {

  private static final Logger log = LoggerFactory.getLogger(JdbcConversationStore.class);

  private static final String WHERE_KEY =
      " WHERE platform = ? AND tenant = ? AND channel = ? AND user_id = ?";
  private static final String SELECT = "SELECT state FROM conversations" + WHERE_KEY;
  private static final String MENTIONING_TEAM =
      "SELECT state FROM conversations WHERE state LIKE ?";
  private static final String UPDATE =
      "UPDATE conversations SET state = ?, updated_at = ?" + WHERE_KEY;
  private static final String INSERT =
      "INSERT INTO conversations (state, updated_at, platform, tenant, channel, user_id) VALUES (?, ?, ?, ?, ?, ?)";

  /**
   * The LIKE only narrows the search (Jackson writes the null); each row is read and checked in
   * full.
   */
  private static final String IDLE =
      "SELECT platform, tenant, channel, user_id, state, updated_at FROM conversations WHERE updated_at < ? AND state LIKE '%\"checkIn\":null%'"
          + " AND state LIKE '%\"teamId\":null%' FETCH FIRST 500 ROWS ONLY";

  /** The LIKE only narrows the search: each row is read and checked in full. */
  private static final String OWING =
      "SELECT platform, tenant, channel, user_id, state FROM conversations WHERE updated_at < ?"
          + " AND state LIKE '%\"owed\":[{%' FETCH FIRST 100 ROWS ONLY";

  /**
   * A first row, unless another instance has just written one (the race is caught, see saveOver).
   */
  private static final String INSERT_ABSENT =
      "INSERT INTO conversations (state, updated_at, platform, tenant, channel, user_id)"
          + " SELECT ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM conversations"
          + WHERE_KEY
          + ")";

  private static final String UPDATE_UNCHANGED =
      "UPDATE conversations SET state = ?, updated_at = ?" + WHERE_KEY + " AND updated_at = ?";

  /** Only the row as it was read: a turn that wrote it since keeps it. */
  private static final String DELETE_UNCHANGED =
      "DELETE FROM conversations" + WHERE_KEY + " AND updated_at = ?";

  private final Transactions db;
  private final ObjectMapper json;
  private final Cache<ConversationKey, Parsed> parsed =
      Caffeine.newBuilder().maximumSize(2_000).build();

  public JdbcConversationStore(DataSource dataSource) {
    this.db = new Transactions(dataSource);
    this.json = mapper();
  }

  /**
   * Records as their components only (not {@code isFinished()} and the like, which are derived),
   * and tolerant of properties it does not know, so state a newer version wrote stays readable.
   */
  static ObjectMapper mapper() {
    return new ObjectMapper()
        .registerModule(new JavaTimeModule())
        .setVisibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .addMixIn(Reply.class, ReplyKinds.class);
  }

  /** Replies owed to a channel are kept as JSON too, each with its kind. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = Reply.Text.class, name = "text"),
    @JsonSubTypes.Type(value = Reply.Card.class, name = "card"),
    @JsonSubTypes.Type(value = Reply.Choices.class, name = "choices"),
    @JsonSubTypes.Type(value = Reply.File.class, name = "file"),
    @JsonSubTypes.Type(value = Reply.ForChannel.class, name = "for-channel"),
    @JsonSubTypes.Type(value = Reply.Grid.class, name = "grid"),
    @JsonSubTypes.Type(value = Reply.Summary.class, name = "summary"),
    @JsonSubTypes.Type(value = Reply.Timeline.class, name = "timeline"),
    @JsonSubTypes.Type(value = Reply.Checklist.class, name = "checklist")
  })
  private interface ReplyKinds {}

  @Override
  public Optional<ConversationState> load(ConversationKey key) {
    return db.autoCommit("load a conversation", c -> select(c, key))
        .flatMap(text -> parsed(key, text));
  }

  /** The state in a row's {@code text}. */
  private Optional<ConversationState> parsed(ConversationKey key, String text) {
    // Reading the JSON is most of a turn's storage work; a row unchanged since this server last
    // read or wrote it is the same state (states are immutable).
    Parsed known = parsed.getIfPresent(key);
    if (known != null && known.text().equals(text)) {
      return Optional.of(known.state());
    }
    Optional<ConversationState> state = read(key, text);
    state.ifPresent(s -> parsed.put(key, new Parsed(text, s)));
    return state;
  }

  /**
   * Whether {@link #loadRecording} can record in {@code seen}: on PostgreSQL, when the keys are in
   * this database.
   */
  boolean readsAlong(JdbcSeenKeys seen) {
    return seen.isIn(db) && db.isPostgres();
  }

  /**
   * Records {@code delivery} in {@code seen} and, if it is new, loads the conversation: one
   * statement, one round trip. Only the record is written, and its commit is asynchronous, as
   * {@link JdbcSeenKeys#firstTime} makes it. PostgreSQL only ({@link #readsAlong}).
   *
   * @throws SeenKeys.Unavailable when the delivery cannot be recorded; nothing is read
   */
  FirstLook loadRecording(ConversationKey key, JdbcSeenKeys seen, String delivery) {
    String sql = seen.recordingThen(SELECT);
    Recorded recorded;
    try {
      recorded =
          db.autoCommit(
              "record " + delivery + " and load its conversation",
              c -> {
                try (PreparedStatement statement = c.prepareStatement(sql)) {
                  Instant at = seen.bind(statement, delivery);
                  bindKey(statement, 3, key);
                  try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    return new Recorded(rows.getBoolean(1), rows.getString(2), at);
                  }
                }
              });
    } catch (StorageException e) {
      throw JdbcSeenKeys.unavailable(e);
    }
    if (!recorded.firstTime()) {
      seen.seenBefore();
      return FirstLook.SEEN_BEFORE;
    }
    seen.recorded(recorded.at());
    return new FirstLook(
        true, Optional.ofNullable(recorded.row()).flatMap(text -> parsed(key, text)));
  }

  /**
   * Whether a delivery was recorded for the first time, its conversation's row (or null), and when
   * it was recorded.
   */
  private record Recorded(boolean firstTime, String row, Instant at) {}

  /** Drops what is held in memory of {@code person}'s conversations (their data was erased). */
  void forget(PersonKey person) {
    parsed.asMap().keySet().removeIf(key -> PersonKey.of(key).equals(person));
  }

  /** A row's text and the state read from it. */
  private record Parsed(String text, ConversationState state) {}

  @Override
  public void save(ConversationKey key, ConversationState state) {
    String text = write(state);
    OffsetDateTime updatedAt = OffsetDateTime.ofInstant(state.updatedAt(), ZoneOffset.UTC);
    db.autoCommit(
        "save a conversation",
        c -> {
          if (update(c, key, text, updatedAt) == 0) {
            try {
              insert(c, key, text, updatedAt);
            } catch (SQLException e) {
              if (!Transactions.isUniqueViolation(e)) {
                throw e;
              }
              // Another instance inserted this conversation's first row a moment ago: overwrite it.
              update(c, key, text, updatedAt);
            }
          }
          return null;
        });
    remember(key, text, state);
  }

  /**
   * Saves several conversations in one transaction, all of them or none: one batch of updates, then
   * one batch of inserts for the conversations that had no row yet.
   */
  public void saveAll(Map<ConversationKey, ConversationState> states) {
    if (states.isEmpty()) {
      return;
    }
    List<ConversationKey> keys = new ArrayList<>(states.keySet());
    List<String> texts = new ArrayList<>(keys.size());
    for (ConversationKey key : keys) {
      texts.add(write(states.get(key)));
    }
    db.write(
        "save conversations",
        c -> {
          List<Integer> missing = new ArrayList<>();
          try (PreparedStatement statement = c.prepareStatement(UPDATE)) {
            for (int i = 0; i < keys.size(); i++) {
              bindRow(statement, keys.get(i), texts.get(i), states.get(keys.get(i)));
              statement.addBatch();
            }
            int[] updated = statement.executeBatch();
            for (int i = 0; i < updated.length; i++) {
              if (updated[i] == 0) {
                missing.add(i);
              }
            }
          }
          if (!missing.isEmpty()) {
            try (PreparedStatement statement = c.prepareStatement(INSERT)) {
              for (int i : missing) {
                bindRow(statement, keys.get(i), texts.get(i), states.get(keys.get(i)));
                statement.addBatch();
              }
              statement.executeBatch();
            }
          }
          return null;
        });
  }

  /**
   * Saves each of {@code states} over the row it was read from ({@code over}: its state as read,
   * null when there was no row), in one transaction; a conversation written meanwhile keeps its
   * row. Returns how many were written.
   */
  public int saveOver(
      Map<ConversationKey, ConversationState> over,
      Map<ConversationKey, ConversationState> states) {
    List<ConversationKey> updates = new ArrayList<>();
    List<ConversationKey> inserts = new ArrayList<>();
    states.keySet().forEach(key -> (over.get(key) == null ? inserts : updates).add(key));
    try {
      return writeOver(over, states, updates, inserts);
    } catch (StorageException e) {
      if (inserts.isEmpty() || !Transactions.isUniqueViolation(e)) {
        throw e;
      }
      // Another instance gave one of these conversations its first row meanwhile: that row wins,
      // and PostgreSQL has dropped the whole transaction, so the rest are written again.
      return writeOver(over, states, updates, List.of());
    }
  }

  private int writeOver(
      Map<ConversationKey, ConversationState> over,
      Map<ConversationKey, ConversationState> states,
      List<ConversationKey> updates,
      List<ConversationKey> inserts) {
    Map<ConversationKey, String> texts = new HashMap<>();
    states.forEach((key, state) -> texts.put(key, write(state)));
    List<ConversationKey> saved = new ArrayList<>();
    // A crash of the database itself may lose these, as a crash of the server may: only contexts.
    int count =
        db.relaxed(
            "save follow-up contexts",
            c -> {
              int written = 0;
              if (!updates.isEmpty()) {
                try (PreparedStatement statement = c.prepareStatement(UPDATE_UNCHANGED)) {
                  for (ConversationKey key : updates) {
                    bindRow(statement, key, texts.get(key), states.get(key));
                    statement.setObject(
                        7, OffsetDateTime.ofInstant(over.get(key).updatedAt(), ZoneOffset.UTC));
                    statement.addBatch();
                  }
                  written += rows(statement.executeBatch(), updates, saved);
                }
              }
              if (!inserts.isEmpty()) {
                try (PreparedStatement statement = c.prepareStatement(INSERT_ABSENT)) {
                  for (ConversationKey key : inserts) {
                    bindRow(statement, key, texts.get(key), states.get(key));
                    bindKey(statement, 7, key);
                    statement.addBatch();
                  }
                  written += rows(statement.executeBatch(), inserts, saved);
                }
              }
              return written;
            });
    saved.forEach(key -> remember(key, texts.get(key), states.get(key)));
    return count;
  }

  /** How many of a batch's rows were written; those written are added to {@code saved}. */
  private static int rows(int[] counts, List<ConversationKey> keys, List<ConversationKey> saved) {
    int written = 0;
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] > 0 || counts[i] == Statement.SUCCESS_NO_INFO) {
        saved.add(keys.get(i));
        written++;
      }
    }
    return written;
  }

  /**
   * The row now holds {@code text}: a turn that reads it back unchanged takes {@code state} as it
   * is, unread.
   */
  private void remember(ConversationKey key, String text, ConversationState state) {
    parsed.put(key, new Parsed(text, state));
  }

  /** The parameters of {@link #UPDATE} and {@link #INSERT}, which take them in the same order. */
  private static void bindRow(
      PreparedStatement statement, ConversationKey key, String text, ConversationState state)
      throws SQLException {
    statement.setString(1, text);
    statement.setObject(2, OffsetDateTime.ofInstant(state.updatedAt(), ZoneOffset.UTC));
    bindKey(statement, 3, key);
  }

  @Override
  public List<Owing> owing(Instant quietSince, int limit) {
    List<Owing> found =
        db.autoCommit(
            "find summaries owed to channels",
            c -> {
              List<Owing> rows = new ArrayList<>();
              try (PreparedStatement statement = c.prepareStatement(OWING)) {
                statement.setObject(1, OffsetDateTime.ofInstant(quietSince, ZoneOffset.UTC));
                try (ResultSet row = statement.executeQuery()) {
                  while (row.next()) {
                    ConversationKey key =
                        new ConversationKey(
                            row.getString(1), row.getString(2), row.getString(3), row.getString(4));
                    read(key, row.getString(5))
                        .filter(state -> !state.owed().isEmpty())
                        .ifPresent(state -> rows.add(new Owing(key, state)));
                  }
                }
              }
              return rows;
            });
    return found.size() > limit ? found.subList(0, limit) : found;
  }

  @Override
  public boolean settle(ConversationKey key, ConversationState read, ConversationState settled) {
    String text = write(settled);
    return db.autoCommit(
        "settle a conversation",
        c -> {
          try (PreparedStatement statement = c.prepareStatement(UPDATE_UNCHANGED)) {
            statement.setString(1, text);
            statement.setObject(2, OffsetDateTime.ofInstant(settled.updatedAt(), ZoneOffset.UTC));
            bindKey(statement, 3, key);
            statement.setObject(7, OffsetDateTime.ofInstant(read.updatedAt(), ZoneOffset.UTC));
            return statement.executeUpdate() == 1;
          }
        });
  }

  /**
   * The rows that mention the team are read and checked in full: the LIKE only narrows the search,
   * it decides nothing.
   */
  @Override
  public List<CheckIn> pausedCheckIns(String teamId) {
    List<String> texts =
        db.autoCommit(
            "find paused check-ins",
            c -> {
              try (PreparedStatement statement = c.prepareStatement(MENTIONING_TEAM)) {
                statement.setString(1, "%" + teamId + "%");
                List<String> found = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery()) {
                  while (rows.next()) {
                    found.add(rows.getString(1));
                  }
                }
                return found;
              }
            });
    List<CheckIn> paused = new ArrayList<>();
    for (String text : texts) {
      try {
        CheckIn checkIn = json.readValue(text, ConversationState.class).checkIn();
        if (checkIn != null && checkIn.paused() && checkIn.teamId().equals(teamId)) {
          paused.add(checkIn);
        }
      } catch (JsonProcessingException | RuntimeException unreadable) {
        // An unreadable row is skipped here; loading that conversation reports it.
      }
    }
    return paused;
  }

  /**
   * Deletes the conversations last written before {@code idleBefore} that hold nothing a later turn
   * would use: no check-in (in progress, paused or expired) and no team chosen, only a follow-up
   * context. Once that context is past its window such a row means the same as no row, and without
   * this every person who ever asked a question would keep one. Returns how many were deleted; a
   * few hundred rows a transaction, so a large backlog never holds a long one.
   */
  public int forgetIdle(Instant idleBefore) {
    OffsetDateTime before = OffsetDateTime.ofInstant(idleBefore, ZoneOffset.UTC);
    int forgotten = 0;
    while (true) {
      int[] round = db.write("forget idle conversations", c -> forgetSome(c, before));
      forgotten += round[1];
      if (round[0] < 500) {
        return forgotten;
      }
    }
  }

  /** One batch: {rows looked at, rows deleted}. */
  private int[] forgetSome(Connection c, OffsetDateTime before) throws SQLException {
    record Idle(ConversationKey key, OffsetDateTime updatedAt) {}
    List<Idle> idle = new ArrayList<>();
    int seen = 0;
    try (PreparedStatement statement = c.prepareStatement(IDLE)) {
      statement.setObject(1, before);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          seen++;
          ConversationKey key =
              new ConversationKey(
                  rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4));
          ConversationState state;
          try {
            state = json.readValue(rows.getString(5), ConversationState.class);
          } catch (JsonProcessingException | RuntimeException unreadable) {
            continue; // kept: loading that conversation reports it
          }
          if (state.checkIn() == null && state.teamId() == null && state.round() == null) {
            idle.add(new Idle(key, rows.getObject(6, OffsetDateTime.class)));
          }
        }
      }
    }
    int deleted = 0;
    try (PreparedStatement statement = c.prepareStatement(DELETE_UNCHANGED)) {
      for (Idle row : idle) {
        bindKey(statement, 1, row.key());
        statement.setObject(5, row.updatedAt());
        statement.addBatch();
      }
      if (!idle.isEmpty()) {
        for (int count : statement.executeBatch()) {
          deleted += Math.max(count, 0);
        }
      }
    }
    // A row read but kept (one the LIKEs let through) comes back in the next batch: stop at a
    // short batch or one that deleted nothing, rather than read the same rows again.
    return new int[] {seen == 500 && deleted > 0 ? 500 : 0, deleted};
  }

  private Optional<ConversationState> read(ConversationKey key, String text) {
    try {
      return Optional.of(json.readValue(text, ConversationState.class));
    } catch (JsonProcessingException | RuntimeException e) {
      // Never log the JSON or the exception message: both may quote what the person wrote.
      log.warn(
          "Stored state of conversation on {} could not be read ({}); starting it afresh",
          key.platform(),
          e.getClass().getSimpleName());
      return Optional.empty();
    }
  }

  /** The state as this store writes it in its row. */
  String asJson(ConversationState state) {
    return write(state);
  }

  private String write(ConversationState state) {
    try {
      return json.writeValueAsString(state);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("conversation state cannot be written as JSON", e);
    }
  }

  private static Optional<String> select(Connection c, ConversationKey key) throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(SELECT)) {
      bindKey(statement, 1, key);
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
      }
    }
  }

  private static int update(Connection c, ConversationKey key, String text, OffsetDateTime at)
      throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(UPDATE)) {
      statement.setString(1, text);
      statement.setObject(2, at);
      bindKey(statement, 3, key);
      return statement.executeUpdate();
    }
  }

  private static void insert(Connection c, ConversationKey key, String text, OffsetDateTime at)
      throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(INSERT)) {
      statement.setString(1, text);
      statement.setObject(2, at);
      bindKey(statement, 3, key);
      statement.executeUpdate();
    }
  }

  private static void bindKey(PreparedStatement statement, int first, ConversationKey key)
      throws SQLException {
    statement.setString(first, key.platform());
    statement.setString(first + 1, key.tenant());
    statement.setString(first + 2, key.channel());
    statement.setString(first + 3, key.user());
  }
}
