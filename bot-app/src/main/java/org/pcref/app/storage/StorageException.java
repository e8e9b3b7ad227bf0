package org.pcref.app.storage;

/**
 * The database could not be reached or refused a statement; the turn fails and is retried by the
 * person.
 */
public final class StorageException extends RuntimeException {

  StorageException(String message, Throwable cause) {
    super(message, cause);
  }
}
