package org.pcref.core.privacy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.pcref.core.download.Download;
import org.pcref.core.download.DownloadLinks;
import org.pcref.core.message.Reply;

/**
 * A person's record in chat: with the board on, two short-lived links to its JSON and CSV (a whole
 * record can pass a chat's limits); otherwise the files themselves.
 */
final class RecordHandover {

  private final DownloadLinks links;
  private final Handover files;

  RecordHandover(DownloadLinks links, Handover files) {
    this.links = links;
    this.files = files;
  }

  List<Reply> replies(PersonRecord record, Instant now) {
    String person = record.person().asString();
    Optional<DownloadLinks.Link> json = links.linkTo(Download.personData(person, "json"));
    Optional<DownloadLinks.Link> csv = links.linkTo(Download.personData(person, "csv"));
    if (json.isEmpty() || csv.isEmpty()) {
      return files.replies(record, now);
    }
    return List.of(
        new Reply.Text(
            "JSON: "
                + json.get().url()
                + "\nCSV: "
                + csv.get().url()
                + "\nThe links work for "
                + json.get().validForInWords()
                + " for whoever has them: keep them to yourself."));
  }
}
