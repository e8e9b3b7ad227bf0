package org.pcref.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrameworkLoaderTest {

  /** A trust's own framework: one national competency and one local one. */
  private static final String TRUST_FILE =
      """
      name: Our Trust Framework
      competencies:
        - id: cultural-awareness
          name: Cultural Awareness
          scope: national
          aliases: [cultural awareness, "  Culturally   AWARE "]
          definition: "Cultural awareness is about the communities a Trust serves."
          aims:
            - text: "Understand the community you serve."
          levels:
            developing: ["Services have some awareness."]
            good: ["Services understand their communities."]
            outstanding: ["Services have adapted."]
        - id: faith-and-belief
          name: Faith and Belief
          scope: local
          aliases: [faith, faith]
          definition: "Faith and belief is about the beliefs of the people we serve."
          aims:
            - text: "Honour these principles:"
              items: ["Respect", "Curiosity"]
          levels:
            developing: ["Services record faith."]
            good: ["Services offer chaplaincy.", "Services adapt meal times."]
            outstanding: ["Faith leaders co-design services."]
      """;

  @Test
  void shouldLoadATrustsOwnFile(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("trust.yml"), TRUST_FILE);

    Framework framework = FrameworkLoader.load(file);

    assertThat(framework.name()).isEqualTo("Our Trust Framework");
    assertThat(framework.competencies())
        .extracting(Competency::id)
        .containsExactly("cultural-awareness", "faith-and-belief");
    Competency faith = framework.competency("faith-and-belief").orElseThrow();
    assertThat(faith.scope()).isEqualTo(Scope.LOCAL);
    assertThat(faith.aims())
        .containsExactly(new Aim("Honour these principles:", List.of("Respect", "Curiosity")));
    assertThat(faith.descriptors(Level.GOOD))
        .containsExactly("Services offer chaplaincy.", "Services adapt meal times.");
  }

  @Test
  void shouldTrimLowercaseAndDeduplicateAliases() {
    Framework framework = parse(TRUST_FILE);

    assertThat(framework.competency("cultural-awareness").orElseThrow().aliases())
        .containsExactly("cultural awareness", "culturally aware");
    assertThat(framework.competency("faith-and-belief").orElseThrow().aliases())
        .containsExactly("faith");
  }

  @Test
  void shouldNameFileCompetencyAndProblemForABlankDescriptor() {
    assertRejected(
        TRUST_FILE.replace("\"Services adapt meal times.\"", "\"  \""),
        "trust.yml: competency 'faith-and-belief': level 'good' has a blank descriptor"
            + " (descriptor 2)");
  }

  @Test
  void shouldRejectAMissingLevel() {
    assertRejected(
        TRUST_FILE.replace("outstanding: [\"Services have adapted.\"]", ""),
        "trust.yml: competency 'cultural-awareness': level 'outstanding' is missing");
  }

  @Test
  void shouldRejectALevelWithoutDescriptors() {
    assertRejected(
        TRUST_FILE.replace("[\"Services record faith.\"]", "[]"),
        "trust.yml: competency 'faith-and-belief': level 'developing' has no descriptors");
  }

  @Test
  void shouldRejectAnUnknownLevel() {
    assertRejected(
        TRUST_FILE.replace("good: [\"Services understand", "excellent: [\"Services understand"),
        "trust.yml: competency 'cultural-awareness': unknown level 'excellent'"
            + " (expected developing, good, outstanding)",
        "trust.yml: competency 'cultural-awareness': level 'good' is missing");
  }

  @Test
  void shouldRejectAMissingId() {
    assertRejected(
        TRUST_FILE.replace("- id: faith-and-belief\n", "- \n"),
        "trust.yml: competency #2: 'id' is missing");
  }

  @Test
  void shouldRejectAnIdThatIsNotLowercaseAndHyphenated() {
    assertRejected(
        TRUST_FILE.replace("id: faith-and-belief", "id: Faith_Belief"),
        "trust.yml: competency 'Faith_Belief': id 'Faith_Belief' must be lowercase letters and"
            + " digits joined by single hyphens, e.g. 'co-learning'");
  }

  @Test
  void shouldRejectAnIdUsedTwice() {
    assertRejected(
        TRUST_FILE.replace("id: faith-and-belief", "id: cultural-awareness"),
        "trust.yml: competency 'cultural-awareness': id 'cultural-awareness' is used by more"
            + " than one competency (#1 and #2)");
  }

  @Test
  void shouldRejectABlankNameAndAMissingDefinition() {
    assertRejected(
        TRUST_FILE
            .replace("name: Faith and Belief", "name: \" \"")
            .replace("definition: \"Faith", "# definition: \"Faith"),
        "trust.yml: competency 'faith-and-belief': 'name' is blank",
        "trust.yml: competency 'faith-and-belief': 'definition' is missing");
  }

  @Test
  void shouldRejectAnUnknownScope() {
    assertRejected(
        TRUST_FILE.replace("scope: local", "scope: regional"),
        "trust.yml: competency 'faith-and-belief': scope 'regional' must be national or local");
  }

  @Test
  void shouldRejectACompetencyWithoutAims() {
    assertRejected(
        TRUST_FILE
            .replace("aims:\n      - text: \"Understand the community you serve.\"", "aims: []")
            .replace(
                "    aims:\n      - text: \"Honour these principles:\"\n"
                    + "        items: [\"Respect\", \"Curiosity\"]\n",
                ""),
        "trust.yml: competency 'cultural-awareness': 'aims' is empty: at least one aim is needed",
        "trust.yml: competency 'faith-and-belief': 'aims' is missing");
  }

  @Test
  void shouldRejectABlankAimTextAndABlankAimItem() {
    assertRejected(
        TRUST_FILE
            .replace("\"Understand the community you serve.\"", "\"\"")
            .replace("\"Curiosity\"", "\"\""),
        "trust.yml: competency 'cultural-awareness': aim 1: 'text' is blank",
        "trust.yml: competency 'faith-and-belief': aim 1: item 2 is blank");
  }

  @Test
  void shouldRejectUnknownFieldsWhereverTheyAre() {
    assertRejected(
        TRUST_FILE
            .replace("name: Our Trust Framework", "name: Our Trust Framework\nversion: 2")
            .replace("scope: local", "scope: local\n    defintion: typo")
            .replace("items: [", "itemz: ["),
        "trust.yml: unknown field 'version' (expected name, contact, synonyms, competencies)",
        "trust.yml: competency 'faith-and-belief': unknown field 'defintion' (expected id, name,"
            + " scope, aliases, definition, aims, levels)",
        "trust.yml: competency 'faith-and-belief': aim 1: unknown field 'itemz'"
            + " (expected text, items)");
  }

  @Test
  void shouldReadTheContactWhenTheFileGivesOne(@TempDir Path dir) throws IOException {
    Path with =
        Files.writeString(
            dir.resolve("with.yml"),
            TRUST_FILE.replace(
                "name: Our Trust Framework",
                "name: Our Trust Framework\ncontact: \"Equality team: équipe@trust.nhs.uk\""));
    Path without = Files.writeString(dir.resolve("without.yml"), TRUST_FILE);

    assertThat(FrameworkLoader.load(with).contact())
        .isEqualTo("Equality team: équipe@trust.nhs.uk");
    assertThat(FrameworkLoader.load(without).contact()).isEmpty();
  }

  @Test
  void shouldReadSynonymsAndRejectAGroupOfOne(@TempDir Path dir) throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("trust.yml"),
            TRUST_FILE.replace(
                "name: Our Trust Framework",
                "name: Our Trust Framework\nsynonyms: [\"qi, quality improvement\", \"  ءَ ,  x \"]"));

    assertThat(FrameworkLoader.load(file).synonyms())
        .containsExactly(List.of("qi", "quality improvement"), List.of("ءَ", "x"));
    assertRejected(
        TRUST_FILE.replace(
            "name: Our Trust Framework", "name: Our Trust Framework\nsynonyms: [\"qi\"]"),
        "trust.yml: synonyms entry 1 must list at least two words or phrases, separated by commas");
  }

  @Test
  void shouldRejectABlankContact() {
    assertRejected(
        TRUST_FILE.replace(
            "name: Our Trust Framework", "name: Our Trust Framework\ncontact: \" \""),
        "trust.yml: 'contact' is blank");
  }

  @Test
  void shouldRejectAnAliasOfTwoCompetencies() {
    assertRejected(
        TRUST_FILE.replace("aliases: [faith, faith]", "aliases: [faith, Cultural Awareness]"),
        "trust.yml: competency 'faith-and-belief': alias 'cultural awareness' is also an alias"
            + " of competency 'cultural-awareness'",
        "trust.yml: competency 'faith-and-belief': alias 'cultural awareness' is the name of"
            + " competency 'cultural-awareness'");
  }

  @Test
  void shouldRejectAnAliasThatIsAnotherCompetencysName() {
    assertRejected(
        TRUST_FILE
            .replace("aliases: [faith, faith]", "aliases: [faith, culture]")
            .replace("name: Cultural Awareness", "name: Culture"),
        "trust.yml: competency 'faith-and-belief': alias 'culture' is the name of competency"
            + " 'cultural-awareness'");
  }

  @Test
  void shouldRejectAFileWithoutCompetencies() {
    assertRejected(
        "name: Empty\ncompetencies: []\n",
        "trust.yml: 'competencies' is empty: at least one competency is needed");
    assertRejected("name: Empty\n", "trust.yml: 'competencies' is missing");
  }

  @Test
  void shouldRejectAnEmptyFile() {
    assertRejected("", "trust.yml: the file is empty");
    assertRejected("# only a comment\n", "trust.yml: the file is empty");
  }

  @Test
  void shouldRejectACompetencyThatIsNotAMapping() {
    assertRejected(
        "name: Ours\ncompetencies:\n  - Cultural Awareness\n",
        "trust.yml: competency #1: the competency must be a mapping of 'field: value' lines,"
            + " not text");
  }

  @Test
  void shouldNameTheProblemOfAFileGivenByMistakeWithoutEchoingIt() {
    InvalidFrameworkException envFile = rejection("DB_PASSWORD=hunter2secret\nAPI_KEY=abc123\n");
    InvalidFrameworkException listedSecret = rejection("name: Ours\ncompetencies: hunter2secret\n");

    assertThat(envFile.getMessage())
        .isEqualTo("trust.yml: the file must be a mapping of 'field: value' lines, not text")
        .doesNotContain("hunter2secret", "abc123");
    assertThat(listedSecret.getMessage())
        .isEqualTo("trust.yml: 'competencies' must be a list, not text")
        .doesNotContain("hunter2secret");
  }

  @Test
  void shouldReportEveryProblemTogetherOnePerLine() {
    InvalidFrameworkException problem =
        rejection(
            TRUST_FILE
                .replace("scope: national", "scope: nationwide")
                .replace("\"Services adapt meal times.\"", "\"\"")
                .replace("id: faith-and-belief", "id: faith & belief"));

    assertThat(problem.source()).isEqualTo("trust.yml");
    assertThat(problem.problems())
        .containsExactly(
            "trust.yml: competency 'cultural-awareness': scope 'nationwide' must be national or local",
            "trust.yml: competency 'faith & belief': id 'faith & belief' must be lowercase letters"
                + " and digits joined by single hyphens, e.g. 'co-learning'",
            "trust.yml: competency 'faith & belief': level 'good' has a blank descriptor"
                + " (descriptor 2)");
    assertThat(problem.getMessage().lines()).containsExactlyElementsOf(problem.problems());
  }

  @Test
  void shouldExplainMalformedYamlWithItsLineAndColumn() {
    InvalidFrameworkException problem =
        rejection("name: Ours\ncompetencies:\n  - id: a\n   name: [unclosed\n");

    assertThat(problem.getMessage())
        .startsWith("trust.yml: not valid YAML at line 4, column ")
        .doesNotContain("com.fasterxml", "Source:", "\n");
  }

  @Test
  void shouldExplainAnUnterminatedQuote() {
    assertThat(rejection("name: \"Ours\ncompetencies: []\n").getMessage())
        .isEqualTo(
            "trust.yml: not valid YAML at line 3, column 1: while scanning a quoted"
                + " scalar, found unexpected end of stream");
  }

  @Test
  void shouldRejectAFieldWrittenTwice() {
    assertThat(
            rejection(TRUST_FILE.replace("scope: local", "scope: local\n    scope: national"))
                .getMessage())
        .startsWith("trust.yml: not valid YAML at line ")
        .contains("'scope'");
  }

  @Test
  void shouldNameTheMissingFile(@TempDir Path dir) {
    Path missing = dir.resolve("nowhere.yml");

    assertThatThrownBy(() -> FrameworkLoader.load(missing))
        .isInstanceOf(InvalidFrameworkException.class)
        .hasMessage(missing + ": no such file");
  }

  private static Framework parse(String yaml) {
    return FrameworkLoader.parse(
        new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "trust.yml");
  }

  private static InvalidFrameworkException rejection(String yaml) {
    return catchThrowableOfType(InvalidFrameworkException.class, () -> parse(yaml));
  }

  private static void assertRejected(String yaml, String... problems) {
    InvalidFrameworkException rejection = rejection(yaml);
    assertThat(rejection).as("a rejection").isNotNull();
    assertThat(rejection.problems()).containsExactly(problems);
  }
}
