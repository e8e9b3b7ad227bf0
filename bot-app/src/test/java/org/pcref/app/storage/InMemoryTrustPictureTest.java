package org.pcref.app.storage;

import org.pcref.core.picture.InMemoryTrustPicture;
import org.pcref.core.team.InMemoryTeamStore;

/** The trust picture contract on the core's in-memory picture, which the core's own tests use. */
class InMemoryTrustPictureTest extends TrustPictureContract {

  @Override
  Stores emptyStores() {
    InMemoryTeamStore teams = new InMemoryTeamStore();
    return new Stores(teams, new InMemoryTrustPicture(teams));
  }
}
