package org.pcref.app.nudge;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.pcref.core.message.Address;
import org.pcref.core.message.Delivery;
import org.pcref.core.message.Notifier;
import org.pcref.core.message.Reply;

/**
 * A stub platform that counts what it is given, per recipient across every instance sharing the
 * same tally, and per instance. It can be told to hang after so many deliveries, as an instance
 * does when its process is killed mid-send.
 */
final class CountingNotifier implements Notifier {

  /** Deliveries per recipient, shared by the notifiers of every instance in a test. */
  static final class Tally {
    final Map<String, AtomicInteger> byRecipient = new ConcurrentHashMap<>();
    final AtomicInteger total = new AtomicInteger();

    int recipients() {
      return byRecipient.size();
    }
  }

  final AtomicInteger sent = new AtomicInteger();
  final AtomicInteger hanging = new AtomicInteger();
  private final String platform;
  private final Tally tally;
  private final int hangAfter;
  private final CountDownLatch released = new CountDownLatch(1);

  CountingNotifier(String platform, Tally tally) {
    this(platform, tally, Integer.MAX_VALUE);
  }

  CountingNotifier(String platform, Tally tally, int hangAfter) {
    this.platform = platform;
    this.tally = tally;
    this.hangAfter = hangAfter;
  }

  @Override
  public String platform() {
    return platform;
  }

  @Override
  public Delivery deliver(Address to, List<Reply> replies) {
    if (sent.getAndUpdate(n -> n < hangAfter ? n + 1 : n) >= hangAfter) {
      hang();
    }
    tally
        .byRecipient
        .computeIfAbsent(
            to.tenant() + "/" + to.user() + "/" + to.channel(), k -> new AtomicInteger())
        .incrementAndGet();
    tally.total.incrementAndGet();
    return new Delivery.Sent("m");
  }

  /**
   * Blocks, deaf to interrupts, until the test ends; then fails without a word, like a dead
   * process.
   */
  private void hang() {
    hanging.incrementAndGet();
    boolean done = false;
    while (!done) {
      try {
        released.await();
        done = true;
      } catch (InterruptedException e) {
        // A killed process does not return either.
      }
    }
    throw new Killed();
  }

  void release() {
    released.countDown();
  }

  /** Not an exception the bot handles: it unwinds the thread as a kill would. */
  static final class Killed extends Error {
    Killed() {
      super("killed", null, false, false);
    }
  }
}
