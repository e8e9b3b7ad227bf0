package org.pcref.msteams;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The hosts the bot replies to. Bot Framework for Java sends the bot's token to whatever {@code
 * serviceUrl} an activity names, so an activity naming any other host is refused before anything is
 * sent. Bot Framework's own hosts need HTTPS; configured extra hosts (a local stub) may use HTTP.
 * In Emulator mode, where nothing is authenticated, only this machine's loopback addresses are
 * allowed, and nothing else.
 */
final class ServiceUrlAllowList {

  static final List<String> BOT_FRAMEWORK_HOSTS =
      List.of("*.botframework.com", "smba.trafficmanager.net");

  /** Where the Bot Framework Emulator listens: this machine. */
  static final List<String> LOOPBACK = List.of("localhost", "127.0.0.1", "[::1]");

  private final List<String> extras;
  private final boolean loopbackOnly;

  /**
   * The allow-list for these settings: the Emulator's loopback only, or Bot Framework's hosts and
   * the extras.
   */
  static ServiceUrlAllowList of(TeamsSettings settings) {
    return settings.emulatorMode()
        ? new ServiceUrlAllowList(LOOPBACK, true)
        : new ServiceUrlAllowList(settings.extraServiceHosts(), false);
  }

  ServiceUrlAllowList(List<String> extraHosts) {
    this(extraHosts, false);
  }

  private ServiceUrlAllowList(List<String> extraHosts, boolean loopbackOnly) {
    this.loopbackOnly = loopbackOnly;
    List<String> normalised = new ArrayList<>();
    for (String host : extraHosts) {
      if (!host.isBlank()) {
        normalised.add(host.strip().toLowerCase(Locale.ROOT));
      }
    }
    this.extras = List.copyOf(normalised);
  }

  boolean allows(String serviceUrl) {
    if (serviceUrl == null) {
      return false;
    }
    URI uri;
    try {
      uri = URI.create(serviceUrl.strip());
    } catch (IllegalArgumentException e) {
      return false;
    }
    String host = uri.getHost();
    String scheme = uri.getScheme();
    if (host == null || scheme == null || uri.getUserInfo() != null) {
      return false;
    }
    host = host.toLowerCase(Locale.ROOT);
    scheme = scheme.toLowerCase(Locale.ROOT);
    if (!loopbackOnly && scheme.equals("https") && matchesAny(BOT_FRAMEWORK_HOSTS, host)) {
      return true;
    }
    return (scheme.equals("https") || scheme.equals("http")) && matchesAny(extras, host);
  }

  private static boolean matchesAny(List<String> patterns, String host) {
    for (String pattern : patterns) {
      if (pattern.startsWith("*.") ? host.endsWith(pattern.substring(1)) : host.equals(pattern)) {
        return true;
      }
    }
    return false;
  }
}
