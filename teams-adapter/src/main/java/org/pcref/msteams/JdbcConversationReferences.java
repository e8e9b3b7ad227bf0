package org.pcref.msteams;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import javax.sql.DataSource;
import org.pcref.core.message.Address;

/**
 * Conversation references in the bot's database (table {@code teams_conversation_reference},
 * created by this module's {@code db/migration/V4__teams.sql}), with plain JDBC and SQL that runs
 * on H2 and PostgreSQL.
 */
public final class JdbcConversationReferences implements ConversationReferences {

  private static final String UPDATE =
      "UPDATE teams_conversation_reference SET reference_json = ?, active = TRUE, updated_at = ?"
          + " WHERE tenant_id = ? AND conversation_id = ? AND user_id = ?";
  private static final String INSERT =
      "INSERT INTO teams_conversation_reference"
          + " (tenant_id, conversation_id, user_id, reference_json, active, updated_at)"
          + " VALUES (?, ?, ?, ?, TRUE, ?)";
  private static final String FIND_CHANNEL =
      "SELECT tenant_id, conversation_id, user_id, reference_json FROM teams_conversation_reference"
          + " WHERE tenant_id = ? AND conversation_id = ? AND user_id = '' AND active = TRUE";
  private static final String FIND_PERSON =
      "SELECT tenant_id, conversation_id, user_id, reference_json FROM teams_conversation_reference"
          + " WHERE tenant_id = ? AND user_id = ? AND active = TRUE ORDER BY updated_at DESC";
  private static final String DEACTIVATE =
      "UPDATE teams_conversation_reference SET active = FALSE, updated_at = ?"
          + " WHERE tenant_id = ? AND conversation_id = ? AND user_id = ?";
  private static final String ANY_ACTIVE =
      "SELECT 1 FROM teams_conversation_reference WHERE tenant_id = ? AND active = TRUE LIMIT 1";

  private final DataSource dataSource;
  private final Clock clock;

  public JdbcConversationReferences(DataSource dataSource, Clock clock) {
    this.dataSource = dataSource;
    this.clock = clock;
  }

  @Override
  public void save(StoredReference r) {
    Timestamp now = Timestamp.from(clock.instant());
    try (Connection c = dataSource.getConnection()) {
      if (update(c, r, now) == 0) {
        try (PreparedStatement insert = c.prepareStatement(INSERT)) {
          insert.setString(1, r.tenant());
          insert.setString(2, r.conversation());
          insert.setString(3, r.user());
          insert.setString(4, r.json());
          insert.setTimestamp(5, now);
          insert.executeUpdate();
        } catch (SQLException duplicate) {
          // Another instance inserted the same reference a moment ago: replace it instead.
          if (update(c, r, now) == 0) {
            throw duplicate;
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not save a Teams conversation reference", e);
    }
  }

  private static int update(Connection c, StoredReference r, Timestamp now) throws SQLException {
    try (PreparedStatement update = c.prepareStatement(UPDATE)) {
      update.setString(1, r.json());
      update.setTimestamp(2, now);
      update.setString(3, r.tenant());
      update.setString(4, r.conversation());
      update.setString(5, r.user());
      return update.executeUpdate();
    }
  }

  @Override
  public Optional<StoredReference> find(Address address) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement select =
            c.prepareStatement(address.isDirect() ? FIND_PERSON : FIND_CHANNEL)) {
      select.setString(1, address.tenant());
      select.setString(2, address.isDirect() ? address.user() : address.channel());
      try (ResultSet rows = select.executeQuery()) {
        if (!rows.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new StoredReference(
                rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4)));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read a Teams conversation reference", e);
    }
  }

  @Override
  public void deactivate(StoredReference r) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement update = c.prepareStatement(DEACTIVATE)) {
      update.setTimestamp(1, Timestamp.from(clock.instant()));
      update.setString(2, r.tenant());
      update.setString(3, r.conversation());
      update.setString(4, r.user());
      update.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not deactivate a Teams conversation reference", e);
    }
  }

  @Override
  public boolean anyActive(String tenant) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement select = c.prepareStatement(ANY_ACTIVE)) {
      select.setString(1, tenant);
      try (ResultSet rows = select.executeQuery()) {
        return rows.next();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the Teams conversation references", e);
    }
  }
}
