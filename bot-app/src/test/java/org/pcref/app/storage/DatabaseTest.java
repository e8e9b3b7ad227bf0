package org.pcref.app.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pcref.core.conversation.ConversationState;
import org.pcref.core.message.ConversationKey;
import org.pcref.core.team.Person;
import org.pcref.core.team.Rating;
import org.pcref.core.team.Role;
import org.pcref.core.team.Team;
import org.pcref.core.team.TeamLevel;
import org.pcref.core.team.Workspace;

class DatabaseTest {

  static final Workspace WORKSPACE = new Workspace("terminal", "local");
  static final Instant NOW = Instant.parse("2026-06-10T14:03:07Z");

  @TempDir Path dataDir;

  @Test
  void keepsTeamsRatingsAndConversationsAcrossARestart() {
    Team team =
        new Team(
            "t1",
            WORKSPACE,
            "Ward B",
            Map.of("alex", new Person("alex", "Alex", Role.LEAD)),
            List.of("terminal"),
            NOW);
    Rating rating =
        new Rating("r1", "t1", "co-production", TeamLevel.GOOD, "", "alex", "Alex", NOW, "c1");
    ConversationKey key = new ConversationKey("terminal", "local", "terminal", "alex");
    ConversationState state = ConversationState.fresh(NOW).withTeam("t1", NOW);
    try (Database database = Database.open(DatabaseSettings.embedded(dataDir))) {
      database.teams().save(team);
      database.teams().record(rating);
      database.conversations().save(key, state);
    }

    try (Database restarted = Database.open(DatabaseSettings.embedded(dataDir))) {
      assertThat(restarted.teams().findByChannel(WORKSPACE, "terminal")).contains(team);
      assertThat(restarted.teams().ratings("t1")).containsExactly(rating);
      assertThat(restarted.conversations().load(key)).contains(state);
    }
    assertThat(dataDir.resolve("pcref.mv.db")).exists();
  }

  @Test
  void opensAnUpToDateDatabaseAgainWithoutChangingIt() {
    try (Database first = Database.open(DatabaseSettings.embedded(dataDir))) {
      first
          .teams()
          .record(
              new Rating(
                  "r1", "t1", "co-production", TeamLevel.GOOD, "", "alex", "Alex", NOW, "c1"));
      Database.migrate(first.dataSource());
    }
    try (Database again = Database.open(DatabaseSettings.embedded(dataDir))) {
      assertThat(again.teams().ratings("t1")).extracting(Rating::id).containsExactly("r1");
    }
  }

  @Test
  void createsTheDataFolderWhenItIsMissing() {
    Path missing = dataDir.resolve("not/yet/there");

    try (Database database = Database.open(DatabaseSettings.embedded(missing))) {
      assertThat(database.teams().find("t1")).isEmpty();
    }
    assertThat(Files.isDirectory(missing)).isTrue();
  }

  @Test
  void usesTheEmbeddedFileUnderDataUnlessAUrlIsSet() {
    DatabaseSettings byDefault = DatabaseSettings.from(name -> null);
    DatabaseSettings elsewhere =
        DatabaseSettings.from(Map.of(DatabaseSettings.DATA_DIR, "/var/lib/pcref")::get);
    DatabaseSettings postgres =
        DatabaseSettings.from(
            Map.of(
                    DatabaseSettings.URL, "jdbc:postgresql://db:5432/pcref?ssl=true",
                    DatabaseSettings.USER, "bot",
                    DatabaseSettings.PASSWORD, "secret")
                ::get);

    assertThat(byDefault.url())
        .isEqualTo(
            "jdbc:h2:file:"
                + Path.of("data").toAbsolutePath()
                + "/pcref;AUTO_SERVER=TRUE;TRACE_LEVEL_FILE=0;WRITE_DELAY=0");
    assertThat(byDefault.isEmbedded()).isTrue();
    assertThat(elsewhere.url()).startsWith("jdbc:h2:file:/var/lib/pcref/pcref;");
    assertThat(postgres.isEmbedded()).isFalse();
    assertThat(postgres.user()).isEqualTo("bot");
    assertThat(postgres.password()).isEqualTo("secret");
    assertThat(postgres.toString())
        .doesNotContain("secret")
        .doesNotContain("ssl")
        .contains("jdbc:postgresql://db:5432/pcref");
  }
}
