package org.pcref.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.pcref.core.audit.AuditEntry;
import org.pcref.core.download.Download;
import org.pcref.core.message.Reply;
import org.pcref.core.privacy.DataProtection;
import org.pcref.core.privacy.PersonKey;
import org.pcref.core.privacy.PersonRecord;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Downloads by a signed link from the chat: the link is the authorization, so no sign-in is asked
 * for. A link that is not signed by this board, has been changed, or has expired gets 403; a link
 * to the data of a person erased since gets 410.
 */
@RestController
class LinkDownloads {

  static final String PATH = "/links/";

  private final LinkSigner signer;
  private final Downloads downloads;
  private final DataProtection protection;
  private final Clock clock;

  LinkDownloads(LinkSigner signer, Downloads downloads, DataProtection protection, Clock clock) {
    this.signer = signer;
    this.downloads = downloads;
    this.protection = protection;
    this.clock = clock;
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
    ResponseEntity<byte[]> file =
        switch (d.kind()) {
          case TEAM_HISTORY -> downloads.teamHistory(d.subject(), d.format());
          case PERSON_DATA -> personData(d);
        };
    if (file.getStatusCode().is2xxSuccessful()) {
      // The link is the only credential: the trail says what was taken, not by whom.
      protection
          .audit()
          .record(
              new AuditEntry(
                  UUID.randomUUID().toString(),
                  clock.instant(),
                  "web",
                  "",
                  "",
                  "whoever had the link",
                  "link download",
                  d.kind() == Download.Kind.TEAM_HISTORY ? d.subject() : "",
                  d.kind().name().toLowerCase(java.util.Locale.ROOT)
                      + " "
                      + d.format()
                      + (d.kind() == Download.Kind.PERSON_DATA ? " of " + d.subject() : "")));
    }
    return file;
  }

  /** A person's own data, read when the link is used: nothing of it waits in the link. */
  private ResponseEntity<byte[]> personData(Download d) {
    PersonKey person =
        PersonKey.parse(d.subject())
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
    String type = d.format().equals("csv") ? "text/csv" : "application/json";
    PersonRecord record = protection.personalData().export(person);
    if (record.rows() == 0) {
      // A link is only made for someone with data: none now means they have been erased since.
      throw new ResponseStatusException(HttpStatus.GONE);
    }
    Reply.File file =
        protection.handover().replies(record, clock.instant()).stream()
            .filter(Reply.File.class::isInstance)
            .map(Reply.File.class::cast)
            .filter(f -> f.mediaType().equals(type))
            .findFirst()
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(type + ";charset=UTF-8"))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file.name() + "\"")
        .body(file.content().getBytes(StandardCharsets.UTF_8));
  }
}
