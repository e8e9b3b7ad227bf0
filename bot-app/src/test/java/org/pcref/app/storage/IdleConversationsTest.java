package org.pcref.app.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

/**
 * Conversations that carry nothing any more are forgotten, so the table holds the people who are in
 * the middle of something, not everyone who ever asked a question.
 */
class IdleConversationsTest {

  static final Instant NOW = Instant.parse("2026-06-10T14:03:07.250Z");
  static final Instant TWO_DAYS_AGO = NOW.minus(Duration.ofDays(2));

  @TempDir Path dataDir;
  private Database database;
  private JdbcConversationStore conversations;
  private IdleConversations idle;

  @BeforeEach
  void open() {
    database = Database.open(DatabaseSettings.embedded(dataDir));
    conversations = new JdbcConversationStore(database.dataSource());
    idle = new IdleConversations(database, Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @AfterEach
  void close() {
    idle.close();
    database.close();
  }

  @Test
  void shouldForgetAQuestionAskedDaysAgoAndKeepEverythingStillInUse() {
    ConversationKey askedLongAgo = key("U1");
    ConversationKey askedThisMorning = key("U2");
    ConversationKey pausedCheckIn = key("U3");
    ConversationKey choseATeam = key("U4");
    conversations.save(askedLongAgo, asked(TWO_DAYS_AGO));
    conversations.save(askedThisMorning, asked(NOW.minus(Duration.ofHours(5))));
    conversations.save(
        pausedCheckIn, asked(TWO_DAYS_AGO).withCheckIn(pausedCheckIn(), TWO_DAYS_AGO));
    conversations.save(choseATeam, asked(TWO_DAYS_AGO).withTeam("team-1", TWO_DAYS_AGO));

    int forgotten = idle.forget();

    assertThat(forgotten).isEqualTo(1);
    assertThat(conversations.load(askedLongAgo)).isEmpty();
    assertThat(conversations.load(askedThisMorning)).isPresent();
    assertThat(conversations.load(pausedCheckIn)).isPresent();
    assertThat(conversations.load(choseATeam)).isPresent();
  }

  @Test
  void shouldForgetEveryIdleConversationHoweverMany() {
    Map<ConversationKey, ConversationState> many = new LinkedHashMap<>();
    for (int i = 0; i < 1_234; i++) {
      many.put(key("U" + i), asked(TWO_DAYS_AGO));
    }
    conversations.saveAll(many);
    conversations.save(key("lead"), asked(TWO_DAYS_AGO).withTeam("team-1", TWO_DAYS_AGO));

    assertThat(idle.forget()).isEqualTo(1_234);
    assertThat(conversations.load(key("U0"))).isEmpty();
    assertThat(conversations.load(key("U1233"))).isEmpty();
    assertThat(conversations.load(key("lead"))).isPresent();
  }

  @Test
  void shouldLetAForgottenConversationStartAfreshWhenThePersonComesBack() {
    RememberedConversations remembered = new RememberedConversations(conversations, null);
    remembered.save(key("U1"), asked(TWO_DAYS_AGO));
    idle.forget();
    ConversationState next = asked(NOW);

    remembered.save(key("U1"), next);
    remembered.flush();

    assertThat(conversations.load(key("U1"))).contains(next);
  }

  private static ConversationKey key(String user) {
    return new ConversationKey("slack", "T001", "C1", user);
  }

  private static ConversationState asked(Instant at) {
    return ConversationState.fresh(at)
        .withQa(new QaContext("co-production", null, QaContext.Subject.DEFINITION), at);
  }

  private static CheckIn pausedCheckIn() {
    return new CheckIn(
        "c1",
        "team-1",
        "U3",
        TWO_DAYS_AGO,
        TWO_DAYS_AGO,
        List.of("co-production", "co-learning"),
        0,
        Step.CHOOSE_LEVEL,
        null,
        List.of(),
        List.of(new CompetencyAnswer("co-production", TeamLevel.GOOD, "We co-chair it.", null)),
        true,
        2);
  }
}
