package org.pcref.framework;

import java.util.List;
import java.util.Optional;

/** A cultural-competency framework: its name and its competencies in the order it lists them. */
public record Framework(String name, List<Competency> competencies) {

  public Framework {
    competencies = List.copyOf(competencies);
  }

  public Optional<Competency> competency(String id) {
    return competencies.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  public List<Competency> competencies(Scope scope) {
    return competencies.stream().filter(c -> c.scope() == scope).toList();
  }
}
