package org.pcref.msteams;

/**
 * Which activities the bot has already handled. Teams delivers an activity again when it did not
 * get an answer in time, possibly to another instance of the bot; an activity seen before is
 * ignored, so a question is answered and a card press counted once. Welcomes are recorded here too,
 * as Teams announces one installation with two activities.
 */
public interface SeenActivities {

  /** Records the activity and says whether this is the first time any instance saw it. */
  boolean firstTime(String activityKey);
}
