package org.pcref.core.round;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.pcref.core.download.FileText;
import org.pcref.core.message.Reply;
import org.pcref.core.team.Team;
import org.pcref.core.team.TeamLevel;

/**
 * A team's rounds and their spreads as a CSV or JSON file. Only counts leave: no one's answer is
 * exported, named or not, and a spread below the privacy threshold is exported as its count alone.
 */
final class RoundExport {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final RoundStore store;
  private final Results results;
  private final RoundSettings settings;
  private final RoundCards cards;

  RoundExport(RoundStore store, Results results, RoundSettings settings, RoundCards cards) {
    this.store = store;
    this.results = results;
    this.settings = settings;
    this.cards = cards;
  }

  /** One row of the export: a competency of a round. */
  private record Row(Round round, Spread spread, Confirmation confirmed) {
    boolean shown(int fewest) {
      return spread.answered() >= fewest;
    }
  }

  Reply.File export(Team team, String format) {
    List<Row> rows = new ArrayList<>();
    for (Round round : store.rounds(team.id())) {
      List<Confirmation> confirmed = store.confirmations(round.id());
      for (String competencyId : round.competencyIds()) {
        rows.add(
            new Row(
                round,
                results.spread(round, competencyId),
                confirmed.stream()
                    .filter(c -> c.competencyId().equals(competencyId))
                    .findFirst()
                    .orElse(null)));
      }
    }
    return format.equals("json") ? json(team, rows) : csv(team, rows);
  }

  private Reply.File csv(Team team, List<Row> rows) {
    StringBuilder out =
        new StringBuilder(
            "team,round,opened_by,opened_at,closes_at,closed_at,closing,competency,answers,"
                + "not_yet_developing,developing,good,outstanding,median,views_differ,confirmed,confirmed_by\r\n");
    for (Row r : rows) {
      boolean shown = r.shown(settings.fewestToShow());
      List<String> cells = new ArrayList<>();
      cells.add(FileText.csvCell(team.name()));
      cells.add(FileText.csvCell(r.round().id()));
      cells.add(FileText.csvCell(r.round().openedByName()));
      cells.add(r.round().openedAt().toString());
      cells.add(r.round().closesAt().toString());
      cells.add(r.round().isOpen() ? "" : r.round().closedAt().toString());
      cells.add(r.round().isOpen() ? "open" : r.round().closing().name().toLowerCase(Locale.ROOT));
      cells.add(FileText.csvCell(cards.name(r.spread().competencyId())));
      cells.add(String.valueOf(r.spread().answered()));
      for (TeamLevel level : TeamLevel.values()) {
        cells.add(shown ? String.valueOf(r.spread().count(level)) : "");
      }
      cells.add(shown ? r.spread().median().label() : "");
      cells.add(shown ? (r.spread().differ() ? "yes" : "no") : "");
      cells.add(r.confirmed() == null ? "" : r.confirmed().level().label());
      cells.add(r.confirmed() == null ? "" : FileText.csvCell(r.confirmed().byName()));
      out.append(String.join(",", cells)).append("\r\n");
    }
    return new Reply.File(fileName(team, "csv"), "text/csv", out.toString());
  }

  private Reply.File json(Team team, List<Row> rows) {
    ObjectNode root = JSON.createObjectNode();
    root.put("team", team.name());
    ArrayNode rounds = root.putArray("rounds");
    ObjectNode current = null;
    for (Row r : rows) {
      if (current == null || !current.get("id").asText().equals(r.round().id())) {
        current = rounds.addObject();
        current.put("id", r.round().id());
        current.put("openedBy", r.round().openedByName());
        current.put("openedAt", r.round().openedAt().toString());
        current.put("closesAt", r.round().closesAt().toString());
        if (r.round().isOpen()) {
          current.putNull("closedAt");
        } else {
          current.put("closedAt", r.round().closedAt().toString());
        }
        current.put("namesShown", r.round().namesShown());
        current.putArray("competencies");
      }
      ObjectNode c = ((ArrayNode) current.get("competencies")).addObject();
      c.put("id", r.spread().competencyId());
      c.put("name", cards.name(r.spread().competencyId()));
      c.put("answers", r.spread().answered());
      if (r.shown(settings.fewestToShow())) {
        ObjectNode counts = c.putObject("counts");
        for (TeamLevel level : TeamLevel.values()) {
          counts.put(level.label(), r.spread().count(level));
        }
        c.put("median", r.spread().median().label());
        c.put("viewsDiffer", r.spread().differ());
        ArrayNode divergent = c.putArray("divergentDescriptors");
        r.spread().divergent().forEach(divergent::add);
      }
      if (r.confirmed() != null) {
        c.put("confirmed", r.confirmed().level().label());
        c.put("confirmedBy", r.confirmed().byName());
      }
    }
    try {
      return new Reply.File(
          fileName(team, "json"), "application/json", JSON.writeValueAsString(root) + "\n");
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String fileName(Team team, String extension) {
    String slug = FileText.slug(team.name());
    return "pcref-" + (slug.isEmpty() ? "team" : slug) + "-rounds." + extension;
  }
}
