package org.pcref.teams;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.pcref.core.conversation.Address;

/** References in memory only: for tests and for running without a database. */
public final class InMemoryConversationReferences implements ConversationReferences {

  private record Key(String tenant, String conversation, String user) {}

  private record Entry(StoredReference reference, boolean active) {}

  private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

  @Override
  public void save(StoredReference reference) {
    entries.put(key(reference), new Entry(reference, true));
  }

  @Override
  public Optional<StoredReference> find(Address address) {
    List<Entry> matches =
        entries.values().stream()
            .filter(Entry::active)
            .filter(e -> e.reference().tenant().equals(address.tenant()))
            .filter(
                e ->
                    address.isDirect()
                        ? e.reference().user().equals(address.user())
                        : !e.reference().personal() && e.reference().conversation().equals(address.channel()))
            .toList();
    return matches.stream().findFirst().map(Entry::reference);
  }

  @Override
  public void deactivate(StoredReference reference) {
    entries.computeIfPresent(key(reference), (k, e) -> new Entry(e.reference(), false));
  }

  private static Key key(StoredReference r) {
    return new Key(r.tenant(), r.conversation(), r.user());
  }
}
