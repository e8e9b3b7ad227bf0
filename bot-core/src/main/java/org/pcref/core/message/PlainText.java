package org.pcref.core.message;

import java.util.ArrayList;
import java.util.List;

/**
 * Replies as plain text: what the terminal shows and {@code ask --jsonl} prints. The choices of the
 * latest message of a turn are numbered 1…n, whatever came before it in the turn; a number shown is
 * a number the bot takes: typed on its own, it picks that choice on every platform (see {@link
 * #numberedChoices}). Earlier replies of the turn, and a card whose items carry numbers of their
 * own (a checklist), show their choices by their words, which the bot takes as well.
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
    int latest = latestNumbered(replies);
    for (int i = 0; i < replies.size(); i++) {
      Reply each = replies.get(i);
      if (out.length() > 0) {
        out.append("\n\n");
      }
      Reply reply = unwrapped(each);
      if (reply instanceof Reply.File file) {
        out.append(file.content().stripTrailing());
        continue;
      }
      StringBuilder shown = new StringBuilder();
      if (reply instanceof Reply.Text text) {
        shown.append(text.text());
      } else if (reply instanceof Reply.Card card) {
        card(card, shown);
      } else if (reply instanceof Reply.Choices question) {
        shown.append(question.prompt());
      } else if (reply instanceof Reply.Checklist checklist) {
        PlainLayouts.checklist(checklist, shown);
      } else {
        PlainLayouts.table(reply, shown);
      }
      if (i == latest) {
        numbered(numberable(reply), choices, shown);
      } else {
        byWord(shownChoices(reply), shown);
      }
      out.append(withoutIsolates(shown.toString()));
    }
    return new Rendered(out.toString(), choices);
  }

  /**
   * Plain text is copied and pasted: the invisible marks that keep a right-to-left note from
   * reordering a card's line (U+2068, U+2069) would travel with it, so they are left out here. A
   * file is its content exactly as exported.
   */
  private static String withoutIsolates(String text) {
    if (text.indexOf('\u2068') < 0 && text.indexOf('\u2069') < 0) {
      return text;
    }
    return text.replace("\u2068", "").replace("\u2069", "");
  }

  private static Reply unwrapped(Reply each) {
    return each instanceof Reply.ForChannel shared ? shared.reply() : each;
  }

  /** The last reply of the turn with choices to number, or -1. */
  private static int latestNumbered(List<Reply> replies) {
    for (int i = replies.size() - 1; i >= 0; i--) {
      if (!numberable(unwrapped(replies.get(i))).isEmpty()) {
        return i;
      }
    }
    return -1;
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

  /** The choices of a turn's latest message, as {@link #render} numbers them: 1…n. */
  public static List<Choice> numberedChoices(List<Reply> replies) {
    int latest = latestNumbered(replies);
    return latest < 0 ? List.of() : numberable(unwrapped(replies.get(latest)));
  }

  /** The other choices a turn shows, by their words: of earlier replies, and of checklists. */
  public static List<Choice> choicesByWord(List<Reply> replies) {
    int latest = latestNumbered(replies);
    List<Choice> choices = new ArrayList<>();
    for (int i = 0; i < replies.size(); i++) {
      if (i != latest) {
        choices.addAll(shownChoices(unwrapped(replies.get(i))));
      }
    }
    return choices;
  }

  /** The choices a reply would number: none for a checklist, or a card whose items are numbered. */
  private static List<Choice> numberable(Reply reply) {
    if (reply instanceof Reply.Card card) {
      return card.numbered() ? card.choices() : List.of();
    } else if (reply instanceof Reply.Choices question) {
      return question.choices();
    }
    return choicesOf(reply);
  }

  /** Every choice a reply shows. */
  private static List<Choice> shownChoices(Reply reply) {
    if (reply instanceof Reply.Card card) {
      return card.choices();
    } else if (reply instanceof Reply.Checklist checklist) {
      return checklist.choices();
    }
    return numberable(reply);
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
