package org.pcref.core.command;

import java.util.Objects;

/**
 * Who may use a command: anyone, in a team or not (the command finds or names its team itself);
 * anyone in the team the message is about; or only that team's leads, always or only to change
 * something (when words follow the command: anyone may look).
 *
 * @param toDo what only leads can do, as a refusal says it ("rename the team"); empty when no lead
 *     is needed
 */
public record Who(Rule rule, String toDo) {

  public enum Rule {
    ANYONE,
    MEMBERS,
    /** Anyone in the team's channel, who joins the team by using it (taking part in its round). */
    JOINS,
    LEADS,
    LEADS_TO_CHANGE
  }

  public static final Who ANYONE = new Who(Rule.ANYONE, "");

  public static final Who MEMBERS = new Who(Rule.MEMBERS, "");

  /** Anyone in the team's channel; using the command joins them to its team. */
  public static final Who JOINS = new Who(Rule.JOINS, "");

  public Who {
    Objects.requireNonNull(rule, "rule");
    toDo = toDo == null ? "" : toDo;
  }

  /** Only the team's leads, who alone can {@code toDo}. */
  public static Who leads(String toDo) {
    return new Who(Rule.LEADS, toDo);
  }

  /** Anyone in the team may look; only its leads can {@code toDo}, by typing words after it. */
  public static Who leadsToChange(String toDo) {
    return new Who(Rule.LEADS_TO_CHANGE, toDo);
  }

  /** Whether the team the message is about is found (and its members checked) before it runs. */
  public boolean needsTeam() {
    return rule != Rule.ANYONE;
  }

  /** Whether using the command makes someone in the channel a member of its team. */
  public boolean joins() {
    return rule == Rule.JOINS;
  }

  /** Whether only a lead may use the command with what follows it. */
  public boolean needsLead(String argument) {
    return rule == Rule.LEADS || (rule == Rule.LEADS_TO_CHANGE && !argument.isBlank());
  }
}
