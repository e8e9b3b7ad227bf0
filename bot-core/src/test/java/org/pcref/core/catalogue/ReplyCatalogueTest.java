package org.pcref.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.pcref.core.message.PlainText;
import org.pcref.core.message.Reply;

class ReplyCatalogueTest {

  private final List<ReplyCatalogue.Entry> entries = ReplyCatalogue.all();

  @Test
  void shouldHoldEveryKindOfReply() {
    Set<Class<?>> kinds =
        entries.stream()
            .flatMap(e -> e.replies().stream())
            .map(r -> r instanceof Reply.ForChannel shared ? shared.reply() : r)
            .map(Object::getClass)
            .collect(Collectors.toSet());

    assertThat(kinds)
        .contains(
            Reply.Text.class,
            Reply.Card.class,
            Reply.Choices.class,
            Reply.File.class,
            Reply.Grid.class,
            Reply.Summary.class,
            Reply.Timeline.class,
            Reply.Checklist.class);
  }

  @Test
  void shouldReadAsPlainTextToo() {
    String all =
        entries.stream()
            .map(e -> "=== " + e.name() + "\n" + PlainText.render(e.replies()).text())
            .collect(Collectors.joining("\n\n"));
    if (System.getProperty("catalogue.print") != null) {
      System.out.println(all);
    }
    assertThat(all)
        .contains(
            "Check-in done",
            "(up, was",
            "(down, was",
            "(same)",
            ReplyCatalogue.LONG_BENGALI_NOTE.substring(0, 40),
            "PCREF self-assessment",
            "Suggest a level",
            "suggested level Developing");
    assertThat(all).doesNotContain("Sorry, something went wrong");
  }

  @Test
  void shouldHaveEightCompetenciesRatedInTheGrid() {
    Reply.Grid grid =
        entries.stream()
            .filter(e -> e.name().equals("grid of eight"))
            .flatMap(e -> e.replies().stream())
            .filter(Reply.Grid.class::isInstance)
            .map(Reply.Grid.class::cast)
            .findFirst()
            .orElseThrow();
    assertThat(grid.rows()).hasSize(8).allSatisfy(row -> assertThat(row.who()).isNotEmpty());
  }
}
