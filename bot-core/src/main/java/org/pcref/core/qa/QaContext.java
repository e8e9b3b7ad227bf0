package org.pcref.core.qa;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.pcref.framework.Level;

/**
 * What the conversation was last about, so that a follow-up ("and Outstanding?") can be understood.
 * Any part may be null.
 *
 * @param competencyId the competency last answered about
 * @param level the level last answered about
 * @param subject what was asked of them
 */
public record QaContext(String competencyId, Level level, Subject subject) {

  public static final QaContext NONE = new QaContext(null, null, null);

  /** What a question asked of a competency. */
  public enum Subject {
    /** What the competency is. */
    DEFINITION,
    /** Its aims. */
    AIMS,
    /** What one level looks like. */
    LEVEL,
    /** How to get from one level to the next. */
    NEXT,
    /** Two levels side by side. */
    COMPARE,
    /** All its levels. */
    LEVELS,
    /** Where a team starting out begins: the first level and the one after. */
    START;

    /**
     * The word a conversation's state is stored with ("definition", "next"): the same word as
     * before the subject had a type, so states saved then read as they were, and states saved now
     * read in a version that still expects the word.
     */
    @JsonValue
    public String word() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** The subject stored as {@code word}; null for a word this version does not know. */
    @JsonCreator
    public static Subject of(String word) {
      for (Subject subject : values()) {
        if (subject.word().equalsIgnoreCase(word)) {
          return subject;
        }
      }
      return null;
    }
  }
}
