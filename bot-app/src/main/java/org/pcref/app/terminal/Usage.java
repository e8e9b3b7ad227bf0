package org.pcref.app.terminal;

/** What {@code help} prints, and what follows a command line that cannot be run. */
final class Usage {

  static final String TEXT =
      """
      Usage: java -jar pcref-bot.jar [COMMAND] [OPTIONS]

      Commands:
        serve               run the chat server (the default); port 3978, SERVER_PORT changes it
        chat                talk to the bot in this terminal; a number picks an option, quit leaves
        ask QUESTION        print one answer and exit
        ask --jsonl         answer each line of standard input; one JSON object per line out:
                            {"question": ..., "text": ..., "choices": [...]}
        migrate --to URL    copy the embedded database to an empty PostgreSQL (stop the server
                            first); PCREF_DATABASE_USER and PCREF_DATABASE_PASSWORD log in
        backup FILE         write a consistent copy of the embedded database to FILE (a zip),
                            also while the server runs
        restore FILE        put the database in FILE back (stop the server first); the one it
                            replaces is kept beside it
        help                show this help

      Options of chat and ask:
        --user NAME         who is asking (default: your login name)
        --channel NAME      the conversation's channel (default: direct)
        --framework FILE    a framework YAML file to use instead of the bundled PCREF framework
                            (also set by PCREF_FRAMEWORK_FILE or -Dpcref.framework-file=FILE)

      Option of migrate, backup and restore:
        --data DIR          the embedded database's folder (default: PCREF_DATA_DIR, or ./data)

      Examples:
        java -jar pcref-bot.jar ask "what does good mean for co-production"
        printf 'define co-learning\\nlist all competencies\\n' | java -jar pcref-bot.jar ask --jsonl
      """;

  private Usage() {}
}
