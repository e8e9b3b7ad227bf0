package org.pcref.app.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AskJsonLinesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void writesOneJsonObjectPerInputLineInOrder() throws Exception {
    ByteArrayOutputStream input = new ByteArrayOutputStream();
    input.writeBytes("define co-learning\n".getBytes(StandardCharsets.UTF_8));
    input.writeBytes("\n".getBytes(StandardCharsets.UTF_8));
    input.writeBytes(("co-production ".repeat(7_500) + "\n").getBytes(StandardCharsets.UTF_8));
    input.writeBytes(
        new byte[] {0, 1, 2, (byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE, 0x1B, '\r', '\n'});
    input.writeBytes("list all competencies".getBytes(StandardCharsets.UTF_8));

    TerminalRun run = TerminalRun.withInput(input.toByteArray(), "ask", "--jsonl");

    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    List<JsonNode> lines = parse(run.out());
    assertThat(lines).hasSize(5);
    assertThat(lines.get(0).get("question").asText()).isEqualTo("define co-learning");
    assertThat(lines.get(0).get("text").asText()).contains("Co-Learning is a two-way process");
    assertThat(labels(lines.get(0))).containsExactly("Developing", "Good", "Outstanding", "Aims");
    assertThat(lines.get(1).get("question").asText()).isEmpty();
    assertThat(lines.get(1).get("text").asText())
        .contains("Ask me about the PCREF Cultural Competencies");
    assertThat(lines.get(2).get("question").asText()).hasSize(105_000);
    assertThat(lines.get(2).get("text").asText()).contains("too long");
    assertThat(lines.get(3).get("question").asText()).contains("\uFFFD").doesNotContain("\r");
    assertThat(lines.get(4).get("text").asText())
        .contains("Cultural Awareness", "Intersectionality");
    for (JsonNode line : lines) {
      assertThat(line.get("text").asText()).doesNotContain("Exception", "\tat ");
      assertThat(line.get("choices").isArray()).isTrue();
    }
  }

  @Test
  void treatsEveryLineAsAConversationOfItsOwn() throws Exception {
    TerminalRun run =
        TerminalRun.withInput(
            "what does good mean for partnership working\nand outstanding?\n", "ask", "--jsonl");

    List<JsonNode> lines = parse(run.out());
    assertThat(lines.get(0).get("text").asText()).startsWith("Partnership Working — Good");
    assertThat(lines.get(1).get("text").asText()).doesNotStartWith("Partnership Working");
  }

  @Test
  void keepsUnicodeLineBreaksInsideTheirLine() {
    TerminalRun run =
        TerminalRun.withInput("define\u2028co-learning\u0085\u2029\n", "ask", "--jsonl");

    assertThat(run.out())
        .contains("\"question\":\"define\\u2028co-learning\\u0085\\u2029\"")
        .doesNotContain("\u2028", "\u0085", "\u2029");
  }

  @Test
  void writesNothingForNoInput() {
    TerminalRun run = TerminalRun.withInput("", "ask", "--jsonl");

    assertThat(run.status()).isZero();
    assertThat(run.out()).isEmpty();
  }

  private static List<JsonNode> parse(String out) throws Exception {
    assertThat(out).endsWith("\n");
    List<JsonNode> lines = new ArrayList<>();
    for (String line : out.split("\n")) {
      JsonNode node = JSON.readTree(line);
      assertThat(node.isObject()).as("a JSON object: %s", line).isTrue();
      lines.add(node);
    }
    return lines;
  }

  private static List<String> labels(JsonNode line) {
    List<String> labels = new ArrayList<>();
    line.get("choices").forEach(choice -> labels.add(choice.asText()));
    return labels;
  }
}
