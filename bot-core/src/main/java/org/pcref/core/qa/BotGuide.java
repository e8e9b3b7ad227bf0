package org.pcref.core.qa;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pcref.core.message.Choice;
import org.pcref.core.message.Reply;

/**
 * Answers questions about the bot itself ("how does a check-in work?", "can I stop the reminders?")
 * in plain words, with the command to type and a button that does it.
 *
 * <p>Each topic is recognised by groups of words: a message is about the topic when it has a word
 * from every group. A word matches when it starts with one of the group's stems, so "reminders"
 * matches "remind". Most topics are only considered when the message names no competency and no
 * level (so "how do we get to Good in Workforce?" stays a framework question); those with words no
 * framework question uses (reminders, exports, check-ins) are considered always.
 */
final class BotGuide {

  /** One thing people ask about the bot, and its answer. */
  record Topic(
      List<List<String>> groups,
      boolean evenAboutACompetency,
      String answer,
      String buttonLabel,
      String command) {

    boolean matches(List<String> words) {
      for (List<String> group : groups) {
        if (!anyIs(words, group)) {
          return false;
        }
      }
      return true;
    }

    private static boolean anyIs(List<String> words, List<String> group) {
      for (String word : words) {
        for (String stem : group) {
          if (is(word, stem)) {
            return true;
          }
        }
      }
      return false;
    }

    /** A short stem ("do", "my") only as a whole word; a longer one ("remind") as a start. */
    private static boolean is(String word, String stem) {
      return stem.length() < 4 ? word.equals(stem) : word.startsWith(stem);
    }

    Reply reply() {
      return new Reply.Choices(answer, List.of(Choice.ask(buttonLabel, command)));
    }
  }

  private static final List<String> REMINDERS = List.of("remind", "nudge", "notif");
  private static final List<String> CHECK_IN = List.of("checkin");
  private static final List<String> ASKING_HOW =
      List.of("how", "work", "start", "do", "begin", "run", "can", "what", "where", "update");
  private static final List<String> SEEING =
      List.of("see", "view", "show", "where", "what", "find", "look", "check", "get");
  private static final List<String> RATINGS =
      List.of(
          "rating", "rated", "level", "note", "checkin", "score", "result", "said", "say",
          "answer");

