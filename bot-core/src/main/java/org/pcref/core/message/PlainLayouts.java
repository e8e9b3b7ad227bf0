package org.pcref.core.message;

/**
 * The grid, summary, timeline and checklist as plain text: the same lines a reader scans in a chat
 * card, one per competency or entry, with the level in words.
 */
final class PlainLayouts {

  private PlainLayouts() {}

  /** A grid, summary or timeline, without its choices (the caller numbers them). */
  static void table(Reply reply, StringBuilder out) {
    if (reply instanceof Reply.Grid grid) {
      grid(grid, out);
    } else if (reply instanceof Reply.Summary summary) {
      summary(summary, out);
    } else if (reply instanceof Reply.Timeline timeline) {
      timeline(timeline, out);
    }
  }

  private static void grid(Reply.Grid grid, StringBuilder out) {
    heading(grid.title(), grid.subtitle(), out);
    out.append('\n');
    for (Reply.GridRow row : grid.rows()) {
      out.append("\n  • ").append(row.competency()).append(": ");
      if (row.who().isEmpty()) {
        out.append(row.level().word());
      } else {
        out.append(row.level().word()).append(" — ").append(row.who());
        out.append(", ").append(row.when());
      }
      if (row.overdue()) {
        out.append(" (due)");
      }
    }
    footer(grid.footer(), out);
  }

  private static void summary(Reply.Summary summary, StringBuilder out) {
    heading(summary.title(), summary.subtitle(), out);
    out.append("\n\nLevels:");
    for (Reply.Change change : summary.changes()) {
      out.append("\n  • ").append(change(change));
      if (!change.note().isEmpty()) {
        out.append("\n      – Note: ").append(change.note());
      }
    }
    for (Reply.Section section : summary.nextSteps()) {
      out.append("\n\n").append(section.heading()).append(':');
      for (Reply.Item item : section.items()) {
        out.append("\n  • ").append(item.text());
      }
    }
  }

  /** "Co-Production: Good (up, was Developing)", as the summary has always said it. */
  static String change(Reply.Change change) {
    String name = change.competency() + ": ";
    if (change.after() == null) {
      return name + Reply.Trend.SKIPPED.word();
    }
    String was = change.before() == null ? "" : ", was " + change.before().word();
    String how =
        switch (change.trend()) {
          case UP, DOWN -> "(" + change.trend().word() + was + ")";
          default -> "(" + change.trend().word() + ")";
        };
    return name + change.after().word() + " " + how;
  }

  private static void timeline(Reply.Timeline timeline, StringBuilder out) {
    heading(timeline.title(), "", out);
    out.append('\n');
    if (timeline.moments().isEmpty()) {
      out.append("\n  • ").append(timeline.empty());
      return;
    }
    out.append("\nNewest first:");
    for (Reply.Moment moment : timeline.moments()) {
      out.append("\n  • ").append(moment.level().word());
      out.append(" — ").append(moment.who()).append(", ").append(moment.when());
      if (!moment.how().isEmpty()) {
        out.append(" (").append(moment.how()).append(')');
      }
      if (!moment.note().isEmpty()) {
        out.append("\n      – Note: ").append(moment.note());
      }
    }
  }

  /** The checklist with every item numbered across the card, as it is answered by typing. */
  static void checklist(Reply.Checklist checklist, StringBuilder out) {
    heading(checklist.title(), checklist.subtitle(), out);
    for (Reply.TickGroup group : checklist.groups()) {
      out.append('\n');
      if (!group.heading().isEmpty()) {
        out.append('\n').append(group.heading()).append(':');
      }
      for (Reply.Tick tick : group.ticks()) {
        out.append("\n  ").append(tick.id()).append(". ").append(tick.text());
      }
    }
    footer(checklist.footer(), out);
  }

  private static void heading(String title, String subtitle, StringBuilder out) {
    out.append(title);
    if (!subtitle.isEmpty()) {
      out.append('\n').append(subtitle);
    }
  }

  private static void footer(String footer, StringBuilder out) {
    if (!footer.isEmpty()) {
      out.append("\n\n").append(footer);
    }
  }
}
