package org.pcref.slack;

/**
 * Slack wants every button's {@code action_id} unique within its message, but the core gives many
 * buttons the same action id (their values differ). Each button gets the core's id plus its place;
 * a press gives back the core's id unchanged. A button on a message for the whole channel is marked
 * as one everyone may press: pressing it leaves the message as it is and answers the person alone.
 */
final class Buttons {

  private static final char SEPARATOR = '#';
  private static final String FOR_EVERYONE = "!";

  private Buttons() {}

  static String slackActionId(String coreActionId, int place) {
    return coreActionId + SEPARATOR + place;
  }

  /** The same button, marked as one that everyone in the channel may press. */
  static String forEveryone(String slackActionId) {
    return slackActionId.endsWith(FOR_EVERYONE) ? slackActionId : slackActionId + FOR_EVERYONE;
  }

  static boolean isForEveryone(String slackActionId) {
    return slackActionId != null && slackActionId.endsWith(FOR_EVERYONE);
  }

  static String coreActionId(String slackActionId) {
    int at = slackActionId.lastIndexOf(SEPARATOR);
    return at < 0 ? slackActionId : slackActionId.substring(0, at);
  }
}
