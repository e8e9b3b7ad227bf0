package org.pcref.app.terminal;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.pcref.core.message.Choice;
import org.pcref.core.message.PlainText.Rendered;

/**
 * The terminal chat: a line typed is a message to the bot; a number picks that option of the last
 * answer; {@code quit}, {@code exit} or the end of input ends the chat.
 */
final class ChatSession {

  static final String PROMPT = "> ";

  private final TerminalConversation conversation;
  private final PrintStream out;
  private List<Choice> lastChoices = List.of();

  ChatSession(TerminalConversation conversation, PrintStream out) {
    this.conversation = conversation;
    this.out = out;
  }

  void run(String frameworkName, InputLines in) {
    out.println("PCREF Bot: ask me about the " + frameworkName
        + ". Type a number to pick an option, quit to leave.");
    out.println();
    show(conversation.say("help"));
    for (String line = prompt(in); line != null; line = prompt(in)) {
      String typed = line.strip();
      if (isQuit(typed)) {
        return;
      }
      if (!typed.isEmpty()) {
        answer(typed);
      }
    }
    out.println();
  }

  private String prompt(InputLines in) {
    out.print(PROMPT);
    out.flush();
    return in.next();
  }

  private void answer(String typed) {
    Integer number = number(typed);
    if (number == null) {
      show(conversation.say(typed));
    } else if (lastChoices.isEmpty()) {
      out.println("There are no options to pick from: type a question.");
      out.println();
    } else if (number < 1 || number > lastChoices.size()) {
      out.println("There is no option " + typed + ": pick 1 to " + lastChoices.size()
          + ", or type a question.");
      out.println();
    } else {
      show(conversation.pick(lastChoices.get(number - 1)));
    }
  }

  private void show(Rendered answer) {
    out.println(answer.text());
    out.println();
    lastChoices = answer.choices();
  }

  private static boolean isQuit(String typed) {
    String word = typed.toLowerCase(Locale.ROOT);
    return word.equals("quit") || word.equals("exit");
  }

  /** The option number typed, or null when the line is not a plain number. */
  private static Integer number(String typed) {
    if (typed.isEmpty() || typed.length() > 6 || !typed.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return null;
    }
    return Integer.valueOf(typed);
  }
}