  private static final List<Topic> TOPICS =
      List.of(
          new Topic(
              List.of(REMINDERS, List.of("snooze", "delay", "postpone", "pause", "week off")),
              true,
              "Type remind snooze to have no check-in nudge for a week, or remind snooze 2 weeks"
                  + " for longer (leads only).",
              "Snooze a week",
              "remind snooze"),
          new Topic(
              List.of(REMINDERS, List.of("back", "resume", "enable", "again", "restart")),
              true,
              "Type remind start to have nudges again after remind stop (leads only).",
              "Nudges on",
              "remind start"),
          new Topic(
              List.of(
                  REMINDERS,
                  List.of("stop", "off", "disable", "mute", "unsubscribe", "silence", "quiet")),
              true,
              "A lead types remind stop to stop all nudges for the team, and remind start to have"
                  + " them again; remind snooze pauses them for a week. Type remind to see the"
                  + " settings.",
              "Nudge settings",
              "remind"),
          new Topic(
              List.of(List.of("digest", "summary", "summaries")),
              true,
              "Leads can have a digest of the levels given: a lead types remind digest weekly (or"
                  + " remind digest monthly), and remind digest off to stop it.",
              "Weekly digest",
              "remind digest weekly"),
          new Topic(
              List.of(List.of("remind", "nudge", "notif", "time"), List.of("zone", "timezone")),
              true,
              "A lead types remind timezone and a time zone (remind timezone Europe/London) to"
                  + " set the zone of the nudges’ day and time.",
              "Nudge settings",
              "remind"),
          new Topic(
              List.of(REMINDERS, List.of("channel", "dm", "direct", "lead", "everyone", "whole")),
              true,
              "A lead types remind to channel to post nudges in the team’s channel, or remind to"
                  + " leads to message each lead.",
              "Nudge settings",
              "remind"),
          new Topic(
              List.of(REMINDERS),
              true,
              "Type remind to see when nudges arrive. A lead changes them: remind every 2 weeks on"
                  + " Monday at 09:00 (weekly, fortnightly, monthly and quarterly work too).",
              "Nudge settings",
              "remind"),
          new Topic(
              List.of(List.of("json")),
              true,
              "Type export json for the whole assessment and its history as a JSON file, every"
                  + " note exactly as written.",
              "Export JSON",
              "export json"),
          new Topic(
              List.of(List.of("spreadsheet", "excel", "csv", "export", "download", "xls", "sheet")),
              true,
              "Type export csv for a spreadsheet of the whole assessment and its history (UTF-8,"
                  + " opens in Excel), every note exactly as written; export json gives the same"
                  + " as JSON.",
              "Export CSV",
              "export csv"),
          new Topic(
              List.of(
                  List.of("history", "chang", "past", "old", "previous", "earlier"),
                  SEEING,
                  RATINGS),
              true,
              "Type history and a competency (history workforce) to see how its level changed"
                  + " over time, with the note given at each check-in.",
              "History",
              "history"),
          new Topic(
              List.of(
                  CHECK_IN,
                  List.of(
                      "pause",
                      "halfway",
                      "later",
                      "finish",
                      "break",
                      "resume",
                      "continue",
                      "stop",
                      "cancel",
                      "back",
                      "undo")),
              true,
              "During a check-in, type pause to stop and carry on later (checkin then offers to"
                  + " go on where you left off), back to change the last answer, skip to leave a"
                  + " competency for now, or cancel to end it.",
              "Start a check-in",
              "checkin"),
          new Topic(
              List.of(
                  List.of("wrong", "mistake", "correct", "fix", "error", "incorrect", "amend"),
                  List.of("level", "rating", "rated", "answer", "score", "gave", "given")),
              true,
              "A lead types correct, a competency and the right level (correct workforce good):"
                  + " the correction is recorded in the team’s history, which is never rewritten.",
              "Team commands",
              "team help"),
          new Topic(
              List.of(CHECK_IN, ASKING_HOW),
              true,
              "A check-in takes two minutes: for each competency due, you pick the level that"
                  + " fits your team now (or tick the descriptors that are true, on one card), then add a"
                  + " note on the evidence, in any language. Type checkin to start, checkin"
                  + " co-production for one competency, or checkin all for all of them.",
              "Start a check-in",
              "checkin"),
          new Topic(
              List.of(List.of("lead", "leader", "admin"), List.of("add", "make", "another", "new")),
              false,
              "A lead types team add lead and the person (team add lead @sam); team remove lead"
                  + " takes the role away.",
              "Team commands",
              "team help"),
          new Topic(
              List.of(List.of("rename", "name"), List.of("team", "channel")),
              false,
              "A lead types team rename and the new name (team rename Ward 7 North).",
              "Team commands",
              "team help"),
          new Topic(
              List.of(
                  List.of("member", "people", "someone", "person", "colleague"),
                  List.of("add", "remove", "join", "leave", "invite")),
              false,
              "A lead types team add and the person to add them to the team, team remove to take"
                  + " them off; team members shows who is in it.",
              "Team members",
              "team members"),
          new Topic(
              List.of(List.of("who", "whos"), List.of("team", "lead", "member")),
              false,
              "Type team members to see who leads the team and who is in it.",
              "Team members",
              "team members"),
          new Topic(
              List.of(List.of("rate", "rating", "selfassess", "assess", "score"), ASKING_HOW),
              false,
              "Teams rate themselves in a check-in: for each competency due, pick the level that"
                  + " fits now and add a note on the evidence. Type checkin to start.",
              "Start a check-in",
              "checkin"),
          new Topic(
              List.of(List.of("team", "our", "we", "us", "my"), RATINGS, SEEING),
              false,
              "Type team to see your team’s levels at a glance: each competency’s level, who set"
                  + " it and when. history and a competency shows the notes behind them.",
              "Team assessment",
              "team"),
          new Topic(
              List.of(
                  List.of(
                      "language",
                      "bengali",
                      "bangla",
                      "urdu",
                      "arabic",
                      "welsh",
                      "somali",
                      "polish",
                      "script",
                      "translat",
                      "punjabi",
                      "gujarati",
                      "turkish")),
              false,
              "Notes, team names and answers can be written in any language or script: they are"
                  + " kept and exported exactly as typed. The framework itself is quoted in"
                  + " English, as it is written.",
              "Start a check-in",
              "checkin"));

  private BotGuide() {}

  /** The commands the guide's answers offer to run. */
  static List<String> commands() {
    return TOPICS.stream().map(Topic::command).distinct().toList();
  }

  /** The answer about the bot that {@code q} asks for, if it asks about the bot. */
  static Optional<Reply> answer(Question q) {
    return topic(q).map(Topic::reply);
  }

  /** The topic about the bot that {@code q} asks of, if it asks about the bot. */
  static Optional<Topic> topic(Question q) {
    List<String> words = joined(q.said());
    boolean aboutTheFramework = !q.competencies().isEmpty() || !q.levels().isEmpty();
    for (Topic topic : TOPICS) {
      if ((topic.evenAboutACompetency() || !aboutTheFramework) && topic.matches(words)) {
        return Optional.of(topic);
      }
    }
    return Optional.empty();
  }

  /** "check in", "check-ins" and "self assessment" as one word each, as the commands spell them. */
  private static List<String> joined(List<String> words) {
    List<String> out = new ArrayList<>(words.size());
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      String next = i + 1 < words.size() ? words.get(i + 1) : "";
      if (word.equals("remind") && (next.equals("me") || next.equals("us"))) {
        continue; // "remind me what intersectionality is" asks nothing of the reminders
      }
      if ((word.equals("check") && (next.equals("in") || next.equals("ins")))
          || (word.equals("self") && next.startsWith("assess"))) {
        out.add(word + next);
        i++;
      } else {
        out.add(word);
      }
    }
    return out;
  }
}
