package org.pcref.framework;

/** Whether a competency is one of the national PCREF six or a trust's local addition. */
public enum Scope {
  NATIONAL("National"),
  LOCAL("Local");

  private final String label;

  Scope(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
