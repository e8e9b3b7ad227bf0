package org.pcref.core.qa;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The question set in {@code question-set.txt}: phrasings real users type and what each answer must
 * contain. Shared by the quality test and the benchmark.
 */
public record QuestionSet(List<Case> cases) {

  private static final String KIND = "## kind:";

  /** A heading such as "# 2. Progress from a stated level" starts a kind too. */
  private static final java.util.regex.Pattern NUMBERED_HEADING =
      java.util.regex.Pattern.compile("#\\s*\\d+\\.\\s+\\S.*");

  /** The question sets, each scored on its own. */
  public static final List<String> FILES =
      List.of(
          "question-set.txt",
          "held-out-set.txt",
          "question-set-kinds.txt",
          "held-out-2-set.txt",
          "held-out-3-set.txt",
          "held-out-4-set.txt");

  /**
   * One case: the turns of a conversation and what the last reply must (not) contain; its kind is
   * the last "## kind: NAME" (or "# 2. NAME") line above it, or the file's name.
   */
  public record Case(
      String file,
      int line,
      String kind,
      List<String> turns,
      List<String> expected,
      List<String> forbidden) {

    /** Why the reply fails this case, or null when it passes. */
    public String failure(String reply) {
      String lower = plain(reply);
      List<String> problems = new ArrayList<>();
      expected.stream()
          .filter(e -> !lower.contains(plain(e)))
          .forEach(e -> problems.add("missing “" + e + "”"));
      forbidden.stream()
          .filter(f -> lower.contains(plain(f)))
          .forEach(f -> problems.add("has “" + f + "”"));
      return problems.isEmpty() ? null : String.join(", ", problems);
    }

    /** Lower case, curly apostrophes straight: "doesn't" in a set matches the bot's "doesn’t". */
    private static String plain(String text) {
      return text.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'');
    }
  }

  /** Every question set, as one. */
  public static QuestionSet load() {
    List<Case> all = new ArrayList<>();
    FILES.forEach(file -> all.addAll(load(file).cases()));
    return new QuestionSet(List.copyOf(all));
  }

  public static QuestionSet load(String file) {
    var in = QuestionSet.class.getResourceAsStream(file);
    if (in == null) {
      throw new IllegalStateException(file + " is not on the classpath");
    }
    List<Case> cases = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      String kind = file;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.startsWith(KIND)) {
          kind = line.substring(KIND.length()).strip();
          continue;
        }
        if (NUMBERED_HEADING.matcher(line).matches()) {
          kind = line.substring(1).strip();
          continue;
        }
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split(" => ", 2);
        if (parts.length != 2) {
          throw new IllegalStateException(file + " line " + number + ": no ' => '");
        }
        List<String> turns = Arrays.stream(parts[0].split(" ;; ")).map(String::strip).toList();
        List<String> expected = new ArrayList<>();
        List<String> forbidden = new ArrayList<>();
        for (String e : parts[1].split(" && ")) {
          String fragment = e.strip();
          if (fragment.startsWith("!")) {
            forbidden.add(fragment.substring(1));
          } else {
            expected.add(fragment);
          }
        }
        cases.add(new Case(file, number, kind, turns, expected, forbidden));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new QuestionSet(List.copyOf(cases));
  }
}
