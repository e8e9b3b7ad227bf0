package org.pcref.msteams;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Unauthenticated Teams only when asked for, and then only from and to this machine. */
class EmulatorModeTest {

  private static TeamsEndpoint endpoint(TeamsSettings settings) {
    // Requests refused on their headers never reach the bot, its references or its seen activities.
    return new TeamsEndpoint(new TeamsAdapter(settings), null, null, null, settings);
  }

  @Test
  void shouldBeOffWithoutAnAppIdUnlessTheEmulatorIsAskedFor() {
    TeamsEndpoint off = endpoint(new TeamsSettings("", "", "", "", Set.of(), List.of()));

    assertThat(off.refusedBeforeReading(null, 100, "127.0.0.1"))
        .hasValueSatisfying(r -> assertThat(r.status()).isEqualTo(404));
    assertThat(off.handle(null, "{}").status()).isEqualTo(404);
  }

  @Test
  void shouldTakeEmulatorRequestsFromThisMachineOnly() {
    TeamsEndpoint emulator = endpoint(new TeamsSettings("", "", "", "", Set.of(), List.of(), true));

    assertThat(emulator.refusedBeforeReading(null, 100, "127.0.0.1")).isEmpty();
    assertThat(emulator.refusedBeforeReading(null, 100, "::1")).isEmpty();
    assertThat(emulator.refusedBeforeReading(null, 100, "10.1.2.3"))
        .hasValueSatisfying(r -> assertThat(r.status()).isEqualTo(403));
    assertThat(emulator.refusedBeforeReading(null, 100, "localhost.evil.example"))
        .hasValueSatisfying(r -> assertThat(r.status()).isEqualTo(403));
    assertThat(emulator.refusedBeforeReading(null, TeamsEndpoint.MAX_BODY_BYTES + 1L, "127.0.0.1"))
        .hasValueSatisfying(r -> assertThat(r.status()).isEqualTo(413));
  }
}
