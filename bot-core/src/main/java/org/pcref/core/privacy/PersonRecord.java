package org.pcref.core.privacy;

import java.util.List;
import java.util.Objects;

/**
 * Everything the bot holds about one person, as tables: each named after what it holds (ratings,
 * notes, round answers, memberships, conversations), with its columns and rows as text.
 */
public record PersonRecord(PersonKey person, List<Table> tables) {

  public PersonRecord {
    Objects.requireNonNull(person, "person");
    tables = List.copyOf(tables);
  }

  public int rows() {
    return tables.stream().mapToInt(t -> t.rows().size()).sum();
  }

  /** One kind of data about the person. */
  public record Table(String name, List<String> columns, List<List<String>> rows) {
    public Table {
      Objects.requireNonNull(name, "name");
      columns = List.copyOf(columns);
      rows = rows.stream().map(List::copyOf).toList();
    }
  }
}
