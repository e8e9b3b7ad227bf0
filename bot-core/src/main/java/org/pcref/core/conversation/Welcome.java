package org.pcref.core.conversation;

import java.util.ArrayList;
import java.util.List;
import org.pcref.core.message.Choice;
import org.pcref.core.message.Reply;

/**
 * The welcome when the bot is added to a conversation: the help card (example questions and
 * commands), with how to talk to the bot there and a button to start a check-in first.
 */
final class Welcome {

  private Welcome() {}

  static Reply.Card of(Reply.Card help, boolean direct) {
    String how =
        direct
            ? "Ask me anything about the framework here, or type checkin for a team check-in."
            : "In a channel, mention me first: @PCREF Bot what does Good mean for Co-Production?";
    List<Choice> choices = new ArrayList<>(help.choices());
    choices.add(0, Home.START_CHECK_IN);
    String subtitle = help.subtitle().isEmpty() ? how : help.subtitle() + "\n" + how;
    return new Reply.Card(
        "Welcome! " + help.title(), subtitle, help.sections(), help.footer(), choices);
  }
}
