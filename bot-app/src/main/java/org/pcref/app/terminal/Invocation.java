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
 */
record Invocation(
    Kind kind, String user, String channel, String frameworkFile, String dataDir, String question) {

  enum Kind {
    HELP,
    CHAT,
    ASK,
    ASK_JSON_LINES
  }

  static Invocation help() {
    return new Invocation(Kind.HELP, null, null, null, null, null);
  }
}
