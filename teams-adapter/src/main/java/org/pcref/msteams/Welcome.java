package org.pcref.msteams;

import java.util.ArrayList;
import java.util.List;
import org.pcref.core.message.Choice;
import org.pcref.core.message.Reply;

/**
 * The welcome when the app is installed: the core's own help card (example questions and
 * commands), with how to talk to the bot where it was installed and a button to start a check-in.
 */
final class Welcome {

  static final String START_CHECK_IN = "Start a check-in";

  private Welcome() {}

  static Reply.Card of(Reply.Card help, boolean personal) {
    String how =
        personal
            ? "Ask me anything about the framework here, or type checkin for a team check-in."
            : "In a channel, mention me first: @PCREF Bot what does Good mean for Co-Production?";
    List<Choice> choices = new ArrayList<>(help.choices());
    choices.add(0, Choice.ask(START_CHECK_IN, "checkin"));
    String subtitle = help.subtitle().isEmpty() ? how : help.subtitle() + "\n" + how;
    return new Reply.Card("Welcome! " + help.title(), subtitle, help.sections(), help.footer(), choices);
  }
}
