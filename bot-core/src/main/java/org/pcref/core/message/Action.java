package org.pcref.core.message;

import java.util.List;
import java.util.Objects;

/**
 * A button press: the action id and value of a {@link Choice}, returned unchanged by the platform.
 * A checklist's submit button also carries the ids of the items ticked on its card ({@link
 * Reply.Checklist}): the platform reads them from the card's state (Adaptive Card toggles, Slack
 * checkboxes), so the core sees one press with the whole answer, whatever the platform.
 *
 * @param ticked the ids of the items ticked on the button's card, in card order; empty otherwise
 */
public record Action(String id, String value, List<String> ticked) {
  public Action {
    Objects.requireNonNull(id, "id");
    value = value == null ? "" : value;
    ticked = ticked == null ? List.of() : List.copyOf(ticked);
  }

  public Action(String id, String value) {
    this(id, value, List.of());
  }

  /** The same press, with the items ticked on its card. */
  public Action ticking(List<String> ids) {
    return new Action(id, value, ids);
  }
}
