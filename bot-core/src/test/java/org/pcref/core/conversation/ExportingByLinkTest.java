package org.pcref.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pcref.core.checkin.CheckInSettings;
import org.pcref.core.download.Download;
import org.pcref.core.download.DownloadLinks;
import org.pcref.core.message.Reply;
import org.pcref.core.team.InMemoryTeamStore;
import org.pcref.core.team.Workspace;
import org.pcref.framework.FrameworkLoader;

/** With the web board on, {@code export} answers with a link to its download, not a file. */
class ExportingByLinkTest {

  private final TestClock clock = TestClock.at("2026-11-26T10:00:00Z");
  private final InMemoryTeamStore teams = new InMemoryTeamStore();
  private final Assistant bot =
      new Assistant(
          FrameworkLoader.bundled(),
          new InMemoryConversationStore(),
          teams,
          CheckInSettings.DEFAULTS,
          clock);
  private final Chat alex = Chat.in(bot, "ward-7", "Alex");
  private final List<Download> asked = new ArrayList<>();

  /** Links as the board makes them, recording what was asked for. */
  private final DownloadLinks board =
      download -> {
        asked.add(download);
        return Optional.of(
            new DownloadLinks.Link(
                URI.create("https://board.example.nhs.uk/links/signed-" + download.format()),
                Duration.ofMinutes(15)));
      };

  @Test
  void shouldAnswerExportWithALinkToTheBoardsDownload() {
    alex.says("checkin workforce").says("good").says("no note");
    bot.offerDownloads(board);
    String teamId =
        teams.findByChannel(new Workspace("test", "tenant"), "ward-7").orElseThrow().id();

    alex.says("export csv")
        .expectReply(
            "The assessment and history of ward-7 as CSV: https://board.example.nhs.uk/links/signed-csv",
            "The link works for 15 minutes");
    assertThat(alex.replies()).noneMatch(r -> r instanceof Reply.File);
    alex.says("export").expectReply("links/signed-csv");
    alex.says("export xlsx").expectReply("as a spreadsheet: ", "links/signed-xlsx");

    assertThat(asked)
        .containsExactly(
            Download.teamHistory(teamId, "csv"),
            Download.teamHistory(teamId, "csv"),
            Download.teamHistory(teamId, "xlsx"));
  }

  @Test
  void shouldStillSendJsonAndRoundsAsFiles() {
    alex.says("checkin workforce").says("good").says("no note");
    bot.offerDownloads(board);

    alex.says("export json");
    assertThat(alex.replies()).singleElement().isInstanceOf(Reply.File.class);
    alex.says("export rounds csv");
    assertThat(alex.replies()).singleElement().isInstanceOf(Reply.File.class);
  }

  @Test
  void shouldSendTheFileWhenTheBoardMakesNoLinks() {
    alex.says("checkin workforce").says("good").says("no note");
    bot.offerDownloads(DownloadLinks.NONE);

    alex.says("export csv");
    assertThat(alex.replies()).singleElement().isInstanceOf(Reply.File.class);
    alex.says("export xlsx").expectReply("I can export as csv or json");
  }

  @Test
  void shouldKeepExportToTheTeamsPeople() {
    alex.says("checkin workforce").says("good").says("no note");
    bot.offerDownloads(board);

    Chat.in(bot, "ward-9", "Sam").says("export csv").expectReply("This channel has no team yet");
    assertThat(asked).isEmpty();
  }
}
