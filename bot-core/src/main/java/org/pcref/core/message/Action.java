package org.pcref.core.message;

import java.util.Objects;

/**
 * A button press: the action id and value of a {@link Choice}, returned unchanged by the platform.
 */
public record Action(String id, String value) {
  public Action {
    Objects.requireNonNull(id, "id");
    value = value == null ? "" : value;
  }
}
