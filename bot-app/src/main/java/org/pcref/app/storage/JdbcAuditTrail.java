package org.pcref.app.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.pcref.core.audit.AuditEntry;
import org.pcref.core.audit.AuditTrail;

/** The audit trail in the bot's database, shared by every instance. */
public final class JdbcAuditTrail implements AuditTrail {

  private static final String INSERT =
      "INSERT INTO audit_entries"
          + " (id, made_at, platform, tenant, by_id, by_name, action, team_id, detail)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private static final String LATEST =
      "SELECT id, made_at, platform, tenant, by_id, by_name, action, team_id, detail"
          + " FROM audit_entries ORDER BY made_at DESC, seq DESC";

  private final Transactions transactions;

  public JdbcAuditTrail(DataSource dataSource) {
    this.transactions = new Transactions(dataSource);
  }

  @Override
  public void record(AuditEntry entry) {
    try {
      transactions.autoCommit(
          "record an audit entry",
          connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
              insert.setString(1, entry.id());
              insert.setObject(2, OffsetDateTime.ofInstant(entry.at(), ZoneOffset.UTC));
              insert.setString(3, entry.platform());
              insert.setString(4, entry.tenant());
              insert.setString(5, entry.byId());
              insert.setString(6, entry.byName());
              insert.setString(7, entry.action());
              insert.setString(8, entry.teamId());
              insert.setString(9, clip(entry.detail()));
              return insert.executeUpdate();
            }
          });
    } catch (StorageException e) {
      if (!Transactions.isUniqueViolation(e)) {
        throw e;
      }
      // Recorded already, by this instance or another: once is what the trail wants.
    }
  }

  @Override
  public List<AuditEntry> latest(int limit) {
    return transactions.autoCommit(
        "read the audit trail",
        connection -> {
          try (PreparedStatement select = connection.prepareStatement(LATEST)) {
            select.setMaxRows(limit);
            try (ResultSet rows = select.executeQuery()) {
              List<AuditEntry> entries = new ArrayList<>();
              while (rows.next()) {
                entries.add(entry(rows));
              }
              return entries;
            }
          }
        });
  }

  @Override
  public int deleteBefore(Instant before) {
    return transactions.autoCommit(
        "delete old audit entries",
        connection -> {
          try (PreparedStatement delete =
              connection.prepareStatement("DELETE FROM audit_entries WHERE made_at < ?")) {
            delete.setObject(1, OffsetDateTime.ofInstant(before, ZoneOffset.UTC));
            return delete.executeUpdate();
          }
        });
  }

  private static AuditEntry entry(ResultSet row) throws SQLException {
    return new AuditEntry(
        row.getString(1),
        row.getObject(2, OffsetDateTime.class).toInstant(),
        row.getString(3),
        row.getString(4),
        row.getString(5),
        row.getString(6),
        row.getString(7),
        row.getString(8),
        row.getString(9));
  }

  private static String clip(String detail) {
    return detail.length() <= 4000 ? detail : detail.substring(0, 3999) + "…";
  }
}
