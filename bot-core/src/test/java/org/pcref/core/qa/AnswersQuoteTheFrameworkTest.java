package org.pcref.core.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pcref.core.message.Reply;
import org.pcref.framework.Aim;
import org.pcref.framework.Competency;
import org.pcref.framework.Framework;
import org.pcref.framework.FrameworkLoader;
import org.pcref.framework.Level;

/** Every quoted item in every answer is the framework's text, whole or visibly shortened. */
class AnswersQuoteTheFrameworkTest {

  private final Framework pcref = FrameworkLoader.bundled();
  private final FrameworkQuestions questions = new FrameworkQuestions(pcref);

  @Test
  void aLevelAnswerQuotesExactlyTheDescriptorsOfThatCell() {
    for (Competency c : pcref.competencies()) {
      for (Level level : Level.values()) {
        Answer answer = questions.answer(c.name() + " " + level.label(), QaContext.NONE);
        Reply.Card card = (Reply.Card) answer.replies().get(0);
        assertThat(card.title()).isEqualTo(c.name() + " — " + level.label());
        assertThat(card.sections().get(0).items().stream().map(Reply.Item::text).toList())
            .containsExactlyElementsOf(c.descriptors(level));
      }
    }
  }

  @Test
  void everyItemInTheAnswersToTheQuestionSetIsQuotedFromTheFramework() {
    Set<String> passages = passages();
    List<String> notQuoted = new ArrayList<>();
    for (QuestionSet.Case c : QuestionSet.load().cases()) {
      QaContext context = QaContext.NONE;
      for (String turn : c.turns()) {
        Answer answer = questions.answer(turn, context);
        context = answer.context();
        for (Reply reply : answer.replies()) {
          if (reply instanceof Reply.Card card && !card.title().startsWith("Ask me")) {
            card.sections().stream()
                .flatMap(s -> s.items().stream())
                .filter(item -> !isQuoted(item, passages) && !isCompetencyOrLevelName(item.text()))
                .forEach(item -> notQuoted.add(turn + " → " + item.text()));
          }
        }
      }
    }
    assertThat(notQuoted).isEmpty();
  }

  private boolean isQuoted(Reply.Item item, Set<String> passages) {
    if (!passages.containsAll(item.subItems())) {
      return false;
    }
    String text = item.text().replaceAll(" \\(\\+\\d+ more\\)$", "");
    if (passages.contains(text)) {
      return true;
    }
    // A shortened quote: a prefix of a passage, cut at a word and marked with an ellipsis.
    return text.endsWith("…")
        && passages.stream().anyMatch(p -> p.startsWith(text.substring(0, text.length() - 1)));
  }

  private boolean isCompetencyOrLevelName(String text) {
    return pcref.competencies().stream().anyMatch(c -> c.name().equals(text))
        || List.of(Level.values()).stream().anyMatch(l -> l.label().equals(text));
  }

  private Set<String> passages() {
    Set<String> all = new HashSet<>();
    all.add(pcref.contact());
    for (Competency c : pcref.competencies()) {
      all.add(c.definition());
      for (Aim aim : c.aims()) {
        all.add(aim.text());
        all.addAll(aim.items());
      }
      for (Level level : Level.values()) {
        all.addAll(c.descriptors(level));
      }
    }
    return all;
  }
}
