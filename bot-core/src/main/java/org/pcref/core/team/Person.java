package org.pcref.core.team;

import java.util.Objects;

/** Someone in a team: their platform user id, the name to show, and their role. */
public record Person(String id, String name, Role role) {
  public Person {
    Objects.requireNonNull(id, "id");
    name = name == null || name.isBlank() ? id : name;
    Objects.requireNonNull(role, "role");
  }

  public Person as(Role newRole) {
    return new Person(id, name, newRole);
  }
}
