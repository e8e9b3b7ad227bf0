package org.pcref.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pcref.framework.Level.DEVELOPING;
import static org.pcref.framework.Level.GOOD;
import static org.pcref.framework.Level.OUTSTANDING;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BundledFrameworkTest {

  private final Framework framework = FrameworkLoader.bundled();

  @Test
  void shouldListTheEightCompetenciesInTheFrameworksOrder() {
    assertThat(framework.name()).isEqualTo("PCREF Cultural Competencies");
    assertThat(framework.competencies())
        .extracting(Competency::id)
        .containsExactly(
            "cultural-awareness",
            "partnership-working",
            "workforce",
            "staff-knowledge-and-awareness",
            "co-learning",
            "co-production",
            "trauma-informed-care",
            "intersectionality");
    assertThat(framework.competencies())
        .extracting(Competency::name)
        .containsExactly(
            "Cultural Awareness",
            "Partnership Working",
            "Workforce",
            "Staff Knowledge and Awareness",
            "Co-Learning",
            "Co-Production",
            "Trauma Informed Care",
            "Intersectionality");
  }

  @Test
  void shouldHaveSixNationalAndTwoLocalCompetencies() {
    assertThat(framework.competencies(Scope.NATIONAL)).hasSize(6);
    assertThat(framework.competencies(Scope.LOCAL))
        .extracting(Competency::id)
        .containsExactly("trauma-informed-care", "intersectionality");
  }

  @ParameterizedTest(name = "{0}: {1}/{2}/{3} descriptors, {4} aims")
  @CsvSource({
    "cultural-awareness,            2, 3, 4, 3",
    "partnership-working,           3, 3, 3, 2",
    "workforce,                     2, 2, 2, 2",
    "staff-knowledge-and-awareness, 3, 3, 3, 1",
    "co-learning,                   1, 2, 3, 2",
    "co-production,                 1, 2, 4, 2",
    "trauma-informed-care,          3, 2, 3, 2",
    "intersectionality,             3, 2, 2, 3"
  })
  void shouldHaveAsManyDescriptorsAndAimsAsTheFramework(
      String id, int developing, int good, int outstanding, int aims) {
    Competency competency = framework.competency(id).orElseThrow();

    assertThat(competency.descriptors(DEVELOPING)).as("developing").hasSize(developing);
    assertThat(competency.descriptors(GOOD)).as("good").hasSize(good);
    assertThat(competency.descriptors(OUTSTANDING)).as("outstanding").hasSize(outstanding);
    assertThat(competency.aims()).as("aims").hasSize(aims);
  }

  @Test
  void shouldListTheSixPrinciplesOfTraumaInformedCare() {
    Aim principles = framework.competency("trauma-informed-care").orElseThrow().aims().get(0);

    assertThat(principles.text())
        .isEqualTo(
            "Honour the six principles of trauma-informed care, which all play a part in"
                + " cultural competence:");
    assertThat(principles.items())
        .containsExactly(
            "Trustworthiness and transparency",
            "Empowerment, voice and choice",
            "Cultural, historical and gender issues",
            "Peer support",
            "Collaboration and mutuality",
            "Safety");
  }

  @Test
  void shouldGiveNoOtherAimItems() {
    assertThat(framework.competencies().stream().flatMap(c -> c.aims().stream()))
        .filteredOn(aim -> !aim.items().isEmpty())
        .hasSize(1);
  }

  @Test
  void shouldLeaveOutTheWorkforceDraftingNote() {
    assertThat(allTexts()).noneMatch(text -> text.contains("decided to change"));
    assertThat(framework.competency("workforce").orElseThrow().aims().get(1).text())
        .endsWith("racialised and ethnic minority patients and carers.");
  }

  @Test
  void shouldJoinTheCoLearningDescriptorSplitAcrossTwoTableRows() {
    assertThat(framework.competency("co-learning").orElseThrow().descriptors(OUTSTANDING))
        .contains(
            "These comprise service users, carers and community groups that represent the local"
                + " population and include people of intersecting identities.");
  }

  @Test
  void shouldKeepTheFrameworksTypographyAndTypos() {
    assertThat(allTexts())
        .anyMatch(text -> text.contains("each partner’s involvement"))
        .anyMatch(text -> text.contains("“You Said, We Did”"))
        .anyMatch(text -> text.contains("co-learning – an environment"))
        .anyMatch(text -> text.contains("reduce racial basis from occurring"))
        .anyMatch(text -> text.startsWith("Trust have a well-established"));
  }

  @Test
  void shouldGiveEveryCompetencyLowercaseAliasesThatNoOtherCompetencyUses() {
    Set<String> seen = new HashSet<>();
    for (Competency competency : framework.competencies()) {
      assertThat(competency.aliases()).as(competency.id()).isNotEmpty();
      for (String alias : competency.aliases()) {
        assertThat(alias).isEqualTo(alias.toLowerCase().strip());
        assertThat(seen.add(alias)).as("alias '%s' is used twice", alias).isTrue();
      }
    }
    assertThat(seen)
        .contains("ska", "tic", "coprod", "trauma", "intersectional")
        .doesNotContain(
            "cultural", "awareness", "care", "staff", "working", "learning", "production");
  }

  @Test
  void shouldKeepTheDefinitionLabelOutOfEveryDefinition() {
    assertThat(framework.competencies())
        .allSatisfy(c -> assertThat(c.definition()).doesNotStartWith("Definition"));
    assertThat(framework.competency("cultural-awareness").orElseThrow().definition())
        .startsWith("Cultural awareness is about ");
  }

  private List<String> allTexts() {
    return QuotedText.all(framework).stream().map(QuotedText::text).toList();
  }
}
