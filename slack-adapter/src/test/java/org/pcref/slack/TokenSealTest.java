package org.pcref.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * Bot tokens go into the database sealed, and open only with the same client secret, for their own
 * row.
 */
class TokenSealTest {

  private final TokenSeal seal = TokenSeal.fromSecret("client-secret-1");

  @Test
  void aSealedTokenOpensForItsOwnRowAndShowsNothingOfTheToken() {
    String sealed = seal.seal("xoxb-123-abc", "T:T1");

    assertThat(sealed).startsWith("sealed:v1:").doesNotContain("xoxb", "123-abc");
    assertThat(seal.open(sealed, "T:T1")).contains("xoxb-123-abc");
    assertThat(TokenSeal.fromSecret("client-secret-1").open(sealed, "T:T1"))
        .contains("xoxb-123-abc");
  }

  @Test
  void theSameTokenSealsDifferentlyEachTime() {
    assertThat(seal.seal("xoxb-123-abc", "T:T1")).isNotEqualTo(seal.seal("xoxb-123-abc", "T:T1"));
  }

  @Test
  void doesNotOpenForAnotherRowWithAnotherSecretOrOnceAltered() {
    String sealed = seal.seal("xoxb-123-abc", "T:T1");
    byte[] bytes = Base64.getDecoder().decode(sealed.substring("sealed:v1:".length()));
    bytes[bytes.length - 1] ^= 1;
    String altered = "sealed:v1:" + Base64.getEncoder().encodeToString(bytes);

    assertThat(seal.open(sealed, "T:T2")).isEmpty();
    assertThat(TokenSeal.fromSecret("client-secret-2").open(sealed, "T:T1")).isEmpty();
    assertThat(seal.open(altered, "T:T1")).isEmpty();
    assertThat(seal.open("sealed:v1:not base64!", "T:T1")).isEmpty();
    assertThat(seal.open("sealed:v1:AAAA", "T:T1")).isEmpty();
  }

  @Test
  void aTokenStoredBeforeSealingIsReadAsItIs() {
    assertThat(seal.open("xoxb-stored-earlier", "T:T1")).contains("xoxb-stored-earlier");
  }
}
