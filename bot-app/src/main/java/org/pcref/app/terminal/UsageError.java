package org.pcref.app.terminal;

/** A command line that cannot be run; the message says what is wrong, in one line. */
final class UsageError extends Exception {

  private static final long serialVersionUID = 1L;

  UsageError(String message) {
    super(message);
  }
}
