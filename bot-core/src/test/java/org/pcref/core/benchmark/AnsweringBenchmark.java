package org.pcref.core.benchmark;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.pcref.core.conversation.Assistant;
import org.pcref.core.conversation.InMemoryConversationStore;
import org.pcref.core.message.ConversationKey;
import org.pcref.core.message.Inbound;
import org.pcref.core.message.Reply;
import org.pcref.core.qa.QuestionSet;
import org.pcref.framework.FrameworkLoader;

/**
 * One answer of the question set per operation, through the whole core turn (load state, read the
 * question, answer, save state), cycling through every turn of every case. Run with {@code
 * bench/answering.sh}; the sample-time mode reports p50 and p99 per answer.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AnsweringBenchmark {

  private Assistant bot;
  private List<Inbound> messages;
  private int next;

  @Setup
  public void setUp() {
    bot =
        new Assistant(
            FrameworkLoader.bundled(), new InMemoryConversationStore(), Clock.systemUTC());
    messages =
        QuestionSet.load().cases().stream()
            .flatMap(
                c ->
                    c.turns().stream()
                        .map(
                            t ->
                                Inbound.text(
                                    new ConversationKey("bench", "t", "c" + c.line(), "u"),
                                    "U",
                                    t)))
            .toList();
  }

  @Benchmark
  public List<Reply> answerOneQuestion() {
    Inbound message = messages.get(next);
    next = (next + 1) % messages.size();
    return bot.handle(message);
  }
}
