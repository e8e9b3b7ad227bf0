package org.pcref.msteams;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ConversationAccount;
import com.microsoft.bot.schema.ConversationReference;
import com.microsoft.bot.schema.Serialization;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import org.pcref.msteams.ConversationReferences.StoredReference;

/**
 * Keeps the conversation reference of every activity, so that nudges can reach the channel or chat
 * later. A channel's reference points at the channel, not at the thread the activity came from, so
 * a nudge starts a new post.
 */
final class ReferenceKeeper {

  private static final Logger LOG = System.getLogger(ReferenceKeeper.class.getName());

  private final ConversationReferences references;

  ReferenceKeeper(ConversationReferences references) {
    this.references = references;
  }

  void remember(Activity activity) {
    try {
      references.save(stored(activity));
    } catch (RuntimeException e) {
      // The person still gets an answer; only a later nudge may not reach them.
      LOG.log(Level.WARNING, "Could not keep the conversation reference: " + e.getMessage());
    }
  }

  void forget(Activity activity) {
    try {
      references.deactivate(stored(activity));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not deactivate the conversation reference: " + e.getMessage());
    }
  }

  static StoredReference stored(Activity activity) {
    ConversationReference reference = activity.getConversationReference();
    reference.setActivityId(null);
    ConversationAccount conversation = reference.getConversation();
    if (conversation != null && conversation.getId() != null) {
      ConversationAccount whole = ConversationAccount.clone(conversation);
      whole.setId(InboundActivities.conversation(activity));
      reference.setConversation(whole);
    }
    boolean personal = InboundActivities.isPersonal(activity);
    String user = personal ? InboundActivities.userId(activity.getFrom()) : "";
    try {
      return new StoredReference(
          InboundActivities.tenant(activity),
          InboundActivities.conversation(activity),
          user,
          Serialization.toString(reference));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("conversation reference not serializable", e);
    }
  }

  /** The stored reference as Bot Framework's object, or null when it cannot be read. */
  static ConversationReference read(StoredReference stored) {
    try {
      return Serialization.treeToValue(
          Serialization.jsonToTree(stored.json()), ConversationReference.class);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
