package org.pcref.core.privacy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Personal data that holds one rating per person asked about, and remembers who was erased. */
final class RecordingPersonalData implements PersonalData {

  final List<PersonKey> exported = new ArrayList<>();
  final List<PersonKey> forgotten = new ArrayList<>();

  @Override
  public synchronized PersonRecord export(PersonKey person) {
    exported.add(person);
    if (forgotten.contains(person)) {
      return new PersonRecord(person, List.of());
    }
    return new PersonRecord(
        person,
        List.of(
            new PersonRecord.Table(
                "ratings",
                List.of("team", "competency", "level", "note"),
                List.of(List.of("Ward 7", "workforce", "Good", "=our rota, \"shared\"")))));
  }

  @Override
  public synchronized Erasure forget(PersonKey person, Instant at) {
    forgotten.add(person);
    return new Erasure(Map.of("ratings", 1, "conversations", 1));
  }
}
