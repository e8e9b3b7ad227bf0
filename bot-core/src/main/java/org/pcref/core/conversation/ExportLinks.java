package org.pcref.core.conversation;

import java.util.Locale;
import java.util.Optional;
import org.pcref.core.download.Download;
import org.pcref.core.download.DownloadLinks;
import org.pcref.core.message.Reply;
import org.pcref.core.message.Typed;
import org.pcref.core.team.Team;

/** {@code export} answered with a link to the board's download of the team's history. */
final class ExportLinks {

  private ExportLinks() {}

  /** The link's answer, or empty when no link can be made for this format (then the file goes). */
  static Optional<Reply> reply(DownloadLinks links, Team team, String argument) {
    String format =
        switch (argument.strip().toLowerCase(Locale.ROOT)) {
          case "", "csv" -> "csv";
          case "xlsx", "excel", "spreadsheet" -> "xlsx";
          default -> "";
        };
    if (format.isEmpty()) {
      return Optional.empty();
    }
    return links
        .linkTo(Download.teamHistory(team.id(), format))
        .map(
            link ->
                new Reply.Text(
                    "The assessment and history of "
                        + Typed.isolated(team.name())
                        + (format.equals("csv") ? " as CSV: " : " as a spreadsheet: ")
                        + link.url()
                        + "\nThe link works for "
                        + link.validForInWords()
                        + " for whoever has it: share the file, not the link."));
  }
}
