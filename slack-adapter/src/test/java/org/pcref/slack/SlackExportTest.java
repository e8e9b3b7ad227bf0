package org.pcref.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pcref.slack.SlackChat.Person;
import org.pcref.slack.SlackStub.Answer;

/**
 * Exports in Slack: shared as a file in the person's direct message with the bot (Slack's upload
 * flow: an upload address, the bytes, then completing the upload into the conversation), or, when
 * Slack will not take the file, a message saying why, never the file as pages of text.
 */
class SlackExportTest {

  private final SlackChat chat = new SlackChat();

  @AfterEach
  void stop() {
    chat.close();
  }

  @Test
  void shouldShareAnExportAsAFileInTheirDirectMessageAndSayWhereItWent() {
    Person sam = ratedCoProduction();

    Shown ack = sam.command("export csv");

    ack.expect(SlashCommands.PREPARING);
    SlackStub.Call asked = chat.slack.await("files.getUploadURLExternal", 1).get(0);
    assertThat(asked.param("filename")).isEqualTo("pcref-ward-9.csv");
    SlackStub.Call upload =
        chat.slack.await(c -> c.path().startsWith("/upload/"), 1, Duration.ofSeconds(10)).get(0);
    assertThat(upload.path()).isEqualTo("/upload/" + SlackStub.FILE_ID);
    assertThat(upload.body())
        .startsWith("\uFEFFteam,competency_id")
        .contains("ward-9,co-production,Co-Production,Good");
    assertThat(Integer.parseInt(asked.param("length")))
        .as("the length Slack is told is the bytes sent")
        .isEqualTo(upload.body().getBytes(StandardCharsets.UTF_8).length);
    SlackStub.Call completed = chat.slack.await("files.completeUploadExternal", 1).get(0);
    assertThat(completed.param("channel_id"))
        .as("the person's direct message with the bot, not the channel")
        .startsWith("D0DM");
    assertThat(completed.param("files")).contains(SlackStub.FILE_ID, "pcref-ward-9.csv");
    assertThat(completed.headers().get("authorization")).isEqualTo("Bearer " + SlackChat.BOT_TOKEN);
    Shown said = sam.answeredLater(1).get(0);
    said.expect("I’ve sent you pcref-ward-9.csv in a direct message.");
    assertThat(said.text()).doesNotContain("team,competency_id");
  }

  @Test
  void shouldShareTheFileInTheDirectMessageItWasAskedInWithoutSayingSo() {
    ratedCoProduction();
    chat.slack.then("conversations.open", Answer.ok("{\"ok\":true,\"channel\":{\"id\":\"D9\"}}"));

    assertThat(
            chat.event(
                    "Ev-export",
                    SlackPayloads.directMessage("D9", "U9", "export json"),
                    java.util.Map.of())
                .statusCode())
        .isEqualTo(200);

    SlackStub.Call completed = chat.slack.await("files.completeUploadExternal", 1).get(0);
    assertThat(completed.param("channel_id")).isEqualTo("D9");
    chat.awaitTurns();
    assertThat(chat.slack.calls("chat.postMessage"))
        .as("the file is the answer; nothing says where it went")
        .isEmpty();
  }

  @Test
  void shouldNeverShareAFileInADirectMessageBetweenTwoPeople() {
    ratedCoProduction();
    Person samWithKim = chat.inDirectMessage("D0SAMKIM", "U9", "sam");

    samWithKim.command("export csv");

    SlackStub.Call completed = chat.slack.await("files.completeUploadExternal", 1).get(0);
    assertThat(completed.param("channel_id")).startsWith("D0DM").isNotEqualTo("D0SAMKIM");
    samWithKim
        .answeredLater(1)
        .get(0)
        .expect("I’ve sent you pcref-ward-9.csv in a direct message.");
  }

  @Test
  void shouldSayWhatToDoWhenTheAppMayNotShareFilesYet() {
    Person sam = ratedCoProduction();
    chat.slack.then(
        "files.getUploadURLExternal",
        Answer.ok(
            "{\"ok\":false,\"error\":\"missing_scope\",\"needed\":\"files:write\","
                + "\"provided\":\"app_mentions:read,chat:write,commands,im:history,im:write\"}"));

    sam.command("export csv");

    Shown said = sam.answeredLater(1).get(0);
    said.expect("I couldn’t attach pcref-ward-9.csv", "files:write", "reinstall");
    assertThat(said.text()).as("a short export is shown instead").contains("Co-Production");
    assertThat(chat.slack.calls("files.completeUploadExternal")).isEmpty();
  }

  @Test
  void shouldTellThemWhenTheUploadItselfFails() {
    Person sam = ratedCoProduction();
    chat.slack.then(
        "/upload/" + SlackStub.FILE_ID, new Answer(500, java.util.Map.of(), "upload failed"));

    sam.command("export csv");

    sam.answeredLater(1).get(0).expect("I couldn’t attach pcref-ward-9.csv", "HTTP 500");
    assertThat(chat.slack.calls("files.completeUploadExternal")).isEmpty();
  }

  private Person ratedCoProduction() {
    Person sam = chat.inChannel("C9", "ward-9", "U9", "sam");
    Shown question = sam.command("checkin co-production");
    Shown note = sam.presses(question, "Good").next();
    sam.presses(note, "No note").next().expect("Check-in done");
    chat.slack.reset();
    return sam;
  }
}
