package org.pcref.app.terminal;

/**
 * A terminal command as typed, checked: what to run and with which options. Null options were not
 * given.
 *
 * @param kind what to run
 * @param user who is asking ({@code --user})
 * @param channel the conversation's channel ({@code --channel})
 * @param frameworkFile a framework file to use instead of the setting ({@code --framework})
 * @param dataDir the folder of the embedded database, instead of the setting ({@code --data})
 * @param question the question of {@code ask}, its words joined; null otherwise
 * @param target the database URL of {@code migrate --to}, or the file of {@code backup} and {@code
 *     restore}; null otherwise
 */
record Invocation(
    Kind kind,
    String user,
    String channel,
    String frameworkFile,
    String dataDir,
    String question,
    String target) {

  enum Kind {
    HELP,
    CHAT,
    ASK,
    ASK_JSON_LINES,
    MIGRATE,
    BACKUP,
    RESTORE
  }

  static Invocation help() {
    return new Invocation(Kind.HELP, null, null, null, null, null, null);
  }

  /** Whether this command looks after the database rather than talking with the bot. */
  boolean upkeep() {
    return kind == Kind.MIGRATE || kind == Kind.BACKUP || kind == Kind.RESTORE;
  }
}
