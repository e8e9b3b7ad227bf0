package org.pcref.app.server;

import org.pcref.framework.InvalidFrameworkException;
import org.springframework.boot.SpringBootExceptionReporter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * When the server cannot start because of the framework file, prints the loader's message (file,
 * competency, problem) on standard error instead of Spring's stack trace: whoever edits the file
 * needs the message, not the trace.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
public class InvalidFrameworkReporter implements SpringBootExceptionReporter {

  @Override
  public boolean reportException(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof InvalidFrameworkException invalid) {
        System.err.println(invalid.getMessage());
        System.err.flush();
        return true;
      }
    }
    return false;
  }
}
