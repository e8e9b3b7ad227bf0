package org.pcref.app.terminal;

import java.io.PrintStream;
import java.util.Locale;
import org.pcref.core.message.PlainText.Rendered;

/**
 * The terminal chat: a line typed is a message to the bot; a number picks that option of the last
 * answer; {@code quit}, {@code exit} or the end of input ends the chat.
 */
final class ChatSession {

  static final String PROMPT = "> ";

  private final TerminalConversation conversation;
  private final PrintStream out;

  ChatSession(TerminalConversation conversation, PrintStream out) {
    this.conversation = conversation;
    this.out = out;
  }

  void run(String frameworkName, InputLines in) {
    out.println(
        "PCREF Bot: ask me about the "
            + frameworkName
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
    // A number picks that option of the last answer: the bot reads it, as on every platform.
    show(conversation.say(typed));
  }

  private void show(Rendered answer) {
    out.println(answer.text());
    out.println();
  }

  private static boolean isQuit(String typed) {
    String word = typed.toLowerCase(Locale.ROOT);
    return word.equals("quit") || word.equals("exit");
  }
}
