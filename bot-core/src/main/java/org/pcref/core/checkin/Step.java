package org.pcref.core.checkin;

/** The question a check-in is waiting on for its current competency. */
public enum Step {
  /** Which level fits now? */
  CHOOSE_LEVEL,
  /** Which of these descriptors are true? Every level's, on one checklist (the detailed path) */
  CHECKLIST,
  /** The detailed path's suggested level: confirm or choose another. */
  CONFIRM,
  /** An optional evidence note. */
  NOTE
}
