package org.pcref.core.message;

import java.util.List;

/**
 * The bot's one outbound port: sends replies to an address without being asked (nudges). Each
 * platform adapter implements it. Implementations make one try and report a failure as a {@link
 * Delivery}, with the wait the platform asked for, never by throwing and never by waiting
 * themselves: the caller's scheduler decides when to try again. They never log message text at info
 * level.
 */
public interface Notifier {

  /** The platform this notifier sends to, as in {@link Address#platform()}. */
  String platform();

  Delivery deliver(Address to, List<Reply> replies);
}
