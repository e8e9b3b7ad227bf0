package org.pcref.app;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.pcref.app.server.BotServer;
import org.pcref.app.storage.Database;
import org.pcref.app.terminal.Terminal;
import org.pcref.app.terminal.TerminalLogging;

/**
 * The application's entry point. With no argument or {@code serve} it starts the chat server; any
 * other command ({@code chat}, {@code ask}, {@code help}) runs in the terminal without starting
 * Spring, so the first answer comes quickly.
 */
public final class PcrefBot {

  private static final String SERVE = "serve";

  private PcrefBot() {}

  public static void main(String[] args) {
    Database.shareOnLoopbackOnly();
    if (servesHttp(args)) {
      exitZeroOnTerm();
      int status = BotServer.start(serverArguments(args));
      if (status != 0) {
        System.exit(status);
      }
      return; // the web server's threads keep the process running
    }
    TerminalLogging.install(System.err);
    // UTF-8 whatever the locale: answers quote the framework's dashes and curly quotes, and JSON
    // lines must be UTF-8.
    PrintStream out =
        new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    int status = run(args, System.in, out, System.err);
    out.flush();
    System.exit(status);
  }

  /**
   * Runs one command as {@link #main} would, with the given streams, and returns its exit status: 0
   * done, 1 the framework file or the input could not be used, 2 the command line is wrong. A
   * {@code serve} command returns 0 once the server is up.
   */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    if (servesHttp(args)) {
      return BotServer.start(serverArguments(args));
    }
    return Terminal.ofThisProcess().run(args, in, out, err);
  }

  /**
   * SIGTERM is how a server is asked to stop (Kubernetes, systemd, docker stop): the server shuts
   * down gracefully and exits with 0, rather than the JVM's 143, which supervisors read as a crash.
   */
  @SuppressWarnings("restriction")
  private static void exitZeroOnTerm() {
    try {
      sun.misc.Signal.handle(new sun.misc.Signal("TERM"), signal -> System.exit(0));
    } catch (IllegalArgumentException | UnsupportedOperationException e) {
      // No SIGTERM here (not a POSIX system): the JVM's own handling stays.
    }
  }

  private static boolean servesHttp(String[] args) {
    return args.length == 0 || SERVE.equals(args[0]);
  }

  private static String[] serverArguments(String[] args) {
    return args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
  }
}
