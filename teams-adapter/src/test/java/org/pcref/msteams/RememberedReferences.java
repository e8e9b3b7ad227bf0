package org.pcref.msteams;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pcref.core.message.Address;

/**
 * Conversation references kept in memory: where the bot could send a nudge, and where no longer.
 */
final class RememberedReferences implements ConversationReferences {

  private final List<StoredReference> active = new ArrayList<>();

  @Override
  public synchronized void save(StoredReference reference) {
    active.removeIf(r -> sameConversation(r, reference));
    active.add(reference);
  }

  @Override
  public synchronized Optional<StoredReference> find(Address address) {
    return active.stream()
        .filter(r -> r.tenant().equals(address.tenant()))
        .filter(
            r ->
                address.isDirect()
                    ? r.user().equals(address.user())
                    : !r.personal() && r.conversation().equals(address.channel()))
        .reduce((older, newer) -> newer);
  }

  @Override
  public synchronized void deactivate(StoredReference reference) {
    active.removeIf(r -> sameConversation(r, reference));
  }

  @Override
  public synchronized boolean anyActive(String tenant) {
    return active.stream().anyMatch(r -> r.tenant().equals(tenant));
  }

  synchronized List<StoredReference> active() {
    return List.copyOf(active);
  }

  private static boolean sameConversation(StoredReference a, StoredReference b) {
    return a.tenant().equals(b.tenant())
        && a.conversation().equals(b.conversation())
        && a.user().equals(b.user());
  }
}
