package org.pcref.app.terminal;

import java.util.ArrayList;
import java.util.List;
import org.pcref.app.terminal.Invocation.Kind;

/**
 * Reads a terminal command line: {@code chat} or {@code ask}, then options ({@code --user NAME},
 * {@code --user=NAME}, ...) and, for {@code ask}, the question's words. Options may come before or
 * after the words; everything after {@code --} is a word.
 */
final class CommandLine {

  private final String commandName;
  private Kind kind;
  private boolean help;
  private String user;
  private String channel;
  private String frameworkFile;
  private String dataDir;
  private String to;
  private final List<String> words = new ArrayList<>();

  private CommandLine(String commandName) {
    this.commandName = commandName;
  }

  static Invocation parse(String[] args) throws UsageError {
    if (args.length == 0) {
      throw new UsageError("no command given");
    }
    String name = args[0];
    CommandLine line = new CommandLine(name);
    switch (name) {
      case "help", "--help", "-h" -> {
        return Invocation.help();
      }
      case "chat" -> line.kind = Kind.CHAT;
      case "ask" -> line.kind = Kind.ASK;
      case "migrate" -> line.kind = Kind.MIGRATE;
      case "backup" -> line.kind = Kind.BACKUP;
      case "restore" -> line.kind = Kind.RESTORE;
      default ->
          throw new UsageError(
              (name.startsWith("-") ? "unknown option '" : "unknown command '") + name + "'");
    }
    line.read(args);
    return line.command();
  }

  private void read(String[] args) throws UsageError {
    boolean onlyWords = false;
    for (int i = 1; i < args.length; i++) {
      String arg = args[i];
      if (onlyWords || !isOption(arg)) {
        words.add(arg);
      } else if (arg.equals("--")) {
        onlyWords = true;
      } else {
        int equals = arg.indexOf('=');
        String option = equals < 0 ? arg : arg.substring(0, equals);
        String inlineValue = equals < 0 ? null : arg.substring(equals + 1);
        if (takesValue(option)) {
          String value = inlineValue;
          if (value == null) {
            value = i + 1 < args.length && !isOption(args[i + 1]) ? args[++i] : null;
          }
          set(option, value);
        } else {
          flag(option, inlineValue);
        }
      }
    }
  }

  private static boolean isOption(String arg) {
    return arg.startsWith("--") || arg.equals("-h");
  }

  private static boolean takesValue(String option) {
    return option.equals("--user")
        || option.equals("--channel")
        || option.equals("--framework")
        || option.equals("--data")
        || option.equals("--to");
  }

  private void set(String option, String value) throws UsageError {
    if (value == null || value.isBlank()) {
      throw new UsageError(option + " needs a value, e.g. " + option + " " + example(option));
    }
    switch (option) {
      case "--user" -> user = value.strip();
      case "--channel" -> channel = value.strip();
      case "--data" -> dataDir = value.strip();
      case "--to" -> to = value.strip();
      default -> frameworkFile = value.strip();
    }
  }

  private static String example(String option) {
    return switch (option) {
      case "--user" -> "alex";
      case "--channel" -> "ward-7";
      case "--data" -> "/var/lib/pcref";
      case "--to" -> "jdbc:postgresql://db:5432/pcref";
      default -> "my-framework.yml";
    };
  }

  private void flag(String option, String inlineValue) throws UsageError {
    boolean known =
        option.equals("--help")
            || option.equals("-h")
            || (option.equals("--jsonl") && kind == Kind.ASK);
    if (!known) {
      throw new UsageError("unknown option '" + option + "' for " + commandName);
    }
    if (inlineValue != null) {
      throw new UsageError(option + " takes no value");
    }
    if (option.equals("--jsonl")) {
      kind = Kind.ASK_JSON_LINES;
    } else {
      help = true;
    }
  }

  private Invocation command() throws UsageError {
    if (help) {
      return Invocation.help();
    }
    String question = String.join(" ", words).strip();
    if (to != null && kind != Kind.MIGRATE) {
      throw new UsageError("--to is an option of migrate only");
    }
    switch (kind) {
      case MIGRATE -> {
        if (to == null || !words.isEmpty()) {
          throw new UsageError(
              "migrate needs the target and nothing else, e.g. migrate --to jdbc:postgresql://db:5432/pcref");
        }
        return new Invocation(kind, null, null, null, dataDir, null, to);
      }
      case BACKUP, RESTORE -> {
        String name = kind == Kind.BACKUP ? "backup" : "restore";
        if (words.size() != 1) {
          throw new UsageError(name + " needs one file, e.g. " + name + " pcref-backup.zip");
        }
        return new Invocation(kind, null, null, null, dataDir, null, words.get(0));
      }
      case CHAT -> {
        if (!words.isEmpty()) {
          throw new UsageError("chat takes no question: start it, then type your questions");
        }
        question = null;
      }
      case ASK -> {
        if (question.isEmpty()) {
          throw new UsageError("ask needs a question, e.g. ask \"define co-learning\"");
        }
      }
      case ASK_JSON_LINES -> {
        if (!words.isEmpty()) {
          throw new UsageError(
              "ask --jsonl reads its questions from standard input, one per line: leave out '"
                  + question
                  + "'");
        }
        question = null;
      }
    }
    return new Invocation(kind, user, channel, frameworkFile, dataDir, question, null);
  }
}
