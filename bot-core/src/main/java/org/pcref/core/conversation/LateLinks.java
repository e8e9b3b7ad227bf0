package org.pcref.core.conversation;

import java.util.Objects;
import java.util.Optional;
import org.pcref.core.download.Download;
import org.pcref.core.download.DownloadLinks;

/**
 * The download links the server hands the bot once the web board is wired (after the bot is built);
 * none until then, and none for a bot without a board (the terminal, tests).
 */
final class LateLinks implements DownloadLinks {

  private volatile DownloadLinks links = DownloadLinks.NONE;

  void set(DownloadLinks links) {
    this.links = Objects.requireNonNull(links, "links");
  }

  @Override
  public Optional<Link> linkTo(Download download) {
    return links.linkTo(download);
  }
}
