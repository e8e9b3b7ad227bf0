package org.pcref.web;

import java.time.Clock;
import java.time.ZoneOffset;
import org.pcref.core.audit.InMemoryAuditTrail;
import org.pcref.core.checkin.CheckInSettings;
import org.pcref.core.picture.InMemoryTrustPicture;
import org.pcref.core.picture.TrustPicture;
import org.pcref.core.privacy.Admins;
import org.pcref.core.privacy.DataProtection;
import org.pcref.core.privacy.Handover;
import org.pcref.core.round.RoundStore;
import org.pcref.core.team.InMemoryTeamStore;
import org.pcref.framework.Framework;
import org.pcref.framework.FrameworkLoader;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The board over the sample trust, as the server wires it, with the in-memory stores. */
@Configuration(proxyBeanMethods = false)
@EnableAutoConfiguration
@Import(BoardConfiguration.class)
class BoardTestApp {

  @Bean
  Framework framework() {
    return FrameworkLoader.bundled();
  }

  @Bean
  InMemoryTeamStore teamStore(Framework framework) {
    return SampleTrust.store(framework);
  }

  @Bean
  TrustPicture trustPicture(InMemoryTeamStore store) {
    return new InMemoryTrustPicture(store);
  }

  @Bean
  RoundStore roundStore(Framework framework) {
    return SampleTrust.rounds(framework);
  }

  @Bean
  CheckInSettings checkInSettings() {
    return CheckInSettings.DEFAULTS;
  }

  /** The audit trail in memory; a person's data is one rating of Bob's, until he is erased. */
  @Bean
  DataProtection dataProtection() {
    return new DataProtection(
        new InMemoryAuditTrail(), new OnePersonsData(), Admins.NONE, Handover.AS_FILES);
  }

  @Bean
  Clock clock() {
    return Clock.fixed(SampleTrust.NOW, ZoneOffset.UTC);
  }
}
