package org.pcref.core.team;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A ward, service or directorate team: its name, the workspace it belongs to, its people, the chat
 * channels linked to it and the directorate it sits in. Immutable: every change returns a new team.
 *
 * @param channels channel ids in this workspace; a channel belongs to at most one team
 * @param directorate the directorate (or service) the team belongs to, as its leads or an admin
 *     named it, for the board to group teams by; empty when nobody has said
 */
public record Team(
    String id,
    Workspace workspace,
    String name,
    Map<String, Person> people,
    List<String> channels,
    Instant createdAt,
    Optional<String> directorate) {

  /** The longest directorate name, in characters, as for a team's name. */
  public static final int LONGEST_DIRECTORATE = 80;

  public Team {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(workspace, "workspace");
    Objects.requireNonNull(name, "name");
    people = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(people));
    channels = List.copyOf(channels);
    Objects.requireNonNull(createdAt, "createdAt");
    directorate =
        directorate == null
            ? Optional.empty()
            : directorate.map(d -> d.strip().replaceAll("\\s+", " ")).filter(d -> !d.isEmpty());
  }

  /** A team in no directorate yet. */
  public Team(
      String id,
      Workspace workspace,
      String name,
      Map<String, Person> people,
      List<String> channels,
      Instant createdAt) {
    this(id, workspace, name, people, channels, createdAt, Optional.empty());
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
    return new Team(id, workspace, newName, people, channels, createdAt, directorate);
  }

  /** The team in this directorate; blank: in none. */
  public Team inDirectorate(String newDirectorate) {
    return new Team(
        id, workspace, name, people, channels, createdAt, Optional.ofNullable(newDirectorate));
  }

  public Team with(Person person) {
    Map<String, Person> changed = new LinkedHashMap<>(people);
    changed.put(person.id(), person);
    return new Team(id, workspace, name, changed, channels, createdAt, directorate);
  }

  public Team linking(String channel) {
    if (channels.contains(channel)) {
      return this;
    }
    List<String> changed = new ArrayList<>(channels);
    changed.add(channel);
    return new Team(id, workspace, name, people, changed, createdAt, directorate);
  }
}
