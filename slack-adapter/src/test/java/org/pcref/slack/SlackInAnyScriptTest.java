package org.pcref.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pcref.core.message.Reply;
import org.pcref.slack.SlackChat.Person;

/**
 * Notes in any script go through Slack whole, and no message is over what Slack takes: 50 blocks,
 * 3,000 characters a section, and blocks adding up to well under the 13,000 or so characters at
 * which Slack answers msg_blocks_too_long.
 */
class SlackInAnyScriptTest {

  private final SlackChat chat = new SlackChat();

  @AfterEach
  void stop() {
    chat.close();
  }

  @Test
  void shouldTakeNotesInBengaliArabicWelshEmojiAndCombiningMarks() {
    Person alex = chat.inChannel("C7", "ward-7", "U1", "alex");
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
    alex.says("skip");
    chat.awaitTurns();

    String shown = everythingPosted();
    for (String note : notes) {
      assertThat(shown).contains("Note: " + org.pcref.core.message.Typed.isolated(note));
    }
  }

  @Test
  void shouldSplitASummaryOfEightLongBengaliNotesIntoMessagesSlackTakes() {
    Person alex = chat.inChannel("C7", "ward-7", "U1", "alex");
    alex.says("checkin all").expect("1 of 8");
    List<String> notes = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      notes.add(longBengaliNote(i));
      alex.says("good");
      alex.says(notes.get(i));
    }
    chat.awaitTurns();

    for (SlackStub.Call post : chat.posts()) {
      JsonArray blocks = JsonParser.parseString(post.param("blocks")).getAsJsonArray();
      assertThat(blocks.size()).isLessThanOrEqualTo(BlockKitRenderer.MAX_BLOCKS);
      assertThat(blocks.toString().length()).isLessThan(12_000);
      for (JsonElement block : blocks) {
        JsonElement text = block.getAsJsonObject().get("text");
        if (text != null && text.isJsonObject()) {
          assertThat(text.getAsJsonObject().get("text").getAsString().length())
              .isLessThanOrEqualTo(BlockKitRenderer.MAX_TEXT);
        }
      }
    }
    String shown = everythingPosted();
    assertThat(shown).contains("Check-in done");
    for (String note : notes) {
      assertThat(shown.replace("\n", " ")).contains(note);
    }
  }

  @Test
  void shouldNeverCutBetweenALetterAndItsMarkOrInsideAnEmoji() {
    String text = ("e\u0301👍🏽ক্ষি").repeat(2_000);

    List<String> pieces = SlackText.split(text, BlockKitRenderer.MAX_TEXT);

    assertThat(String.join("", pieces)).isEqualTo(text);
    for (String piece : pieces) {
      assertThat(piece.length()).isLessThanOrEqualTo(BlockKitRenderer.MAX_TEXT);
      assertThat(Character.isLowSurrogate(piece.charAt(0))).isFalse();
      assertThat(Character.getType(piece.charAt(0))).isNotEqualTo((int) Character.NON_SPACING_MARK);
    }
    String label = SlackText.shorten("e\u0301".repeat(100), BlockKitRenderer.MAX_BUTTON_LABEL);
    assertThat(label).endsWith("e\u0301…");
  }

  @Test
  void shouldShowAnExportWithoutItsByteOrderMark() {
    List<SlackMessage> messages =
        new BlockKitRenderer()
            .messages(List.of(new Reply.File("pcref.csv", "text/csv", "\uFEFFteam,note\r\n")));

    assertThat(messages.get(0).blocks().toString()).doesNotContain("\uFEFF").contains("team,note");
  }

  private String everythingPosted() {
    StringBuilder shown = new StringBuilder();
    for (SlackStub.Call post : chat.posts()) {
      shown.append(Shown.posted(post).text()).append('\n');
    }
    return shown.toString();
  }

  /** A note of 980 characters of Bengali, about 2.7 KB in UTF-8. */
  static String longBengaliNote(int which) {
    String[] words = {"আমরা", "প্রতি", "মাসে", "কমিউনিটি", "সভা", "করি", "রোগী", "পরিবার"};
    StringBuilder note = new StringBuilder("নোট " + which);
    for (int i = 0; note.codePointCount(0, note.length()) < 980; i++) {
      note.append(' ').append(words[(i + which) % words.length]);
    }
    return note.toString();
  }
}
