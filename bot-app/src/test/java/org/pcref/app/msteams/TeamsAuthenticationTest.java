package org.pcref.app.msteams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.connector.authentication.MicrosoftAppCredentials;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pcref.app.server.BotServer;
import org.pcref.msteams.TeamsAdapter;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The authenticated path for real: with an app id every request needs a Bot Framework token. The
 * tokens are signed in the test with a locally generated RSA key, published by a local OpenID
 * metadata and key set stub (nimbus-jose-jwt comes with Bot Framework's MSAL dependency).
 */
@SpringBootTest(
    classes = BotServer.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TeamsAuthenticationTest.OutboundToken.class)
@ExtendWith(OutputCaptureExtension.class)
class TeamsAuthenticationTest {

  static final String APP_ID = "6a1f0c2e-pcref-test-app";
  static final String ISSUER = "https://api.botframework.com";
  static final String OUTBOUND_TOKEN = "outbound-test-token";

  static final ConnectorStub CONNECTOR = ConnectorStub.start();
  static final RSAKey SIGNING_KEY = newKey("bf-test-key");

  static {
    ObjectMapper json = new ObjectMapper();
    Map<String, Object> publicKey =
        new java.util.HashMap<>(SIGNING_KEY.toPublicJWK().toJSONObject());
    publicKey.put("endorsements", List.of("msteams"));
    CONNECTOR.documents.put(
        "/v1/.well-known/openidconfiguration",
        json.createObjectNode()
            .put("issuer", ISSUER)
            .put("jwks_uri", CONNECTOR.url() + "v1/keys")
            .toString());
    CONNECTOR.documents.put(
        "/v1/keys", json.valueToTree(Map.of("keys", List.of(publicKey))).toString());
  }

  /** A database of this application's own, gone when the tests end. */
  static final String DATABASE =
      "jdbc:h2:mem:teams-" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

  @DynamicPropertySource
  static void teams(DynamicPropertyRegistry registry) {
    registry.add("pcref.database.url", () -> DATABASE);
    // The scheduler is not under test here; its sweeps would add requests to the connector stub.
    registry.add("pcref.nudges.enabled", () -> "false");
    registry.add("pcref.teams.app-id", () -> APP_ID);
    registry.add("pcref.teams.app-password", () -> "not-used-in-tests");
    registry.add(
        "pcref.teams.openid-metadata",
        () -> CONNECTOR.url() + "v1/.well-known/openidconfiguration");
    registry.add("pcref.teams.service-hosts", () -> "127.0.0.1");
  }

  /** Outbound credentials that need no Azure AD: the connector stub just sees this token. */
  @TestConfiguration(proxyBeanMethods = false)
  static class OutboundToken {
    @Bean
    TeamsAdapter.Credentials testCredentials() {
      return (appId, scope) ->
          new MicrosoftAppCredentials(appId, "not-used", null, scope) {
            @Override
            public CompletableFuture<String> getToken() {
              return CompletableFuture.completedFuture(OUTBOUND_TOKEN);
            }
          };
    }
  }

  @AfterAll
  static void stopStub() {
    CONNECTOR.close();
  }

  @LocalServerPort int port;

  private final TeamsActivities teams = new TeamsActivities(CONNECTOR.url());
  private MessagesEndpoint endpoint;

  @BeforeEach
  void setUp() {
    endpoint = new MessagesEndpoint(port);
    CONNECTOR.reset();
  }

  private static RSAKey newKey(String keyId) {
    try {
      return new RSAKeyGenerator(2048).keyID(keyId).generate();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A token as the Bot Framework channel service signs it, changed by {@code tweak}. */
  private static String token(RSAKey key, UnaryOperator<JWTClaimsSet.Builder> tweak) {
    Instant now = Instant.now();
    JWTClaimsSet.Builder claims =
        new JWTClaimsSet.Builder()
            .issuer(ISSUER)
            .audience(APP_ID)
            .notBeforeTime(Date.from(now.minus(Duration.ofMinutes(1))))
            .expirationTime(Date.from(now.plus(Duration.ofMinutes(30))))
            .claim("serviceurl", CONNECTOR.url());
    try {
      SignedJWT jwt =
          new SignedJWT(
              new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
              tweak.apply(claims).build());
      jwt.sign(new RSASSASigner(key));
      return "Bearer " + jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String validToken() {
    return token(SIGNING_KEY, c -> c);
  }

  private HttpResponse<String> post(ObjectNode activity, String authorization) {
    return endpoint.post(activity, authorization);
  }

  private ObjectNode question() {
    return teams.personal("aad-alex", "Alex", "define co-learning");
  }

  private void expectRefusedAndNothingSent(String authorization) {
    assertThat(post(question(), authorization).statusCode()).isEqualTo(401);
    assertThat(CONNECTOR.requests()).isEmpty();
  }

  @Test
  void shouldAnswerARequestWithAValidTokenAndSendTheBotsOwnToken() {
    assertThat(post(question(), validToken()).statusCode()).isEqualTo(200);

    assertThat(CONNECTOR.requests()).hasSize(1);
    assertThat(CONNECTOR.requests().get(0).authorization()).isEqualTo("Bearer " + OUTBOUND_TOKEN);
    assertThat(CONNECTOR.requests().get(0).shownText()).containsIgnoringCase("Co-Learning");
  }

  @Test
  void shouldRefuseARequestWithoutAToken() {
    expectRefusedAndNothingSent(null);
    expectRefusedAndNothingSent("");
    expectRefusedAndNothingSent("Basic dXNlcjpwYXNz");
    expectRefusedAndNothingSent("Bearer not-a-token");
  }

  @Test
  void shouldRefuseATokenForAnotherBot() {
    expectRefusedAndNothingSent(token(SIGNING_KEY, c -> c.audience("another-bot-app-id")));
  }

  @Test
  void shouldRefuseATokenFromAnotherIssuer() {
    expectRefusedAndNothingSent(token(SIGNING_KEY, c -> c.issuer("https://issuer.evil.example")));
  }

  @Test
  void shouldRefuseAnExpiredToken() {
    Instant longAgo = Instant.now().minus(Duration.ofHours(2));
    expectRefusedAndNothingSent(
        token(
            SIGNING_KEY,
            c ->
                c.notBeforeTime(Date.from(longAgo))
                    .expirationTime(Date.from(longAgo.plus(Duration.ofMinutes(30))))));
  }

  @Test
  void shouldRefuseATokenSignedWithAnUnknownKey() {
    expectRefusedAndNothingSent(token(newKey("unknown-key"), c -> c));
  }

  @Test
  void shouldRefuseATokenSignedWithAnotherKeyUnderTheKnownKeyId() {
    expectRefusedAndNothingSent(token(newKey(SIGNING_KEY.getKeyID()), c -> c));
  }

  @Test
  void shouldRefuseAnUnsignedToken() {
    String header = Base64URL.encode("{\"alg\":\"none\",\"typ\":\"JWT\"}").toString();
    String[] valid = validToken().substring("Bearer ".length()).split("\\.");
    expectRefusedAndNothingSent("Bearer " + header + "." + valid[1] + ".");
  }

  @Test
  void shouldRefuseATokenForAnotherServiceUrl() {
    expectRefusedAndNothingSent(
        token(SIGNING_KEY, c -> c.claim("serviceurl", "https://smba.trafficmanager.net/amer/")));
  }

  @Test
  void shouldRefuseAValidTokenNamingAServiceUrlOutsideTheAllowList() {
    ObjectNode elsewhere =
        new TeamsActivities("https://collector.evil.example/").personal("aad-alex", "Alex", "hi");
    String matching =
        token(SIGNING_KEY, c -> c.claim("serviceurl", "https://collector.evil.example/"));

    assertThat(post(elsewhere, matching).statusCode()).isEqualTo(403);
  }

  @Test
  void shouldRefuseATokenThatNeverExpires() {
    expectRefusedAndNothingSent(token(SIGNING_KEY, c -> c.expirationTime(null)));
  }

  @Test
  void shouldRefuseAnUnauthenticatedRequestBeforeReadingItsBody() {
    assertThat(endpoint.post("{not json", null).statusCode()).isEqualTo(401);
    assertThat(endpoint.post("x".repeat(3 * 1024 * 1024), null).statusCode()).isEqualTo(413);
    assertThat(CONNECTOR.requests()).isEmpty();
  }

  @Test
  void shouldRefuseABodyOverOneMebibyteEvenWithAValidToken() {
    ObjectNode huge = question();
    huge.put("text", "define co-learning " + "x".repeat(2 * 1024 * 1024));

    assertThat(post(huge, validToken()).statusCode()).isEqualTo(413);
    assertThat(CONNECTOR.requests()).isEmpty();
  }

  @Test
  void shouldLogAnUntrustedServiceUrlOnOneShortLine(CapturedOutput output) {
    String forged =
        "https://collector.evil.example/\n2026-11-28T10:00:00Z  INFO 1 --- [main] FORGED: all is well/"
            + "a".repeat(500_000);
    ObjectNode elsewhere = new TeamsActivities(forged).personal("aad-alex", "Alex", "hi");

    assertThat(post(elsewhere, validToken()).statusCode()).isEqualTo(403);
    assertThat(output.getAll().lines().filter(line -> line.contains("FORGED")))
        .hasSize(1)
        .allSatisfy(
            line ->
                assertThat(line).contains("serviceUrl host is not allowed").hasSizeLessThan(1_000));
  }
}
