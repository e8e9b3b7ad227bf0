package org.pcref.app.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Notes typed in the terminal in Bengali, Arabic, Welsh, emoji and combining marks are taken as
 * notes, shown back whole, and exported exactly: the CSV, byte for byte, is what the JSON export
 * says, as UTF-8 with a byte order mark.
 */
class NotesInAnyScriptTerminalTest {

  private static final List<String> NOTES =
      List.of(
          "আমরা প্রতি মাসে কমিউনিটি সভা করি",
          "نعقد اجتماعاً شهرياً مع المجتمع",
          "Rydym yn cynnal cyfarfod cymunedol bob mis, â’r gymuned",
          "👍🏽 🎉",
          "Cafe\u0301 na\u0308ive Z\u0336a\u0336l\u0336g\u0336o\u0336");

  @Test
  void shouldTakeEveryNoteAndExportItByteForByte() throws Exception {
    String data = TerminalRun.freshDataDir();
    StringBuilder typed = new StringBuilder("checkin all\n");
    for (String note : NOTES) {
      typed.append("good\n").append(note).append('\n');
    }
    typed.append("skip\nskip\nskip\n");

    TerminalRun chat =
        TerminalRun.withInput(
            typed.toString(), "chat", "--data", data, "--channel", "ward-7", "--user", "alex");
    TerminalRun csv =
        TerminalRun.of(
            "ask", "--data", data, "--channel", "ward-7", "--user", "alex", "export csv");
    TerminalRun json =
        TerminalRun.of(
            "ask", "--data", data, "--channel", "ward-7", "--user", "alex", "export json");

    assertThat(chat.status()).isZero();
    assertThat(chat.out()).contains("Check-in done");
    for (String note : NOTES) {
      assertThat(chat.out()).contains("Note: " + note);
    }
    assertThat(chat.out()).as("no invisible isolates to copy").doesNotContain("\u2068", "\u2069");
    byte[] exported = csv.out().getBytes(StandardCharsets.UTF_8);
    assertThat(exported).startsWith(0xEF, 0xBB, 0xBF);
    assertThat(exported).isEqualTo(expectedCsv(json.out()).getBytes(StandardCharsets.UTF_8));
  }

  /** The CSV the JSON export describes, written by hand from the format's rules. */
  private static String expectedCsv(String json) throws Exception {
    JsonNode root = new ObjectMapper().readTree(json);
    StringBuilder csv =
        new StringBuilder(
            "\uFEFFteam,competency_id,competency,level,note,by,at,check_in,current\r\n");
    int notes = 0;
    for (JsonNode competency : root.path("competencies")) {
      for (JsonNode rating : competency.path("history")) {
        String note = rating.path("note").asText();
        assertThat(note).isEqualTo(NOTES.get(notes++));
        csv.append(
                String.join(
                    ",",
                    root.path("team").asText(),
                    competency.path("id").asText(),
                    competency.path("name").asText(),
                    rating.path("level").asText(),
                    note.contains(",") ? "\"" + note + "\"" : note,
                    rating.path("by").asText(),
                    rating.path("at").asText(),
                    rating.path("checkIn").asText(),
                    "yes"))
            .append("\r\n");
      }
    }
    assertThat(notes).isEqualTo(NOTES.size());
    return csv.toString();
  }
}
