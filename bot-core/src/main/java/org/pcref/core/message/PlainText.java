package org.pcref.core.message;

import java.util.ArrayList;
import java.util.List;

/**
 * Replies as plain text, choices numbered across the whole turn: what the terminal shows and {@code
 * ask --jsonl} prints. A number shown is a number the bot takes: typed on its own, it picks that
 * choice on every platform (see {@link #numberedChoices}). A card whose items carry numbers of
 * their own (a checklist) shows its choices by their words instead.
 */
public final class PlainText {

  /**
   * The text of a turn and its choices; choice {@code n} in the text is {@code choices.get(n - 1)}.
   */
  public record Rendered(String text, List<Choice> choices) {
    public Rendered {
      choices = List.copyOf(choices);
    }
  }

  private PlainText() {}

  public static Rendered render(List<Reply> replies) {
    StringBuilder out = new StringBuilder();
    List<Choice> choices = new ArrayList<>();
    for (Reply each : replies) {
      if (out.length() > 0) {
        out.append("\n\n");
      }
      Reply reply = each instanceof Reply.ForChannel shared ? shared.reply() : each;
      if (reply instanceof Reply.File file) {
        out.append(file.content().stripTrailing());
      } else if (reply instanceof Reply.Text text) {
        out.append(text.text());
      } else if (reply instanceof Reply.Card card) {
        card(card, out);
        if (card.numbered()) {
          numbered(card.choices(), choices, out);
        } else {
          byWord(card.choices(), out);
        }
      } else if (reply instanceof Reply.Choices question) {
        out.append(question.prompt());
        numbered(question.choices(), choices, out);
      } else if (reply instanceof Reply.Checklist checklist) {
        PlainLayouts.checklist(checklist, out);
        byWord(checklist.choices(), out);
      } else {
        PlainLayouts.table(reply, out);
        numbered(choicesOf(reply), choices, out);
      }
    }
    return new Rendered(out.toString(), choices);
  }

  private static void card(Reply.Card card, StringBuilder out) {
    out.append(card.title());
    if (!card.subtitle().isEmpty()) {
      out.append('\n').append(card.subtitle());
    }
    for (Reply.Section section : card.sections()) {
      out.append('\n');
      if (!section.heading().isEmpty()) {
        out.append('\n').append(section.heading()).append(':');
      }
      for (Reply.Item item : section.items()) {
        out.append("\n  • ").append(item.text());
        for (String sub : item.subItems()) {
          out.append("\n      – ").append(sub);
        }
      }
    }
    if (!card.footer().isEmpty()) {
      out.append("\n\n").append(card.footer());
    }
  }

  /**
   * The choices of a turn in the order {@link #render} numbers them, without rendering the text.
   */
  public static List<Choice> numberedChoices(List<Reply> replies) {
    List<Choice> choices = new ArrayList<>();
    for (Reply each : replies) {
      Reply reply = each instanceof Reply.ForChannel shared ? shared.reply() : each;
      if (reply instanceof Reply.Card card && card.numbered()) {
        choices.addAll(card.choices());
      } else if (reply instanceof Reply.Choices question) {
        choices.addAll(question.choices());
      } else {
        choices.addAll(choicesOf(reply));
      }
    }
    return choices;
  }

  /** The numbered choices of a grid, a summary or a timeline; none for the other kinds. */
  private static List<Choice> choicesOf(Reply reply) {
    if (reply instanceof Reply.Grid grid) {
      return grid.choices();
    } else if (reply instanceof Reply.Summary summary) {
      return summary.choices();
    } else if (reply instanceof Reply.Timeline timeline) {
      return timeline.choices();
    }
    return List.of();
  }

  private static void byWord(List<Choice> offered, StringBuilder out) {
    if (offered.isEmpty()) {
      return;
    }
    out.append('\n');
    for (Choice choice : offered) {
      out.append("\n  – ").append(choice.label());
    }
  }

  private static void numbered(List<Choice> offered, List<Choice> all, StringBuilder out) {
    if (offered.isEmpty()) {
      return;
    }
    out.append('\n');
    for (Choice choice : offered) {
      all.add(choice);
      out.append("\n  [").append(all.size()).append("] ").append(choice.label());
    }
  }
}
