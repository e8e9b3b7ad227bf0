package org.pcref.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Socket Mode: the bot opens a websocket to Slack with the app-level token and receives the same
 * requests as over HTTP, so it needs no public URL. A failure to connect is logged (with Slack's
 * reason, never the token) and not thrown, so the rest of the bot keeps running.
 */
public final class SocketMode {

  private static final Logger LOG = LoggerFactory.getLogger(SocketMode.class);

  private final SocketModeApp socketMode;

  /**
   * @param concurrency how many requests from the socket are handled at once
   */
  SocketMode(App app, String appToken, int concurrency) {
    try {
      // Connects only when asked to.
      this.socketMode =
          new SocketModeApp(appToken, app, SocketModeClient.Backend.Tyrus, concurrency);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void connect() {
    try {
      socketMode.startAsync();
      LOG.info("Slack Socket Mode connected");
    } catch (Exception e) {
      LOG.error("Slack Socket Mode could not connect: {}", e.getMessage());
    }
  }

  public void disconnect() {
    try {
      socketMode.stop();
    } catch (Exception e) {
      LOG.warn("Slack Socket Mode did not stop cleanly: {}", e.toString());
    }
  }
}
