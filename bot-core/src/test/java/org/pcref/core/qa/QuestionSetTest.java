package org.pcref.core.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pcref.core.conversation.Chat;

/**
 * The answer quality gate: the build fails when fewer than 95% of any one question set pass. Each
 * set's score is printed, and within a set the score of each kind of question.
 */
class QuestionSetTest {

  private static final double REQUIRED = 0.95;
  private final Clock clock = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);

  static Stream<String> sets() {
    return QuestionSet.FILES.stream();
  }

  @ParameterizedTest
  @MethodSource("sets")
  void answersAtLeastNinetyFivePercentOfTheQuestionSetCorrectly(String file) {
    QuestionSet set = QuestionSet.load(file);
    List<String> failures = new ArrayList<>();
    Map<String, int[]> byKind = new LinkedHashMap<>();
    for (QuestionSet.Case c : set.cases()) {
      Chat chat = Chat.withBundledFramework(clock);
      c.turns().forEach(chat::user);
      String failure = c.failure(chat.lastReply());
      int[] score = byKind.computeIfAbsent(c.kind(), k -> new int[2]);
      score[1]++;
      if (failure == null) {
        score[0]++;
      } else {
        failures.add(
            "line "
                + c.line()
                + ": "
                + String.join(" ;; ", c.turns())
                + " → "
                + failure
                + "\n    got: "
                + chat.lastReply().lines().limit(2).toList());
      }
    }
    int passed = set.cases().size() - failures.size();
    double score = (double) passed / set.cases().size();
    System.out.printf(
        "%s: %d of %d correct (%.1f%%)%n", file, passed, set.cases().size(), score * 100);
    if (byKind.size() > 1) {
      byKind.forEach(
          (kind, s) ->
              System.out.printf(
                  "  kind %s: %d of %d (%.1f%%)%n", kind, s[0], s[1], 100.0 * s[0] / s[1]));
    }
    failures.forEach(f -> System.out.println("  " + f));
    assertThat(set.cases()).hasSizeGreaterThanOrEqualTo(70);
    assertThat(score)
        .as(
            "share of the question set answered correctly; failures:%n%s",
            String.join("\n", failures))
        .isGreaterThanOrEqualTo(REQUIRED);
  }
}
