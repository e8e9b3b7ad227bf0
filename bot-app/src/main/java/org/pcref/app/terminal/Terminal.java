package org.pcref.app.terminal;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.function.UnaryOperator;
import org.pcref.app.framework.FrameworkFile;
import org.pcref.core.conversation.Bot;
import org.pcref.core.conversation.InMemoryConversationStore;
import org.pcref.framework.Framework;
import org.pcref.framework.InvalidFrameworkException;

/**
 * Runs the terminal commands ({@code chat}, {@code ask}, {@code ask --jsonl}, {@code help}) with a
 * bot wired by hand: no Spring, so the first answer comes within a moment of launch. Only answers
 * go to standard output; problems go to standard error as one plain message, never a stack trace.
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
      Command command = CommandLine.parse(args);
      if (command.kind() == Command.Kind.HELP) {
        out.print(Usage.TEXT);
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
    } catch (UncheckedIOException e) {
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

  private void execute(Command command, InputStream in, PrintStream out) {
    Framework framework = FrameworkFile.load(frameworkFile(command));
    Bot bot = new Bot(framework, new InMemoryConversationStore(), Clock.systemUTC());
    String user = command.user() != null ? command.user() : loginName();
    String channel = command.channel() != null ? command.channel() : TerminalConversation.DIRECT;
    switch (command.kind()) {
      case CHAT -> new ChatSession(new TerminalConversation(bot, channel, user), out)
          .run(framework.name(), new InputLines(in));
      case ASK -> out.println(new TerminalConversation(bot, channel, user).say(command.question()).text());
      case ASK_JSON_LINES -> new JsonLines(line -> new TerminalConversation(bot, channel + "#" + line, user), out)
          .run(new InputLines(in));
    }
  }

  /** The {@code --framework} option wins over the setting; neither means the bundled framework. */
  private String frameworkFile(Command command) {
    return command.frameworkFile() != null
        ? command.frameworkFile()
        : FrameworkFile.fromProcess(systemProperties, environment);
  }

  private String loginName() {
    String name = systemProperties.apply("user.name");
    return name == null || name.isBlank() ? "someone" : name.strip();
  }
}
