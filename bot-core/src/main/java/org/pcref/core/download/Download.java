package org.pcref.core.download;

import java.util.Objects;

/**
 * A file someone may download by link: what it is, whose, and in which format.
 *
 * @param kind what the file holds
 * @param subject whose it is: a team's id for {@link Kind#TEAM_HISTORY}, a person's key ({@code
 *     platform/tenant/user}) for {@link Kind#PERSON_DATA}
 * @param format the file's format, lower case: {@code csv} or {@code xlsx}
 */
public record Download(Kind kind, String subject, String format) {

  /** What a download holds. */
  public enum Kind {
    /** A team's whole assessment history, with who gave each level and the notes. */
    TEAM_HISTORY,
    /** Everything the bot holds about one person ({@code my data}); the subject is their key. */
    PERSON_DATA
  }

  public Download {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(subject, "subject");
    if (subject.isEmpty()) {
      throw new IllegalArgumentException("a download is someone's");
    }
    Objects.requireNonNull(format, "format");
    if (!format.matches("[a-z]{2,8}")) {
      throw new IllegalArgumentException("not a format: " + format);
    }
  }

  public static Download personData(String personKey, String format) {
    return new Download(Kind.PERSON_DATA, personKey, format);
  }

  public static Download teamHistory(String teamId, String format) {
    return new Download(Kind.TEAM_HISTORY, teamId, format);
  }
}
