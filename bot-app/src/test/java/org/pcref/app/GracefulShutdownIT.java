package org.pcref.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar asked to stop (SIGTERM) in the middle of a turn: the turn finishes, its reply
 * goes out, and the process exits with 0 well within 30 s. The turn is a Teams message in Emulator
 * mode, whose reply to the connector (a stub here) the stub holds back until the signal was sent.
 */
class GracefulShutdownIT {

  /** Spring Boot's line once the application, its web server included, has started. */
  private static final Pattern STARTED = Pattern.compile("Started \\w+ in ");

  private static final Path JAR = Path.of(System.getProperty("pcref.jar", "target/pcref-bot.jar"));

  @Test
  void shouldFinishTheTurnUnderWayAndExitZeroOnSigterm(@TempDir Path dir) throws Exception {
    CountDownLatch replyArrived = new CountDownLatch(1);
    CountDownLatch letReplyThrough = new CountDownLatch(1);
    HttpServer connector =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    connector.createContext(
        "/",
        exchange -> {
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          if (body.contains("Co-Learning")) {
            replyArrived.countDown();
            await(letReplyThrough);
          }
          byte[] answer = "{\"id\":\"reply-1\"}".getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, answer.length);
          exchange.getResponseBody().write(answer);
          exchange.close();
        });
    connector.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    connector.start();
    int port = freePort();
    Process server = start(dir, port);
    CompletableFuture<Void> started = new CompletableFuture<>();
    CompletableFuture<String> log = read(server.getInputStream(), started);
    CompletableFuture<String> errors = read(server.getErrorStream(), new CompletableFuture<>());
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    try {
      // The server says it has started once its web server takes requests.
      started.get(60, TimeUnit.SECONDS);
      CompletableFuture<HttpResponse<String>> turn =
          http.sendAsync(
              message(port, "http://127.0.0.1:" + connector.getAddress().getPort() + "/"),
              HttpResponse.BodyHandlers.ofString());
      assertThat(replyArrived.await(30, TimeUnit.SECONDS)).as("the turn is under way").isTrue();

      long signalled = System.nanoTime();
      server.toHandle().destroy(); // SIGTERM, leaving the output to be read
      letReplyThrough.countDown();

      assertThat(turn.get(30, TimeUnit.SECONDS).statusCode()).isBetween(200, 299);
      assertThat(server.waitFor(30, TimeUnit.SECONDS)).as("exited within 30 s").isTrue();
      assertThat(Duration.ofNanos(System.nanoTime() - signalled))
          .isLessThan(Duration.ofSeconds(30));
      String output = log.get(10, TimeUnit.SECONDS) + errors.get(10, TimeUnit.SECONDS);
      assertThat(server.exitValue()).as(output).isZero();
      assertThat(output).doesNotContain("\tat ", "ERROR");
    } finally {
      letReplyThrough.countDown();
      server.destroyForcibly();
      connector.stop(0);
    }
  }

  private static HttpRequest message(int port, String serviceUrl) {
    String activity =
        """
        {"type":"message","id":"m-1","channelId":"emulator","serviceUrl":"%s",
         "from":{"id":"user-1","name":"Alex"},"recipient":{"id":"bot-1","name":"PCREF Bot"},
         "conversation":{"id":"conversation-1"},"text":"define co-learning","textFormat":"plain"}
        """
            .formatted(serviceUrl);
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/messages"))
        .timeout(Duration.ofSeconds(60))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(activity))
        .build();
  }

  private static Process start(Path dir, int port) throws IOException {
    ProcessBuilder builder =
        new ProcessBuilder(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                JAR.toString(),
                "serve"));
    builder.environment().remove("PCREF_FRAMEWORK_FILE");
    builder.environment().put("SERVER_PORT", String.valueOf(port));
    builder.environment().put("PCREF_DATA_DIR", dir.resolve("data").toString());
    builder.environment().put("PCREF_TEAMS_EMULATOR", "true");
    builder.environment().put("PCREF_NUDGES_ENABLED", "false");
    return builder.start();
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Reads the stream to its end on a thread of its own, so neither pipe of the child fills up;
   * completes {@code started} at the line saying the application has started (exceptionally if the
   * stream ends first).
   */
  private static CompletableFuture<String> read(
      InputStream stream, CompletableFuture<Void> started) {
    return CompletableFuture.supplyAsync(
        () -> {
          StringBuilder text = new StringBuilder();
          try (BufferedReader lines =
              new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
              text.append(line).append('\n');
              if (STARTED.matcher(line).find()) {
                started.complete(null);
              }
            }
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          } finally {
            started.completeExceptionally(new AssertionError("the server ended:\n" + text));
          }
          return text.toString();
        },
        task -> {
          Thread reader = new Thread(task, "pcref-bot-output");
          reader.setDaemon(true);
          reader.start();
        });
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
