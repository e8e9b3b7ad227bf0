package org.pcref.web;

/**
 * Where the key that signs download links comes from when no {@code pcref.board.link-secret} is
 * set: the server keeps one in its database, so that every instance sharing it signs and checks
 * links alike, and a link handed out just before a restart still works after it. Read when a link
 * is first made or checked, so the board starts even while the database does not answer.
 */
@FunctionalInterface
public interface LinkKey {

  /** The key's bytes, at least 32. */
  byte[] bytes();
}
