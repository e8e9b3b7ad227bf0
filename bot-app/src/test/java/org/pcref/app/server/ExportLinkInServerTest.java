package org.pcref.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pcref.core.conversation.Assistant;
import org.pcref.core.message.ConversationKey;
import org.pcref.core.message.Inbound;
import org.pcref.core.message.Reply;
import org.pcref.core.team.TeamStore;
import org.pcref.core.team.Workspace;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * With the board's public address set, the chat's {@code export} answers with a link, and the link
 * downloads the same file as the board, signed with the key kept in the database.
 */
@SpringBootTest(
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {
      "pcref.board.public-url=https://board.example.org",
      "pcref.data-dir=target/test-data-export-links",
      "pcref.nudges.enabled=false"
    })
class ExportLinkInServerTest {

  @LocalServerPort int port;

  @Autowired Assistant bot;
  @Autowired TeamStore teams;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Test
  void shouldAnswerExportWithALinkToTheBoardsDownload() throws Exception {
    String channel = "ward-" + System.nanoTime();
    ConversationKey alex = new ConversationKey("export-test", "tenant", channel, "alex");
    say(alex, "checkin workforce");
    say(alex, "good");
    say(alex, "Interpreters booked for every admission");

    List<Reply> replies = say(alex, "export csv");

    // (After the summary the check-in owed its channel, which this test does not post.)
    String text =
        replies.stream()
            .filter(r -> r instanceof Reply.Text t && t.text().contains("/links/"))
            .map(r -> ((Reply.Text) r).text())
            .findFirst()
            .orElseThrow();
    assertThat(replies).noneMatch(r -> r instanceof Reply.File);
    assertThat(text).contains("https://board.example.org/links/", "works for 15 minutes");
    String path = text.replaceAll("(?s).*https://board\\.example\\.org(/links/\\S+).*", "$1");
    String teamId =
        teams.findByChannel(new Workspace("export-test", "tenant"), channel).orElseThrow().id();
    HttpResponse<String> byLink = get(path);
    HttpResponse<String> onTheBoard = get("/teams/" + teamId + "/history.csv");
    assertThat(byLink.statusCode()).isEqualTo(200);
    assertThat(byLink.body())
        .isEqualTo(onTheBoard.body())
        .contains("Interpreters booked for every admission");
    assertThat(get(path.substring(0, path.length() - 2) + "xx").statusCode()).isEqualTo(403);
  }

  @Test
  void shouldAnswerMyDataWithLinksThatDownloadThePersonsOwnRecord() throws Exception {
    String channel = "ward-" + System.nanoTime();
    ConversationKey inWard = new ConversationKey("export-test", "tenant", channel, "priya");
    say(inWard, "checkin workforce");
    say(inWard, "good");
    say(inWard, "Bengali interpreters on every ward round");
    ConversationKey direct = new ConversationKey("export-test", "tenant", "dm-priya", "priya");

    List<Reply> replies =
        bot.handle(new Inbound(direct, "Priya", "my data", null, true, "dm-priya"));

    assertThat(replies).noneMatch(r -> r instanceof Reply.File);
    String text =
        replies.stream()
            .filter(r -> r instanceof Reply.Text t && t.text().contains("/links/"))
            .map(r -> ((Reply.Text) r).text())
            .findFirst()
            .orElseThrow();
    assertThat(text).contains("JSON: https://board.example.org/links/", "work for 15 minutes");
    String json = text.replaceAll("(?s).*JSON: https://board\\.example\\.org(/links/\\S+).*", "$1");
    String csv = text.replaceAll("(?s).*CSV: https://board\\.example\\.org(/links/\\S+).*", "$1");
    HttpResponse<String> record = get(json);
    assertThat(record.statusCode()).isEqualTo(200);
    assertThat(record.body())
        .contains("export-test/tenant/priya", "Bengali interpreters on every ward round");
    assertThat(get(csv).body()).contains("Bengali interpreters on every ward round");
    assertThat(get(json.substring(0, json.length() - 2) + "xx").statusCode()).isEqualTo(403);
  }

  @Test
  void shouldAnswerALinkToTheDataOfAPersonErasedSinceWithGone() throws Exception {
    String channel = "ward-" + System.nanoTime();
    ConversationKey inWard = new ConversationKey("export-test", "tenant", channel, "sam");
    say(inWard, "checkin workforce");
    say(inWard, "good");
    say(inWard, "Somali elders came to the community mapping");
    ConversationKey direct = new ConversationKey("export-test", "tenant", "dm-sam", "sam");
    String text =
        bot.handle(new Inbound(direct, "Sam", "my data", null, true, "dm-sam")).stream()
            .filter(r -> r instanceof Reply.Text t && t.text().contains("/links/"))
            .map(r -> ((Reply.Text) r).text())
            .findFirst()
            .orElseThrow();
    String json = text.replaceAll("(?s).*JSON: https://board\\.example\\.org(/links/\\S+).*", "$1");
    assertThat(get(json).statusCode()).isEqualTo(200);

    bot.handle(new Inbound(direct, "Sam", "forget me", null, true, "dm-sam"));
    bot.handle(new Inbound(direct, "Sam", "yes", null, true, "dm-sam"));

    HttpResponse<String> gone = get(json);
    assertThat(gone.statusCode()).isEqualTo(410);
    assertThat(gone.body()).doesNotContain("Somali elders");
  }

  private List<Reply> say(ConversationKey key, String text) {
    return bot.handle(new Inbound(key, "Alex", text, null, false, key.channel()));
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .timeout(Duration.ofSeconds(10))
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
