package org.pcref.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar that {@code mvn package} builds, run as a person would: {@code java -jar pcref-bot.jar}.
 */
class PackagedJarIT {

  private static final Path JAR = Path.of(System.getProperty("pcref.jar", "target/pcref-bot.jar"));
  private static final Duration PATIENCE = Duration.ofSeconds(60);

  @Test
  void answersAQuestionOnStandardOutputOnly() throws Exception {
    Finished run = java(Map.of(), "", "ask", "define co-learning");

    assertThat(run.status()).isZero();
    assertThat(run.out()).startsWith("Co-Learning\n").contains("Co-Learning is a two-way process");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void chatsOverAPipeAndPicksNumberedChoices() throws Exception {
    Finished run = java(Map.of(), "define co-learning\n2\nquit\n", "chat", "--user", "alex");

    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("> Co-Learning — Good\n");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void refusesAWrongCommandLine() throws Exception {
    Finished run = java(Map.of(), "", "frobnicate");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err())
        .startsWith("pcref-bot: unknown command 'frobnicate'\n")
        .contains("Usage:");
  }

  @Test
  void serverReportsHealthyOnTheConfiguredPort() throws Exception {
    int port = freePort();
    Process server = start(Map.of("SERVER_PORT", String.valueOf(port)), "serve");
    try {
      assertThat(awaitHealth(server, port)).contains("\"status\":\"UP\"");
    } finally {
      server.destroy();
      if (!server.waitFor(20, TimeUnit.SECONDS)) {
        server.destroyForcibly();
      }
    }
  }

  @Test
  void serverSharesItsDatabaseOnlyOnLoopbackAndOnlyWithItsOwner(@TempDir Path dir)
      throws Exception {
    Path dataDir = dir.resolve("data");
    int port = freePort();
    Process server =
        start(
            Map.of("SERVER_PORT", String.valueOf(port), "PCREF_DATA_DIR", dataDir.toString()),
            "serve");
    try {
      awaitHealth(server, port);
      Properties lock = new Properties();
      try (InputStream in = Files.newInputStream(dataDir.resolve("pcref.lock.db"))) {
        lock.load(in);
      }

      // H2 writes the loopback address as "localhost"; bound to every address, it writes the
      // machine's.
      String[] database = lock.getProperty("server").split(":");
      assertThat(database[0]).isIn("localhost", "127.0.0.1");
      assertThat(listeningAddresses(Integer.parseInt(database[1]))).containsExactly("127.0.0.1");
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir)))
          .isEqualTo("rwx------");
      assertThat(
              PosixFilePermissions.toString(
                  Files.getPosixFilePermissions(dataDir.resolve("db.password"))))
          .isEqualTo("rw-------");
      String sharedFile = "jdbc:h2:file:" + dataDir.toAbsolutePath() + "/pcref;AUTO_SERVER=TRUE";
      assertThatThrownBy(() -> DriverManager.getConnection(sharedFile, "sa", "").close())
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("Wrong user name or password");
    } finally {
      server.destroy();
      if (!server.waitFor(20, TimeUnit.SECONDS)) {
        server.destroyForcibly();
      }
    }
  }

  @Test
  void serverRefusesToStartWithABrokenFrameworkFile(@TempDir Path dir) throws Exception {
    Path broken = Files.writeString(dir.resolve("broken.yml"), "name: Broken\ncompetencies: []\n");

    Finished run =
        java(
            Map.of(
                "PCREF_FRAMEWORK_FILE",
                broken.toString(),
                "SERVER_PORT",
                String.valueOf(freePort())),
            "");

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err())
        .contains(broken + ": ")
        .contains("'competencies' is empty")
        .doesNotContain("\tat ");
    assertThat(run.out()).doesNotContain("\tat ", "Tomcat started");
  }

  private record Finished(int status, String out, String err) {}

  private static Finished java(Map<String, String> environment, String stdin, String... args)
      throws Exception {
    Process process = start(environment, args);
    CompletableFuture<String> out = read(process.getInputStream());
    CompletableFuture<String> err = read(process.getErrorStream());
    try (var in = process.getOutputStream()) {
      in.write(stdin.getBytes(StandardCharsets.UTF_8));
    }
    if (!process.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("pcref-bot did not finish within " + PATIENCE);
    }
    return new Finished(process.exitValue(), out.get(), err.get());
  }

  private static Process start(Map<String, String> environment, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(JAR.toString());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().remove("PCREF_FRAMEWORK_FILE");
    builder.environment().remove("SERVER_PORT");
    builder.environment().putAll(environment);
    return builder.start();
  }

  /** Reads the stream to its end on a thread of its own, so neither pipe of the child fills up. */
  private static CompletableFuture<String> read(InputStream stream) {
    return CompletableFuture.supplyAsync(
        () -> {
          try (stream) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        },
        task -> {
          Thread reader = new Thread(task, "pcref-bot-output");
          reader.setDaemon(true);
          reader.start();
        });
  }

  private static String awaitHealth(Process server, int port) throws Exception {
    CompletableFuture<String> log = read(server.getInputStream());
    CompletableFuture<String> errors = read(server.getErrorStream());
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest health =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
            .timeout(Duration.ofSeconds(5))
            .build();
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (System.nanoTime() < deadline && server.isAlive()) {
      try {
        HttpResponse<String> response = client.send(health, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200) {
          return response.body();
        }
      } catch (IOException notYetListening) {
        // the server is still starting
      }
      Thread.sleep(250);
    }
    server.destroyForcibly();
    throw new AssertionError(
        "the server did not report healthy within " + PATIENCE + "\n" + log.get() + errors.get());
  }

  /**
   * The addresses a socket of this machine listens on at {@code port}, from /proc/net/tcp and tcp6:
   * an IPv4 address (also one mapped into IPv6) as 127.0.0.1, any address as "::" or 0.0.0.0.
   */
  private static List<String> listeningAddresses(int port) throws IOException {
    List<String> addresses = new ArrayList<>();
    for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
      List<String> lines = Files.readAllLines(Path.of(table));
      for (String line : lines.subList(1, lines.size())) {
        String[] fields = line.strip().split("\\s+");
        String[] local = fields[1].split(":");
        if (Integer.parseInt(local[1], 16) == port && fields[3].equals("0A")) {
          addresses.add(address(local[0]));
        }
      }
    }
    return addresses;
  }

  private static String address(String hex) {
    if (hex.chars().allMatch(c -> c == '0')) {
      return hex.length() == 8 ? "0.0.0.0" : "::";
    }
    if (hex.length() == 32 && !hex.startsWith("0000000000000000FFFF0000")) {
      return hex;
    }
    long ipv4 = Long.parseLong(hex.substring(hex.length() - 8), 16);
    return (ipv4 & 0xff)
        + "."
        + (ipv4 >> 8 & 0xff)
        + "."
        + (ipv4 >> 16 & 0xff)
        + "."
        + (ipv4 >> 24 & 0xff);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
