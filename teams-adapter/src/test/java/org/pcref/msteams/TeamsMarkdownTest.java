package org.pcref.msteams;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TeamsMarkdownTest {

  @Test
  void shouldKeepLinksFromBecomingLinks() {
    assertThat(TeamsMarkdown.card("[click](https://evil.example)"))
        .isEqualTo("\\[click\\](https://evil.example)");
  }

  @Test
  void shouldKeepEmphasisListsAndHeadingsAsTyped() {
    assertThat(TeamsMarkdown.card("**bold** _it_")).isEqualTo("\\*\\*bold\\*\\* \\_it\\_");
    assertThat(TeamsMarkdown.card("- item\n# heading\n> quote"))
        .isEqualTo("\\- item\n\\# heading\n\\> quote");
    assertThat(TeamsMarkdown.card("1. first")).isEqualTo("1\\. first");
  }

  @Test
  void shouldLeaveOrdinaryTextAlone() {
    String descriptor =
        "Staff understand the needs of people (all of them) from racialised communities, 2024 - 2025!";
    assertThat(TeamsMarkdown.card(descriptor)).isEqualTo(descriptor);
  }

  @Test
  void shouldStopCardFunctions() {
    assertThat(TeamsMarkdown.card("{{DATE(2017-02-14T06:08:39Z, SHORT)}}")).doesNotContain("{{");
  }

  @Test
  void shouldStopMentionsAndHtmlInMessages() {
    assertThat(TeamsMarkdown.message("<at>Everyone</at> & <b>x</b>"))
        .isEqualTo("&lt;at&gt;Everyone&lt;/at&gt; &amp; &lt;b&gt;x&lt;/b&gt;");
  }
}
