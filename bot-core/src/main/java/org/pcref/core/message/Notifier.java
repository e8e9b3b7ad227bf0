package org.pcref.core.message;

import java.util.List;

/**
 * The bot's one outbound port: sends replies to an address without being asked (nudges). Each
 * platform adapter implements it. Implementations report failures as a {@link Delivery}, never by
 * throwing, and never log message text at info level.
 */
public interface Notifier {

  /** The platform this notifier sends to, as in {@link Address#platform()}. */
  String platform();

  Delivery deliver(Address to, List<Reply> replies);
}
