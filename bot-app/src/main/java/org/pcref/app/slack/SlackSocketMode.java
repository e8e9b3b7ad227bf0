package org.pcref.app.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Socket Mode: the bot opens a websocket to Slack with the app-level token and receives the same
 * requests as over HTTP, so it needs no public URL. Started with the server, stopped with it; a
 * failure to connect is logged (with Slack's reason, never the token) and the rest of the server
 * keeps running.
 */
final class SlackSocketMode implements SmartLifecycle {

  private static final Logger LOG = LoggerFactory.getLogger(SlackSocketMode.class);

  private final SocketModeApp socketMode;
  private volatile boolean running;

  /** @param concurrency how many requests from the socket are handled at once */
  SlackSocketMode(App app, String appToken, int concurrency) {
    try {
      // Connects only when started.
      this.socketMode = new SocketModeApp(appToken, app, SocketModeClient.Backend.Tyrus, concurrency);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void start() {
    try {
      socketMode.startAsync();
      LOG.info("Slack Socket Mode connected");
    } catch (Exception e) {
      LOG.error("Slack Socket Mode could not connect: {}", e.getMessage());
    }
    running = true;
  }

  @Override
  public void stop() {
    try {
      socketMode.stop();
    } catch (Exception e) {
      LOG.warn("Slack Socket Mode did not stop cleanly: {}", e.toString());
    }
    running = false;
  }

  @Override
  public boolean isRunning() {
    return running;
  }
}
