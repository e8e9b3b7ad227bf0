package org.pcref.app.storage;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Secrets the bot makes for itself and keeps in its database (table {@code bot_secrets}), so that
 * every instance sharing the database holds the same one, and it outlives a restart. The first to
 * need a secret makes it; should two make one at the same moment, the primary key keeps the first
 * and the other reads it. Never logged.
 */
public final class JdbcBotSecrets {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Transactions db;
  private final Clock clock;

  JdbcBotSecrets(DataSource dataSource, Clock clock) {
    this.db = new Transactions(dataSource);
    this.clock = clock;
  }

  /** The secret of this name, made now of {@code bytes} random bytes if there is none yet. */
  public byte[] secret(String name, int bytes) {
    Optional<byte[]> stored = db.autoCommit("read a secret", c -> read(c, name));
    if (stored.isPresent()) {
      return stored.get();
    }
    byte[] made = new byte[bytes];
    RANDOM.nextBytes(made);
    try {
      db.autoCommit(
          "keep a secret",
          c -> {
            insert(c, name, made);
            return null;
          });
      return made;
    } catch (StorageException e) {
      if (!Transactions.isUniqueViolation(e)) {
        throw e;
      }
      // Another instance kept one a moment ago: use theirs.
      return db.autoCommit("read a secret", c -> read(c, name)).orElseThrow(() -> e);
    }
  }

  private static Optional<byte[]> read(Connection c, String name) throws SQLException {
    try (PreparedStatement statement =
        c.prepareStatement("SELECT secret FROM bot_secrets WHERE name = ?")) {
      statement.setString(1, name);
      try (ResultSet row = statement.executeQuery()) {
        return row.next()
            ? Optional.of(Base64.getDecoder().decode(row.getString(1)))
            : Optional.empty();
      }
    }
  }

  private void insert(Connection c, String name, byte[] secret) throws SQLException {
    try (PreparedStatement statement =
        c.prepareStatement("INSERT INTO bot_secrets (name, secret, created_at) VALUES (?, ?, ?)")) {
      statement.setString(1, name);
      statement.setString(2, Base64.getEncoder().encodeToString(secret));
      statement.setObject(3, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
      statement.executeUpdate();
    }
  }
}
