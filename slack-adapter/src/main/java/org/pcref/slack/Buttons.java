package org.pcref.slack;

/**
 * Slack wants every button's {@code action_id} unique within its message, but the core gives many
 * buttons the same action id (their values differ). Each button gets the core's id plus its place;
 * a press gives back the core's id unchanged.
 */
final class Buttons {

  private static final char SEPARATOR = '#';

  private Buttons() {}

  static String slackActionId(String coreActionId, int place) {
    return coreActionId + SEPARATOR + place;
  }

  static String coreActionId(String slackActionId) {
    int at = slackActionId.lastIndexOf(SEPARATOR);
    return at < 0 ? slackActionId : slackActionId.substring(0, at);
  }
}
