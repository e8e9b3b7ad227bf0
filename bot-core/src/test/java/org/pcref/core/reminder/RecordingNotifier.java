package org.pcref.core.reminder;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.pcref.core.message.Address;
import org.pcref.core.message.Delivery;
import org.pcref.core.message.Notifier;
import org.pcref.core.message.PlainText;
import org.pcref.core.message.Reply;

/** A notifier that keeps what it was asked to send, and fails when told to. */
final class RecordingNotifier implements Notifier {

  record Sent(Address to, List<Reply> replies) {
    String text() {
      return PlainText.render(replies).text();
    }
  }

  final List<Sent> sent = new ArrayList<>();
  private final Deque<Delivery> upcoming = new ArrayDeque<>();
  private final String platform;

  RecordingNotifier(String platform) {
    this.platform = platform;
  }

  /** The next deliveries answer these, in order; then every delivery succeeds. */
  RecordingNotifier thenAnswer(Delivery... deliveries) {
    upcoming.addAll(List.of(deliveries));
    return this;
  }

  @Override
  public String platform() {
    return platform;
  }

  @Override
  public synchronized Delivery deliver(Address to, List<Reply> replies) {
    Delivery answer =
        upcoming.isEmpty() ? new Delivery.Sent("m" + (sent.size() + 1)) : upcoming.poll();
    if (answer instanceof Delivery.Sent) {
      sent.add(new Sent(to, replies));
    }
    return answer;
  }
}
