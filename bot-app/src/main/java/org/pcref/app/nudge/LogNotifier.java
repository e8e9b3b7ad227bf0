package org.pcref.app.nudge;

import java.util.List;
import org.pcref.core.message.Address;
import org.pcref.core.message.Delivery;
import org.pcref.core.message.Notifier;
import org.pcref.core.message.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Where nudges go when their platform has no notifier (a team made in the terminal, or Slack or
 * Teams not configured): one line in the log saying which nudge went to whom, never what it says.
 * The nudge's kind and team come from the logging context the delivery runs in.
 */
public final class LogNotifier implements Notifier {

  /** Logging-context keys set while a nudge is delivered. */
  static final String KIND = "nudge.kind";

  static final String TEAM = "nudge.team";

  private static final Logger log = LoggerFactory.getLogger(LogNotifier.class);

  @Override
  public String platform() {
    return "log";
  }

  @Override
  public Delivery deliver(Address to, List<Reply> replies) {
    log.info(
        "nudge {} for team {} to {}",
        orUnknown(MDC.get(KIND)),
        orUnknown(MDC.get(TEAM)),
        describe(to));
    return new Delivery.Sent("");
  }

  static String describe(Address to) {
    return to.platform()
        + "/"
        + to.tenant()
        + "/"
        + (to.isDirect() ? "dm:" + to.user() : "channel:" + to.channel());
  }

  private static String orUnknown(String value) {
    return value == null ? "?" : value;
  }
}
