package org.pcref.framework;

import java.util.List;
import java.util.Optional;

/**
 * A cultural-competency framework: its name, its competencies in the order it lists them, and whom
 * to contact about it (as the framework document gives it, or "" when the file gives none).
 */
public record Framework(String name, List<Competency> competencies, String contact) {

  public Framework {
    competencies = List.copyOf(competencies);
    contact = contact == null ? "" : contact;
  }

  /** A framework that names no contact. */
  public Framework(String name, List<Competency> competencies) {
    this(name, competencies, "");
  }

  public Optional<Competency> competency(String id) {
    return competencies.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  public List<Competency> competencies(Scope scope) {
    return competencies.stream().filter(c -> c.scope() == scope).toList();
  }
}
