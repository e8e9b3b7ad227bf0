package org.pcref.framework;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks the competencies against each other: an id names one competency, and what a user types (an
 * alias) must lead to one competency only.
 */
final class CompetencyClashes {

  /** A competency read from the file, with the label problems use for it. */
  record Entry(String label, Competency competency) {}

  private final Problems problems;

  CompetencyClashes(Problems problems) {
    this.problems = problems;
  }

  void check(List<Entry> entries) {
    checkIds(entries);
    checkAliases(entries);
  }

  private void checkIds(List<Entry> entries) {
    Map<String, Integer> firstPosition = new HashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      String id = entries.get(i).competency().id();
      Integer first = id.isEmpty() ? null : firstPosition.putIfAbsent(id, i + 1);
      if (first != null) {
        problems.add(
            entries.get(i).label(),
            "id '"
                + id
                + "' is used by more than one competency"
                + " (#"
                + first
                + " and #"
                + (i + 1)
                + ")");
      }
    }
  }

  private void checkAliases(List<Entry> entries) {
    Map<String, Entry> owners = new HashMap<>();
    for (Entry entry : entries) {
      for (String alias : entry.competency().aliases()) {
        Entry owner = owners.putIfAbsent(alias, entry);
        if (owner != null) {
          problems.add(entry.label(), "alias '" + alias + "' is also an alias of " + owner.label());
        }
      }
    }
    for (Entry entry : entries) {
      for (Entry other : entries) {
        if (other != entry) {
          checkAliasesAgainstNameAndId(entry, other);
        }
      }
    }
  }

  private void checkAliasesAgainstNameAndId(Entry entry, Entry other) {
    String name = CompetencyReader.normaliseAlias(other.competency().name());
    String id = other.competency().id();
    for (String alias : entry.competency().aliases()) {
      if (alias.equals(name)) {
        problems.add(entry.label(), "alias '" + alias + "' is the name of " + other.label());
      } else if (alias.equals(id)) {
        problems.add(entry.label(), "alias '" + alias + "' is the id of " + other.label());
      }
    }
  }
}
