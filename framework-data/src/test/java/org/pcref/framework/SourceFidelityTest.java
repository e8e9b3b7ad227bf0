package org.pcref.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The bundled framework says exactly what the framework document says: no more, no less. */
class SourceFidelityTest {

  /** A note the document's authors left in the Workforce aims; not part of the framework. */
  private static final String WORKFORCE_DRAFTING_NOTE =
      "(decided to change this as the WRES does not address mental wellbeing of staff’)";

  private static final String GAP = " ¶ ";

  private final Framework framework = FrameworkLoader.bundled();
  private String source;

  @BeforeEach
  void readSource() {
    Optional<Path> file = SourceDocument.locate();
    assumeTrue(file.isPresent(), "framework document not found: " + SourceDocument.FILE);
    source = SourceDocument.normalisedText(file.get());
  }

  @Test
  void shouldQuoteEveryTextWordForWordFromTheDocument() {
    List<QuotedText> notInSource =
        QuotedText.all(framework).stream()
            .filter(quoted -> !source.contains(quoted.text()))
            .toList();

    assertThat(notInSource)
        .as("texts of pcref.yml that do not occur word for word in the framework document")
        .isEmpty();
  }

  @Test
  void shouldLeaveNoSentenceOfTheDocumentOut() {
    String rest = source;
    for (QuotedText quoted : longestFirst(QuotedText.all(framework))) {
      int at = rest.indexOf(quoted.text());
      if (at >= 0) {
        rest = rest.substring(0, at) + GAP + rest.substring(at + quoted.text().length());
      }
    }
    for (String heading : headingsAndNotes()) {
      rest = rest.replace(heading, GAP);
    }

    assertThat(fragments(rest))
        .as("text of the framework document that pcref.yml does not contain")
        .isEmpty();
  }

  @Test
  void shouldGiveTheDocumentsContactWordForWord() {
    assertThat(framework.contact())
        .isEqualTo("ELFT Equity, Diversity and Inclusion Team: elft.edi-team@nhs.net");
    assertThat(source).endsWith(framework.contact());
  }

  @Test
  void shouldReadASplitTableCellAsOneColumn() {
    String document =
        "Developing\tGood\tOutstanding\n"
            + "<ul> • A one. \t<ul> • B one. \t<ul> • C one. • C two starts\n"
            + "\n"
            + "\t<ul> B two. \t<p>and ends.</p> <ul> C three.\n"
            + "--\t---\t---\n"
            + "Next Competency\n";

    assertThat(SourceDocument.normalise(document))
        .isEqualTo(
            "Developing Good Outstanding A one. B one. B two. C one. C two starts and ends."
                + " C three. Next Competency");
  }

  private List<String> headingsAndNotes() {
    List<String> texts =
        new ArrayList<>(
            List.of(
                WORKFORCE_DRAFTING_NOTE,
                framework.name(),
                "National Competencies",
                "Local Competencies",
                "Developing Good Outstanding",
                "Definition:"));
    framework.competencies().forEach(competency -> texts.add(competency.name()));
    texts.sort(Comparator.comparing(String::length).reversed());
    return texts;
  }

  private static List<QuotedText> longestFirst(List<QuotedText> texts) {
    return texts.stream()
        .sorted(Comparator.comparing((QuotedText quoted) -> quoted.text().length()).reversed())
        .toList();
  }

  /** What is left between the removed texts, apart from list dashes. */
  private static List<String> fragments(String rest) {
    return Stream.of(rest.split("¶"))
        .map(fragment -> fragment.replaceAll("(^|\\s)-(?=\\s|$)", " ").strip())
        .filter(fragment -> !fragment.isEmpty())
        .toList();
  }
}
