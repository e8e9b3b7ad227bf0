package org.pcref.core.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pcref.core.conversation.Assistant;
import org.pcref.core.conversation.Chat;
import org.pcref.core.conversation.InMemoryConversationStore;
import org.pcref.core.conversation.TestClock;
import org.pcref.core.message.Reply;
import org.pcref.core.message.Typed;
import org.pcref.core.team.InMemoryTeamStore;
import org.pcref.core.team.Rating;
import org.pcref.core.team.Workspace;
import org.pcref.framework.FrameworkLoader;

/** A note is taken as typed, whatever the script, and exported exactly. */
class NotesInAnyScriptTest {

  /** Bengali, Arabic (right to left), Welsh, emoji with a skin tone, and combining marks. */
  static final List<String> NOTES =
      List.of(
          "আমরা প্রতি মাসে কমিউনিটি সভা করি",
          "نعقد اجتماعاً شهرياً مع المجتمع",
          "Rydym yn cynnal cyfarfod cymunedol bob mis, â’r gymuned",
          "👍🏽 🎉",
          "Cafe\u0301 na\u0308ive Z\u0336a\u0336l\u0336g\u0336o\u0336");

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

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3, 4})
  void shouldTakeANoteInAnyScriptAsTheNoteAndKeepItExactly(int which) {
    String note = NOTES.get(which);

    alex.says("checkin workforce").says("good").expectReply("evidence note").says(note);

    assertThat(alex.replies().toString()).contains("note=" + Typed.isolated(note));
    alex.expectReply("Note: " + note).expectNoReplyContaining("Ask me about");
    assertThat(ratings()).extracting(Rating::note).containsExactly(note);
  }

  @org.junit.jupiter.api.Test
  void shouldShowRightToLeftNamesIsolatedInTheSummaryAndTheTeamGrid() {
    String name = "سارة";
    Chat sara = Chat.in(bot, "جناح-٧", name);

    sara.says("checkin workforce").says("good").says("no note");

    assertThat(sara.replies().toString())
        .contains("Check-in done — \u2068جناح-٧\u2069", "By \u2068" + name + "\u2069, ");
    sara.says("team");
    assertThat(sara.replies().toString())
        .contains("\u2068جناح-٧\u2069 — PCREF self-assessment", "\u2068" + name + "\u2069");
    assertThat(sara.lastReply())
        .as("plain text, which is copied, has no invisible marks")
        .contains("جناح-٧ — PCREF self-assessment")
        .doesNotContain("\u2068", "\u2069");
  }

  @org.junit.jupiter.api.Test
  void shouldShowARightToLeftNoteIsolatedSoTheLineStillReadsLeftToRight() {
    String arabic = NOTES.get(1);

    alex.says("checkin workforce").says("good").says(arabic);

    assertThat(alex.replies().toString()).contains("note=\u2068" + arabic + "\u2069");
    assertThat(alex.lastReply()).contains("Note: " + arabic).doesNotContain("\u2068");
    assertThat(ratings()).extracting(Rating::note).containsExactly(arabic);
    assertThat(Typed.isolated("We meet monthly")).isEqualTo("We meet monthly");
    assertThat(Typed.isolated(NOTES.get(0))).isEqualTo(NOTES.get(0));
  }

  @ParameterizedTest
  @ValueSource(strings = {"?", "...", "  "})
  void shouldAskAgainWhenTheNoteIsOnlyPunctuation(String note) {
    alex.says("checkin workforce").says("good").says(note).expectReply("Add an evidence note?");

    assertThat(ratings()).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void shouldExportEveryNoteByteForByteAsUtf8WithAByteOrderMark() {
    List<String> competencies =
        List.of(
            "cultural-awareness",
            "partnership-working",
            "workforce",
            "co-learning",
            "co-production");
    for (int i = 0; i < NOTES.size(); i++) {
      alex.says("checkin " + competencies.get(i)).says("good").says(NOTES.get(i));
    }

    alex.says("export csv");

    Reply.File csv = (Reply.File) alex.replies().get(0);
    StringBuilder expected =
        new StringBuilder(
            "\uFEFFteam,competency_id,competency,level,note,by,at,check_in,current\r\n");
    String[] names = {
      "Cultural Awareness", "Partnership Working", "Workforce", "Co-Learning", "Co-Production"
    };
    List<Rating> ratings = ratings();
    for (int i = 0; i < NOTES.size(); i++) {
      String note = NOTES.get(i).contains(",") ? "\"" + NOTES.get(i) + "\"" : NOTES.get(i);
      expected
          .append("ward-7,")
          .append(competencies.get(i))
          .append(',')
          .append(names[i])
          .append(",Good,")
          .append(note)
          .append(",Alex,2026-11-26T10:00:00Z,")
          .append(ratings.get(i).checkInId())
          .append(",yes\r\n");
    }
    byte[] bytes = csv.content().getBytes(StandardCharsets.UTF_8);
    assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
    assertThat(bytes).isEqualTo(expected.toString().getBytes(StandardCharsets.UTF_8));
  }

  private List<Rating> ratings() {
    return teams
        .findByChannel(new Workspace("test", "tenant"), "ward-7")
        .map(team -> teams.ratings(team.id()))
        .orElse(List.of());
  }
}
