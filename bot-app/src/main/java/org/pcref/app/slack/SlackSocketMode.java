package org.pcref.app.slack;

import org.pcref.slack.SocketMode;
import org.springframework.context.SmartLifecycle;

/**
 * Socket Mode started with the server and stopped with it. Connecting never fails the server: the
 * adapter logs why Slack refused and the rest keeps running.
 */
final class SlackSocketMode implements SmartLifecycle {

  private final SocketMode socket;
  private volatile boolean running;

  SlackSocketMode(SocketMode socket) {
    this.socket = socket;
  }

  @Override
  public void start() {
    socket.connect();
    running = true;
  }

  @Override
  public void stop() {
    socket.disconnect();
    running = false;
  }

  @Override
  public boolean isRunning() {
    return running;
  }
}
