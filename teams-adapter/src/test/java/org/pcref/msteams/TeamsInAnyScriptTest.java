package org.pcref.msteams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pcref.core.message.Reply;
import org.pcref.msteams.TeamsChat.Person;
import org.pcref.msteams.TeamsChat.Turn;

/**
 * Notes in any script go through Teams whole, and no message the bot sends is over what Teams takes
 * (28 KB, counted in bytes of UTF-8), however many Bengali notes a summary quotes.
 */
class TeamsInAnyScriptTest {

  private static final int TEAMS_LIMIT = 28_000;

  private final TeamsChat teams = new TeamsChat();

  @AfterEach
  void stop() {
    teams.close();
  }

  @Test
  void shouldTakeNotesInBengaliArabicWelshEmojiAndCombiningMarks() {
    Person alex = teams.inChannel("aad-alex", "Alex");
    List<String> notes =
        List.of(
            "আমরা প্রতি মাসে কমিউনিটি সভা করি",
            "نعقد اجتماعاً شهرياً مع المجتمع",
            "Rydym yn cynnal cyfarfod cymunedol bob mis",
            "👍🏽 🎉",
            "Cafe\u0301 na\u0308ive");
    alex.says("checkin all").expect("1 of 8");
    for (int i = 0; i < notes.size(); i++) {
      alex.says("good").expect("evidence note");
      alex.says(notes.get(i)).expect((i + 2) + " of 8");
    }
    alex.says("skip");
    alex.says("skip");
    Turn summary = alex.says("skip").expect("Check-in done");

    for (String note : notes) {
      summary.expect("Note: " + org.pcref.core.message.Typed.isolated(note));
    }
  }

  @Test
  void shouldSplitASummaryOfEightLongBengaliNotesIntoMessagesTeamsTakes() {
    Person alex = teams.inChannel("aad-alex", "Alex");
    alex.says("checkin all").expect("1 of 8");
    Turn last = null;
    List<String> notes = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      notes.add(longBengaliNote(i));
      alex.says("good");
      last = alex.says(notes.get(i));
    }

    last.expect("Check-in done");
    assertThat(teams.connector.sent())
        .allSatisfy(sent -> assertThat(sent.bytes()).isLessThan(TEAMS_LIMIT));
    assertThat(last.posts()).hasSizeGreaterThan(1);
    for (String note : notes) {
      assertThat(last.shown()).contains(note);
    }
  }

  @Test
  void shouldSplitALongTextAndAnExportBetweenCharactersAReaderSees() {
    CardRenderer renderer = new CardRenderer();
    String note = longBengaliNote(0) + " 👍🏽 e\u0301";
    StringBuilder csv = new StringBuilder("\uFEFFteam,note\r\n");
    for (int i = 0; i < 40; i++) {
      csv.append("ward-7,").append(note).append("\r\n");
    }

    List<com.microsoft.bot.schema.Activity> file =
        renderer.messages(new Reply.File("pcref-ward-7.csv", "text/csv", csv.toString()));
    List<com.microsoft.bot.schema.Activity> text =
        renderer.messages(new Reply.Text(csv.toString().repeat(2)));

    assertThat(file).hasSizeGreaterThan(1);
    assertThat(text).hasSizeGreaterThan(1);
    StringBuilder shown = new StringBuilder();
    for (var message : file) {
      ObjectNode card = (ObjectNode) message.getAttachments().get(0).getContent();
      assertThat(CardPages.bytes(card)).isLessThanOrEqualTo(CardPages.MAX_CARD_BYTES);
      card.withArray("body").forEach(block -> shown.append(block.path("text").asText()));
    }
    assertThat(shown.toString()).contains(note).doesNotContain("\uFEFF");
    for (String piece : CardPages.pieces(csv.toString(), 5_000)) {
      assertThat(piece.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
          .isLessThanOrEqualTo(5_000);
      assertThat(Character.isLowSurrogate(piece.charAt(0))).isFalse();
      assertThat(Character.getType(piece.charAt(0))).isNotEqualTo((int) Character.NON_SPACING_MARK);
    }
    assertThat(String.join("", CardPages.pieces(csv.toString(), 5_000))).isEqualTo(csv.toString());
  }

  /** A note of 990 characters of Bengali, about 2.7 KB in UTF-8. */
  static String longBengaliNote(int which) {
    String[] words = {"আমরা", "প্রতি", "মাসে", "কমিউনিটি", "সভা", "করি", "রোগী", "পরিবার"};
    StringBuilder note = new StringBuilder("নোট " + which);
    for (int i = 0; note.codePointCount(0, note.length()) < 980; i++) {
      note.append(' ').append(words[(i + which) % words.length]);
    }
    return note.toString();
  }
}
