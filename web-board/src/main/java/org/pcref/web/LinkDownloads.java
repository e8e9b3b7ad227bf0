package org.pcref.web;

import java.util.Optional;
import org.pcref.core.download.Download;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Downloads by a signed link from the chat: the link is the authorization, so no sign-in is asked
 * for. A link that is not signed by this board, has been changed, or has expired gets 403.
 */
@RestController
class LinkDownloads {

  static final String PATH = "/links/";

  private final LinkSigner signer;
  private final Downloads downloads;

  LinkDownloads(LinkSigner signer, Downloads downloads) {
    this.signer = signer;
    this.downloads = downloads;
  }

  @GetMapping(PATH + "{token}")
  ResponseEntity<byte[]> download(@PathVariable String token) {
    Optional<Download> download;
    try {
      download = signer.check(token);
    } catch (RuntimeException noKeyNow) {
      throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE);
    }
    Download d = download.orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
    return switch (d.kind()) {
      case TEAM_HISTORY -> downloads.teamHistory(d.subject(), d.format());
    };
  }
}
