package org.pcref.core.conversation;

import java.util.List;
import org.pcref.core.message.Choice;
import org.pcref.core.message.Reply;

/**
 * What a person's home shows (Slack's App Home tab), for the adapter to render: the team they work
 * with at a glance (or how to get a team), then the home's own buttons. The home is for looking:
 * cards are shown without their buttons; the home's buttons carry on in the person's direct message
 * with the bot.
 *
 * @param shown what the home shows, in order
 * @param buttons the home's own buttons, after what it shows
 */
public record Home(List<Reply> shown, List<Choice> buttons) {

  static final Choice START_CHECK_IN = Choice.ask("Start a check-in", "checkin");

  static final List<Choice> BUTTONS = List.of(START_CHECK_IN, Choice.ask("Ask a question", "help"));

  public Home {
    shown = List.copyOf(shown);
    buttons = List.copyOf(buttons);
  }

  /** A home showing {@code replies}, its cards without their buttons, and the home's buttons. */
  static Home showing(List<Reply> replies) {
    List<Reply> shown =
        replies.stream()
            .map(
                r ->
                    r instanceof Reply.Card c
                        ? new Reply.Card(
                            c.title(), c.subtitle(), c.sections(), c.footer(), List.of())
                        : r instanceof Reply.Grid g
                            ? new Reply.Grid(
                                g.title(), g.subtitle(), g.rows(), g.footer(), List.of())
                            : r)
            .toList();
    return new Home(shown, BUTTONS);
  }
}
