package org.pcref.web;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pcref.core.privacy.Erasure;
import org.pcref.core.privacy.PersonKey;
import org.pcref.core.privacy.PersonRecord;
import org.pcref.core.privacy.PersonalData;

/** Bob's one rating with its note, as the database would give it, until he is erased. */
final class OnePersonsData implements PersonalData {

  static final PersonKey BOB = new PersonKey("teams", SampleTrust.TENANT, SampleTrust.BOB);

  private final Set<PersonKey> erased = new HashSet<>();

  @Override
  public synchronized PersonRecord export(PersonKey person) {
    if (!person.equals(BOB) || erased.contains(person)) {
      return new PersonRecord(person, List.of());
    }
    return new PersonRecord(
        person,
        List.of(
            new PersonRecord.Table(
                "ratings",
                List.of("team", "level", "note"),
                List.of(List.of("Ward 1 East", "Good", SampleTrust.SECRET_NOTE)))));
  }

  @Override
  public synchronized Erasure forget(PersonKey person, Instant at) {
    boolean known = person.equals(BOB) && erased.add(person);
    return new Erasure(known ? Map.of("ratings", 1) : Map.of());
  }
}
