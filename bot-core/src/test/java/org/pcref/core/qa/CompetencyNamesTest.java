package org.pcref.core.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pcref.framework.FrameworkLoader;

class CompetencyNamesTest {

  private final CompetencyNames names = new CompetencyNames(FrameworkLoader.bundled());

  private List<String> idsIn(String text) {
    return names.find(Words.of(text)).stream().map(f -> f.competency().id()).toList();
  }

  @ParameterizedTest
  @CsvSource({
    "co-production, co-production",
    "co production, co-production",
    "coproduction, co-production",
    "Co-Prod, co-production",
    "CO_PRODUCTION, co-production",
    "wrkforce, workforce",
    "intersectionalty, intersectionality",
    "TIC, trauma-informed-care",
    "trauma-informed, trauma-informed-care",
    "staff knowledge, staff-knowledge-and-awareness",
    "Staff Knowledge & Awareness, staff-knowledge-and-awareness",
    "cultral awareness, cultural-awareness",
    "co-learning, co-learning",
  })
  void findsACompetencyHoweverItIsWritten(String text, String id) {
    assertThat(idsIn("what does good mean for " + text + "?")).containsExactly(id);
  }

  @Test
  void findsTwoCompetenciesInTheOrderTheyAreNamed() {
    assertThat(idsIn("define co-learning and co-production"))
        .containsExactly("co-learning", "co-production");
  }

  @ParameterizedTest
  @CsvSource({
    "how is learning shared across the trust",
    "we need better care planning",
    "is our staff rota good",
    "what does good mean",
    "e-learning modules",
  })
  void doesNotSeeACompetencyInOrdinaryWords(String text) {
    assertThat(idsIn(text)).isEmpty();
  }

  @Test
  void findsANameAfterWordsLongerThanAnyName() {
    assertThat(idsIn("supercalifragilisticexpialidocious co-production"))
        .containsExactly("co-production");
  }

  @Test
  void findsANameWrittenWithAndOrAmpersand() {
    assertThat(idsIn("staff knowledge and awareness good"))
        .containsExactly("staff-knowledge-and-awareness");
    assertThat(idsIn("staff & knowledge & awareness"))
        .containsExactly("staff-knowledge-and-awareness");
  }

  @Test
  void findsATypoAtTheEndOfALongMessage() {
    assertThat(idsIn("we talked for a long time in the team meeting about wrkforce"))
        .containsExactly("workforce");
  }
}
