package org.pcref.core.message;

/**
 * The meaning of a level's colour, in the host's own semantic colours: renderers map it to their
 * platform's (Adaptive Cards' Good, Warning, Attention, Accent), never to a fixed colour, so every
 * theme (light, dark, high contrast) stays readable.
 */
public enum Tone {
  /** Met, on track. */
  GOOD,
  /** Started, not there yet. */
  WARNING,
  /** Needs attention. */
  ATTENTION,
  /** The highest: stands out. */
  ACCENT,
  /** No level (not rated). */
  NONE
}
