package org.pcref.app.server;

import org.pcref.app.storage.ServerLock;
import org.pcref.framework.InvalidFrameworkException;
import org.springframework.boot.SpringBootExceptionReporter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * When the server cannot start because of the framework file, prints the loader's message (file,
 * competency, problem) on standard error instead of Spring's stack trace: whoever edits the file
 * needs the message, not the trace. The same for a data folder another server already uses.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
public class StartProblemReporter implements SpringBootExceptionReporter {

  @Override
  public boolean reportException(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof InvalidFrameworkException
          || cause instanceof ServerLock.DataFolderInUseException) {
        System.err.println(cause.getMessage());
        System.err.flush();
        return true;
      }
    }
    return false;
  }
}
