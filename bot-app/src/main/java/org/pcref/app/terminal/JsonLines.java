package org.pcref.app.terminal;

import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.util.function.IntFunction;
import org.pcref.core.message.Choice;
import org.pcref.core.message.PlainText.Rendered;

/**
 * {@code ask --jsonl}: every line of input is a question in a conversation of its own, and gets
 * exactly one JSON object on one line of output, in the same order: {@code {"question": ...,
 * "text": ..., "choices": [...]}}.
 */
final class JsonLines {

  private static final ObjectMapper JSON =
      new ObjectMapper(new JsonFactoryBuilder().characterEscapes(new LineBreakEscapes()).build());

  private final IntFunction<TerminalConversation> conversationForLine;
  private final PrintStream out;

  /**
   * @param conversationForLine a new conversation for the line with this number, counting from 1
   */
  JsonLines(IntFunction<TerminalConversation> conversationForLine, PrintStream out) {
    this.conversationForLine = conversationForLine;
    this.out = out;
  }

  void run(InputLines in) {
    int number = 0;
    for (String question = in.next(); question != null && !out.checkError(); question = in.next()) {
      number++;
      Rendered answer = conversationForLine.apply(number).say(question);
      out.println(json(question, answer));
    }
    out.flush();
  }

  private static String json(String question, Rendered answer) {
    ObjectNode line = JSON.createObjectNode();
    line.put("question", question);
    line.put("text", answer.text());
    ArrayNode choices = line.putArray("choices");
    for (Choice choice : answer.choices()) {
      choices.add(choice.label());
    }
    try {
      return JSON.writeValueAsString(line);
    } catch (JsonProcessingException e) {
      // A tree of plain strings always serialises; this would be a bug in Jackson.
      throw new IllegalStateException("cannot write a JSON line", e);
    }
  }

  /**
   * Besides the control characters JSON escapes anyway, escapes the Unicode line breaks (NEL, line
   * and paragraph separators), which some line readers split on, so that every object stays on one
   * line whatever reads it.
   */
  private static final class LineBreakEscapes extends CharacterEscapes {

    private static final long serialVersionUID = 1L;

    @Override
    public int[] getEscapeCodesForAscii() {
      return standardAsciiEscapesForJSON();
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return ch == 0x85 || ch == 0x2028 || ch == 0x2029
          ? new SerializedString(String.format("\\u%04x", ch))
          : null;
    }
  }
}
