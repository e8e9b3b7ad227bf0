package org.pcref.app.terminal;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;
import org.pcref.app.framework.FrameworkFile;
import org.pcref.app.settings.Settings;
import org.pcref.app.storage.Database;
import org.pcref.app.storage.DatabaseSettings;
import org.pcref.app.storage.ServerLock;
import org.pcref.app.storage.StorageException;
import org.pcref.core.conversation.Assistant;
import org.pcref.core.conversation.ConversationStore;
import org.pcref.core.conversation.InMemoryConversationStore;
import org.pcref.core.message.PlainText;
import org.pcref.core.message.Reply;
import org.pcref.core.privacy.DataProtection;
import org.pcref.core.privacy.Handover;
import org.pcref.framework.Framework;
import org.pcref.framework.InvalidFrameworkException;

/**
 * Runs the terminal commands ({@code chat}, {@code ask}, {@code ask --jsonl}, {@code help}, and the
 * database's upkeep: {@code migrate}, {@code backup}, {@code restore}) with a bot wired by hand: no
 * Spring, so the first answer comes within a moment of launch. Only answers go to standard output;
 * problems go to standard error as one plain message, never a stack trace.
 */
public final class Terminal {

  static final int OK = 0;
  static final int FAILED = 1;
  static final int USAGE = 2;

  private final UnaryOperator<String> systemProperties;
  private final UnaryOperator<String> environment;

  /**
   * @param systemProperties the Java system properties, by name
   * @param environment the environment variables, by name
   */
  public Terminal(UnaryOperator<String> systemProperties, UnaryOperator<String> environment) {
    this.systemProperties = systemProperties;
    this.environment = environment;
  }

  /** A terminal that reads its settings from this process. */
  public static Terminal ofThisProcess() {
    return new Terminal(System::getProperty, System::getenv);
  }

  /** Runs the command in {@code args}; returns 0 done, 1 failed, 2 the command line is wrong. */
  public int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    try {
      Invocation command = CommandLine.parse(args);
      if (command.kind() == Invocation.Kind.HELP) {
        out.print(Usage.TEXT);
      } else if (command.upkeep()) {
        new Upkeep(Settings.of(systemProperties, environment), out).run(command);
      } else {
        execute(command, in, out);
      }
      return OK;
    } catch (UsageError e) {
      err.println("pcref-bot: " + e.getMessage());
      err.println();
      err.print(Usage.TEXT);
      return USAGE;
    } catch (InvalidFrameworkException e) {
      err.println(e.getMessage());
      return FAILED;
    } catch (UncheckedIOException
        | IllegalArgumentException
        | StorageException
        | ServerLock.DataFolderInUseException e) {
      err.println("pcref-bot: " + e.getMessage());
      return FAILED;
    } catch (RuntimeException e) {
      err.println("pcref-bot: stopped by an unexpected problem: " + e);
      return FAILED;
    } finally {
      out.flush();
      err.flush();
    }
  }

  private void execute(Invocation command, InputStream in, PrintStream out) {
    Settings settings = Settings.of(systemProperties, environment);
    // Opening the database and reading the framework take about as long as each other: do both at
    // once.
    CompletableFuture<Database> opening = openDatabase(settings.database(command.dataDir()));
    Framework framework;
    try {
      framework = FrameworkFile.load(frameworkFile(command));
    } catch (RuntimeException e) {
      opening.thenAccept(Database::close);
      throw e;
    }
    Clock clock = Clock.systemUTC();
    String user = command.user() != null ? command.user() : loginName();
    String channel = command.channel() != null ? command.channel() : TerminalConversation.DIRECT;
    try (Database database = opened(opening, settings.database(command.dataDir()))) {
      switch (command.kind()) {
        case CHAT -> {
          Assistant bot = assistant(framework, database, database.conversations(), settings, clock);
          new ChatSession(new TerminalConversation(bot, channel, user), out)
              .run(framework.name(), new InputLines(in));
        }
        case ASK -> {
          Assistant bot = assistant(framework, database, database.conversations(), settings, clock);
          answer(new TerminalConversation(bot, channel, user).replies(command.question()), out);
        }
        case ASK_JSON_LINES -> {
          // Each line is a conversation of its own: nothing it says is remembered for the next.
          Assistant bot =
              assistant(framework, database, new InMemoryConversationStore(), settings, clock);
          new JsonLines(line -> new TerminalConversation(bot, channel + "#" + line, user), out)
              .run(new InputLines(in));
        }
        default -> throw new IllegalStateException("not a terminal command: " + command.kind());
      }
    }
  }

  /**
   * One answer on standard output. An export is the file and nothing else, byte for byte, so that
   * {@code ask "export csv" > team.csv} makes a clean file even while a check-in is in progress.
   */
  private static void answer(List<Reply> replies, PrintStream out) {
    List<Reply.File> files =
        replies.stream()
            .map(reply -> reply instanceof Reply.ForChannel shared ? shared.reply() : reply)
            .filter(Reply.File.class::isInstance)
            .map(Reply.File.class::cast)
            .toList();
    if (files.isEmpty()) {
      out.println(PlainText.render(replies).text());
    } else {
      files.forEach(file -> out.print(file.content()));
    }
  }

  private static CompletableFuture<Database> openDatabase(DatabaseSettings settings) {
    return CompletableFuture.supplyAsync(() -> Database.open(settings));
  }

  private static Database opened(CompletableFuture<Database> opening, DatabaseSettings settings) {
    try {
      return opening.join();
    } catch (java.util.concurrent.CompletionException e) {
      throw new UncheckedIOException(
          "could not open the database " + where(settings) + ": " + rootMessage(e),
          new java.io.IOException(e));
    }
  }

  /** The database's URL without options or credentials. */
  private static String where(DatabaseSettings settings) {
    return settings.url().replaceAll("[;?].*$", "");
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message =
        root.getMessage() == null ? "" : root.getMessage().lines().findFirst().orElse("");
    return root instanceof java.io.IOException || message.isEmpty()
        ? root.getClass().getSimpleName() + (message.isEmpty() ? "" : " " + message)
        : message;
  }

  /** The {@code --framework} option wins over the setting; neither means the bundled framework. */
  private String frameworkFile(Invocation command) {
    return command.frameworkFile() != null
        ? command.frameworkFile()
        : FrameworkFile.fromProcess(systemProperties, environment);
  }

  private String loginName() {
    String name = systemProperties.apply("user.name");
    return name == null || name.isBlank() ? "someone" : name.strip();
  }

  /**
   * The bot on this database, keeping conversations in {@code conversations}; its replies say how
   * to reach a channel or a direct conversation from the terminal.
   */
  private static Assistant assistant(
      Framework framework,
      Database database,
      ConversationStore conversations,
      Settings settings,
      Clock clock) {
    Assistant bot =
        new Assistant(
            framework,
            conversations,
            database.teams(),
            database.nudges(),
            database.rounds(),
            settings.checkIns(),
            settings.rounds(),
            clock,
            protection(database, settings));
    bot.showWays(TerminalConversation.PLATFORM, TerminalConversation.WAYS);
    return bot;
  }

  /** The audit trail, a person's data and the admins, as the server has them. */
  private static DataProtection protection(Database database, Settings settings) {
    return new DataProtection(
        database.audit(), database.personalData(), settings.admins(), Handover.AS_FILES);
  }
}
