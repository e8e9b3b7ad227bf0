package org.pcref.core.command;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Commands registered in one place: which one a message is, and the help that lists them in the
 * order they were registered. A word belongs to one command only.
 */
public final class CommandRegistry<H> {

  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[?!.:]+$");
  private static final Pattern WORD = Pattern.compile("\\S+");

  private final List<Command<H>> commands;
  private final Map<List<String>, Command<H>> byWords = new HashMap<>();
  private final int longest;

  public CommandRegistry(List<Command<H>> commands) {
    this.commands = List.copyOf(commands);
    int most = 0;
    for (Command<H> command : this.commands) {
      for (String word : command.words()) {
        List<String> words = List.of(word.split(" "));
        if (byWords.putIfAbsent(words, command) != null) {
          throw new IllegalArgumentException("“" + word + "” is registered twice");
        }
        most = Math.max(most, words.size());
      }
    }
    this.longest = most;
  }

  /**
   * The command a message starts with, and what follows it; empty when the message is not a command
   * (it is a question). A leading slash is ignored, as Slack's slash commands send it; a one-word
   * command may end in punctuation ("team?"); a phrase must be typed with single spaces.
   */
  public Optional<Call<H>> readMessage(String message) {
    String stripped = message.strip();
    String clean = stripped.startsWith("/") ? stripped.substring(1) : stripped;
    String[] words = clean.split(" ", -1);
    for (int n = Math.min(longest, words.length); n >= 1; n--) {
      List<String> typed = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        typed.add(words[i].toLowerCase(Locale.ROOT));
      }
      if (n == 1) {
        typed.set(0, TRAILING_PUNCTUATION.matcher(typed.get(0)).replaceAll(""));
      }
      Command<H> command = byWords.get(typed);
      if (command != null) {
        int end = 0;
        for (int i = 0; i < n; i++) {
          end += words[i].length() + 1;
        }
        return Optional.of(
            new Call<>(command, end >= clean.length() ? "" : clean.substring(end).strip()));
      }
    }
    return Optional.empty();
  }

  /**
   * The command the words of {@code text} start with (the longest that fits), and the text after
   * those words; empty when they start with none. For what follows a command ({@code team add lead
   * alex}): words are taken as typed, whatever the spaces between them.
   */
  public Optional<Call<H>> readWords(String text) {
    List<String> words = Call.wordsOf(text);
    for (int n = Math.min(longest, words.size()); n >= 1; n--) {
      Command<H> command = byWords.get(words.subList(0, n));
      if (command != null) {
        return Optional.of(new Call<>(command, after(text, n)));
      }
    }
    return Optional.empty();
  }

  /** The text after its first {@code n} words. */
  private static String after(String text, int n) {
    Matcher word = WORD.matcher(text);
    int end = 0;
    for (int i = 0; i < n && word.find(); i++) {
      end = word.end();
    }
    return text.substring(end).strip();
  }

  /** The help's lines: each command's, in the order they were registered. */
  public List<String> help() {
    return commands.stream().flatMap(c -> c.help().stream()).toList();
  }

  public List<Command<H>> commands() {
    return commands;
  }
}
