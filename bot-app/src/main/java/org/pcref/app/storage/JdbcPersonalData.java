package org.pcref.app.storage;

import java.time.Instant;
import java.util.function.BiConsumer;
import javax.sql.DataSource;
import org.pcref.core.privacy.Erasure;
import org.pcref.core.privacy.PersonKey;
import org.pcref.core.privacy.PersonRecord;
import org.pcref.core.privacy.PersonalData;

/**
 * A person's data in the bot's database: every table that holds a person's identity or words, read
 * for an export ({@link PersonRows}) and erased in one transaction ({@link PersonErasure}). A test
 * scans every table after an erasure, so a table added later without an entry here fails it.
 */
public final class JdbcPersonalData implements PersonalData {

  private final Transactions transactions;
  private final BiConsumer<PersonKey, Runnable> whileConversationsWait;

  /**
   * @param whileConversationsWait runs an erasure while conversations held in memory wait (and are
   *     read again afterwards); simply runs it when none are
   */
  JdbcPersonalData(DataSource dataSource, BiConsumer<PersonKey, Runnable> whileConversationsWait) {
    this.transactions = new Transactions(dataSource);
    this.whileConversationsWait = whileConversationsWait;
  }

  public JdbcPersonalData(DataSource dataSource) {
    this(dataSource, (person, erasure) -> erasure.run());
  }

  @Override
  public PersonRecord export(PersonKey person) {
    return transactions.read(
        "read a person's data", connection -> new PersonRows(connection, person).record());
  }

  @Override
  public Erasure forget(PersonKey person, Instant at) {
    Erasure[] erased = new Erasure[1];
    whileConversationsWait.accept(
        person,
        () ->
            erased[0] =
                transactions.write(
                    "erase a person's data",
                    connection -> new PersonErasure(connection, person).erase()));
    return erased[0];
  }
}
