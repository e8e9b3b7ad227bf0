package org.pcref.core.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pcref.framework.FrameworkLoader;
import org.pcref.framework.Level;

class TopicSearchTest {

  private static final TopicSearch SEARCH = new TopicSearch(FrameworkLoader.bundled());

  @Test
  void quotesThePassageThatMatches() {
    List<Passage> found = SEARCH.search("annual WRES report", 4, true);

    assertThat(found).isNotEmpty();
    assertThat(found.get(0).competency().id()).isEqualTo("workforce");
    assertThat(found.get(0).level()).isEqualTo(Level.DEVELOPING);
    assertThat(found.get(0).text()).contains("annual WRES report");
  }

  @ParameterizedTest
  @ValueSource(strings = {"co-design", "codesign", "co\u2011design", "co\u2013design"})
  void findsAHyphenatedWordHoweverItIsWritten(String topic) {
    assertThat(SEARCH.search(topic, 1, false))
        .first()
        .satisfies(p -> assertThat(p.text()).containsIgnoringCase("co-design"));
  }

  @Test
  void findsAWordWithATypo() {
    assertThat(SEARCH.search("advocasy", 1, false))
        .first()
        .satisfies(p -> assertThat(p.text()).containsIgnoringCase("advocacy"));
  }
}
