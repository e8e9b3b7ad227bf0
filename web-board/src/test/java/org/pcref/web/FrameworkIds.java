package org.pcref.web;

import org.pcref.framework.FrameworkLoader;

/** Competency ids of the bundled framework, for routes in tests. */
final class FrameworkIds {
  private FrameworkIds() {}

  static String first() {
    return FrameworkLoader.bundled().competencies().get(0).id();
  }
}
