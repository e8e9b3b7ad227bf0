package org.pcref.msteams;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ServiceUrlAllowListTest {

  private final ServiceUrlAllowList allowList =
      new ServiceUrlAllowList(List.of("127.0.0.1", "*.example.org"));

  @Test
  void shouldAllowBotFrameworkHostsOverHttps() {
    assertThat(allowList.allows("https://smba.trafficmanager.net/amer/")).isTrue();
    assertThat(allowList.allows("https://europe.webchat.botframework.com/")).isTrue();
    assertThat(allowList.allows("http://smba.trafficmanager.net/amer/")).isFalse();
  }

  @Test
  void shouldRefuseLookalikes() {
    assertThat(allowList.allows("https://smba.trafficmanager.net.evil.example/")).isFalse();
    assertThat(allowList.allows("https://evilbotframework.com/")).isFalse();
    assertThat(allowList.allows("https://botframework.com@evil.example/")).isFalse();
    assertThat(allowList.allows("https://x.smba.trafficmanager.net/")).isFalse();
    assertThat(allowList.allows("not a url")).isFalse();
    assertThat(allowList.allows(null)).isFalse();
  }

  @Test
  void shouldAllowConfiguredHosts() {
    assertThat(allowList.allows("http://127.0.0.1:4567/")).isTrue();
    assertThat(allowList.allows("https://teams.example.org/")).isTrue();
    assertThat(allowList.allows("ftp://127.0.0.1/")).isFalse();
  }

  @Test
  void shouldAllowOnlyLoopbackInEmulatorMode() {
    ServiceUrlAllowList emulator =
        ServiceUrlAllowList.of(
            new TeamsSettings("", "", "", "", Set.of(), List.of("*.example.org"), true));

    assertThat(emulator.allows("http://localhost:5000/")).isTrue();
    assertThat(emulator.allows("http://127.0.0.1:5000/")).isTrue();
    assertThat(emulator.allows("http://[::1]:5000/")).isTrue();
    assertThat(emulator.allows("https://smba.trafficmanager.net/amer/")).isFalse();
    assertThat(emulator.allows("https://teams.example.org/")).isFalse();
    assertThat(emulator.allows("http://10.0.0.5:5000/")).isFalse();
  }

  @Test
  void shouldNotAllowLoopbackWithAnAppIdUnlessConfigured() {
    ServiceUrlAllowList withApp =
        ServiceUrlAllowList.of(
            new TeamsSettings("app", "secret", "", "", Set.of(), List.of(), true));

    assertThat(withApp.allows("http://127.0.0.1:5000/")).isFalse();
    assertThat(withApp.allows("https://smba.trafficmanager.net/amer/")).isTrue();
  }
}
