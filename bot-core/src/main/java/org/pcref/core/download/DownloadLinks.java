package org.pcref.core.download;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * Makes a short-lived link to a download, so that the chat answers with the link rather than with a
 * very long message or a file (a whole history can pass Slack's and Teams' limits). A link is made
 * only when the web board is on and knows its public address; otherwise the chat answers as it
 * always has.
 *
 * <p>Whoever has the link may download the file until it expires, without signing in: hand it only
 * to people who may see the file.
 */
public interface DownloadLinks {

  /** No links: the chat sends the file itself. */
  DownloadLinks NONE = download -> Optional.empty();

  /** A link to {@code download}, or empty when links cannot be made (or not in its format). */
  Optional<Link> linkTo(Download download);

  /**
   * A link and how long it works from now.
   *
   * @param url where to download the file from
   * @param validFor how long the link works
   */
  record Link(URI url, Duration validFor) {

    /** How long the link works, in words: "a minute", "15 minutes". */
    public String validForInWords() {
      long minutes = Math.max(1, validFor.toMinutes());
      return minutes == 1 ? "a minute" : minutes + " minutes";
    }
  }
}
