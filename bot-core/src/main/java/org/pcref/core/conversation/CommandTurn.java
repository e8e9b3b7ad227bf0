package org.pcref.core.conversation;

import java.util.List;
import org.pcref.core.message.Inbound;
import org.pcref.core.message.Reply;
import org.pcref.core.team.Team;

/**
 * One of the bot's commands being carried out, and what it does (its handler).
 *
 * @param team the team the message is about, found before the command runs when the command needs
 *     one ({@link org.pcref.core.command.Who#needsTeam()}); null otherwise
 * @param argument what followed the command, as typed
 */
record CommandTurn(Inbound in, ConversationState state, Team team, String argument) {

  /** What a command does with the turn it was typed in. */
  @FunctionalInterface
  interface Handler {
    Router.Result handle(Features features, CommandTurn turn);
  }

  /** Replies that leave the conversation's state as it was. */
  Router.Result reply(List<Reply> replies) {
    return new Router.Result(replies, state);
  }
}
