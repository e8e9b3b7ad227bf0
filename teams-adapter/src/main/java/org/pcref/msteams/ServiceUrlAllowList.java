package org.pcref.msteams;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The hosts the bot replies to. Bot Framework for Java sends the bot's token to whatever {@code
 * serviceUrl} an activity names, so an activity naming any other host is refused before anything
 * is sent. Bot Framework's own hosts need HTTPS; configured extra hosts (a local stub, the
 * Emulator) may use HTTP.
 */
final class ServiceUrlAllowList {

  static final List<String> BOT_FRAMEWORK_HOSTS = List.of("*.botframework.com", "smba.trafficmanager.net");

  private final List<String> extras;

  ServiceUrlAllowList(List<String> extraHosts) {
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
    if (scheme.equals("https") && matchesAny(BOT_FRAMEWORK_HOSTS, host)) {
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
