package org.pcref.core.team;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A ward, service or directorate team: its name, the workspace it belongs to, its people and the
 * chat channels linked to it. Immutable: every change returns a new team.
 *
 * @param channels channel ids in this workspace; a channel belongs to at most one team
 */
public record Team(
    String id,
    Workspace workspace,
    String name,
    Map<String, Person> people,
    List<String> channels,
    Instant createdAt) {

  public Team {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(workspace, "workspace");
    Objects.requireNonNull(name, "name");
    people = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(people));
    channels = List.copyOf(channels);
    Objects.requireNonNull(createdAt, "createdAt");
  }

  public Optional<Person> person(String userId) {
    return Optional.ofNullable(people.get(userId));
  }

  public boolean isLead(String userId) {
    return person(userId).map(p -> p.role() == Role.LEAD).orElse(false);
  }

  /** Leads and members; not people who were removed. */
  public boolean includes(String userId) {
    return person(userId).map(p -> p.role() != Role.REMOVED).orElse(false);
  }

  public boolean wasRemoved(String userId) {
    return person(userId).map(p -> p.role() == Role.REMOVED).orElse(false);
  }

  public List<Person> leads() {
    return people.values().stream().filter(p -> p.role() == Role.LEAD).toList();
  }

  public List<Person> members() {
    return people.values().stream().filter(p -> p.role() != Role.REMOVED).toList();
  }

  public Team named(String newName) {
    return new Team(id, workspace, newName, people, channels, createdAt);
  }

  public Team with(Person person) {
    Map<String, Person> changed = new LinkedHashMap<>(people);
    changed.put(person.id(), person);
    return new Team(id, workspace, name, changed, channels, createdAt);
  }

  public Team linking(String channel) {
    if (channels.contains(channel)) {
      return this;
    }
    List<String> changed = new ArrayList<>(channels);
    changed.add(channel);
    return new Team(id, workspace, name, people, changed, createdAt);
  }
}
