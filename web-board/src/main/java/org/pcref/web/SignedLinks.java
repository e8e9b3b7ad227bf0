package org.pcref.web;

import java.net.URI;
import java.util.Optional;
import java.util.Set;
import org.pcref.core.download.Download;
import org.pcref.core.download.DownloadLinks;

/**
 * The chat's links to the board's downloads: the board's public address, then {@code /links/} and a
 * signed token ({@link LinkSigner}). Made for the downloads the board serves by link ({@link
 * LinkDownloads}); none for anything else, so the chat sends that as it did.
 */
final class SignedLinks implements DownloadLinks {

  /** The formats a team's history is downloaded in. */
  private static final Set<String> HISTORY_FORMATS = Set.of("csv", "xlsx");

  /** The formats of a person's own data. */
  private static final Set<String> PERSON_FORMATS = Set.of("json", "csv");

  private final URI publicUrl;
  private final LinkSigner signer;

  SignedLinks(URI publicUrl, LinkSigner signer) {
    this.publicUrl = publicUrl;
    this.signer = signer;
  }

  @Override
  public Optional<Link> linkTo(Download download) {
    boolean served =
        switch (download.kind()) {
          case TEAM_HISTORY -> HISTORY_FORMATS.contains(download.format());
          case PERSON_DATA -> PERSON_FORMATS.contains(download.format());
        };
    if (!served) {
      return Optional.empty();
    }
    String token;
    try {
      token = signer.sign(download);
    } catch (RuntimeException noKeyNow) {
      // The stored key could not be read (the database is down): the chat sends the file instead.
      return Optional.empty();
    }
    return Optional.of(
        new Link(URI.create(publicUrl + LinkDownloads.PATH + token), signer.validFor()));
  }
}
