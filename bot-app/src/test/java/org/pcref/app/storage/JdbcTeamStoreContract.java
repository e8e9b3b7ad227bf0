package org.pcref.app.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.pcref.core.team.Rating;
import org.pcref.core.team.Role;
import org.pcref.core.team.Team;
import org.pcref.core.team.TeamLevel;
import org.pcref.core.team.TeamStore;

/** The team store contract for {@link JdbcTeamStore}, and what only a database has to keep. */
abstract class JdbcTeamStoreContract extends TeamStoreContract {

  private DataSource dataSource;

  /** A database with the schema and no rows, for one test. */
  abstract DataSource emptyDatabase();

  @Override
  TeamStore emptyStore() {
    dataSource = emptyDatabase();
    return new JdbcTeamStore(dataSource);
  }

  @Override
  TeamStore anotherInstance() {
    return new JdbcTeamStore(dataSource);
  }

  @Test
  void keepsTheDataWhenTheMigrationsRunAgain() {
    Team team = team("t1", "Ward B", List.of("C1"), person("U1", "Amir", Role.LEAD));
    Rating rating =
        rating("r1", "t1", "co-production", TeamLevel.GOOD, Instant.parse("2026-05-01T10:00:00Z"));
    store.save(team);
    store.record(rating);

    Database.migrate(dataSource);
    Database.migrate(dataSource);

    assertThat(store.find("t1")).contains(team);
    assertThat(store.ratings("t1")).containsExactly(rating);
  }
}
