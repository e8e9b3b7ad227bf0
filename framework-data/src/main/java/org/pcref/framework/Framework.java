package org.pcref.framework;

import java.util.List;
import java.util.Optional;

/**
 * A cultural-competency framework: its name, its competencies in the order it lists them, whom to
 * contact about it (as the framework document gives it, or "" when the file gives none), and the
 * words staff use for the framework's own ({@code synonyms}: groups of words that mean the same for
 * a search, such as "QI" and "quality improvement").
 */
public record Framework(
    String name, List<Competency> competencies, String contact, List<List<String>> synonyms) {

  public Framework {
    competencies = List.copyOf(competencies);
    contact = contact == null ? "" : contact;
    synonyms = synonyms == null ? List.of() : synonyms.stream().map(List::copyOf).toList();
  }

  /** A framework that names no contact and has no synonyms. */
  public Framework(String name, List<Competency> competencies) {
    this(name, competencies, "", List.of());
  }

  public Optional<Competency> competency(String id) {
    return competencies.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  public List<Competency> competencies(Scope scope) {
    return competencies.stream().filter(c -> c.scope() == scope).toList();
  }
}
