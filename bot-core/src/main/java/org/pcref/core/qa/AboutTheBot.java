package org.pcref.core.qa;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pcref.core.message.Reply;
import org.pcref.framework.Framework;

/**
 * Questions about the bot itself ("how do I start a team round?"): answered by the bot's guide, or
 * from the help line of the command that does what is asked; never when the question quotes the
 * framework.
 */
final class AboutTheBot {

  private final CommandUsage usage;
  private final FrameworkPhrases phrases;

  AboutTheBot(Framework framework, List<String> help) {
    this.usage = new CommandUsage(help);
    this.phrases = new FrameworkPhrases(framework);
  }

  /**
   * A question about the bot: the guide's own answer, or the help line of the command that does
   * what is asked. A help line that shares more than one word with a "how do I" question answers it
   * over a guide's answer for another command; otherwise the guide, which says more, answers first.
   */
  Optional<Reply> answer(Question q, boolean namesNothing) {
    List<String> said = q.said();
    if (phrases.quoted(said)) {
      return Optional.empty(); // "where does it talk about you said we did"
    }
    Optional<BotGuide.Topic> guide = BotGuide.topic(q);
    Optional<CommandUsage.Found> help =
        namesNothing && !q.has(Cue.CONTACT) && CommandUsage.asksHow(said)
            ? usage.answer(said).filter(found -> found.score() >= 1.5 || !q.has(Cue.HELP))
            : Optional.empty();
    if (help.isPresent()
        && (guide.isEmpty()
            || (help.get().specific()
                && !sameCommand(guide.get().command(), help.get().command())))) {
      return Optional.of(help.get().reply());
    }
    return guide.map(BotGuide.Topic::reply);
  }

  private static boolean sameCommand(String a, String b) {
    return a.split(" ")[0].equals(b.split(" ")[0]);
  }

  /** Every command an answer about the bot tells people to type. */
  List<String> commandsNamed() {
    List<String> named = new ArrayList<>(usage.commands());
    named.addAll(BotGuide.commands());
    return named;
  }
}
