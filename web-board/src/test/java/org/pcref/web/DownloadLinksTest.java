package org.pcref.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pcref.web.SignedInAuthorizationTest.person;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pcref.core.download.Download;
import org.pcref.core.download.DownloadLinks;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The chat's signed links to the board's downloads: the same file as the board's own download,
 * without signing in, for fifteen minutes; a changed, expired or foreign link gets 403, never an
 * error.
 */
class DownloadLinksTest {

  private static MockMvc mvc;
  private static DownloadLinks links;

  @BeforeAll
  static void start() {
    ConfigurableApplicationContext server = TestServers.signedIn();
    mvc = TestServers.mockMvc(server);
    links = server.getBean(DownloadLinks.class);
  }

  @Test
  void shouldDownloadTheSameCsvAsTheBoardWithoutSigningIn() throws Exception {
    DownloadLinks.Link link =
        links.linkTo(Download.teamHistory(SampleTrust.WARD, "csv")).orElseThrow();

    assertThat(link.url().toString()).startsWith(TestServers.PUBLIC_URL + "/links/");
    assertThat(link.validFor()).isEqualTo(Duration.ofMinutes(15));
    byte[] byLink = body(link.url().getPath());
    byte[] onTheBoard =
        mvc.perform(
                get("/teams/" + SampleTrust.WARD + "/history.csv").with(person(SampleTrust.BOB)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    assertThat(byLink).isEqualTo(onTheBoard);
    assertThat(new String(byLink, StandardCharsets.UTF_8)).contains(SampleTrust.SECRET_NOTE);
  }

  @Test
  void shouldDownloadTheSpreadsheetToo() throws Exception {
    DownloadLinks.Link link =
        links.linkTo(Download.teamHistory(SampleTrust.WARD, "xlsx")).orElseThrow();

    byte[] byLink = body(link.url().getPath());
    byte[] onTheBoard =
        mvc.perform(
                get("/teams/" + SampleTrust.WARD + "/history.xlsx").with(person(SampleTrust.BOB)))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    // Every part the same but the document's creation time, which the spreadsheet stamps.
    assertThat(parts(byLink)).isEqualTo(parts(onTheBoard)).containsKey("xl/worksheets/sheet1.xml");
  }

  private static java.util.Map<String, String> parts(byte[] xlsx) throws Exception {
    java.util.Map<String, String> parts = new java.util.TreeMap<>();
    java.nio.file.Path file = java.nio.file.Files.createTempFile("history", ".xlsx");
    try {
      java.nio.file.Files.write(file, xlsx);
      try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
        for (var entry : java.util.Collections.list(zip.entries())) {
          if (!entry.getName().equals("docProps/core.xml")) {
            parts.put(
                entry.getName(),
                new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
          }
        }
      }
    } finally {
      java.nio.file.Files.delete(file);
    }
    return parts;
  }

  @Test
  void shouldMakeNoLinkForWhatTheBoardDoesNotServeByLink() {
    assertThat(links.linkTo(Download.teamHistory(SampleTrust.WARD, "json"))).isEmpty();
  }

  @Test
  void shouldRefuseALinkChangedToAnotherTeam() throws Exception {
    String token = token(links.linkTo(Download.teamHistory(SampleTrust.WARD, "csv")).orElseThrow());
    String signature = token.substring(token.indexOf('.') + 1);
    String payload =
        new String(
            Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))),
            StandardCharsets.UTF_8);
    String otherTeam =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                payload
                    .replace(SampleTrust.WARD, SampleTrust.CRISIS)
                    .getBytes(StandardCharsets.UTF_8));

    mvc.perform(get("/links/" + otherTeam + "." + signature)).andExpect(status().isForbidden());
  }

  @Test
  void shouldRefuseALinkWithALongerLife() throws Exception {
    String token = token(links.linkTo(Download.teamHistory(SampleTrust.WARD, "csv")).orElseThrow());
    String payload =
        new String(
            Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))),
            StandardCharsets.UTF_8);
    String later = payload.replaceFirst("\\d+$", "9999999999");
    String changed =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(later.getBytes(StandardCharsets.UTF_8));

    mvc.perform(get("/links/" + changed + token.substring(token.indexOf('.'))))
        .andExpect(status().isForbidden());
  }

  @Test
  void shouldRefuseAnExpiredLink() throws Exception {
    LinkSigner sixteenMinutesAgo =
        new LinkSigner(
            () -> TestServers.LINK_SECRET.getBytes(StandardCharsets.UTF_8),
            Clock.fixed(SampleTrust.NOW.minus(Duration.ofMinutes(16)), ZoneOffset.UTC),
            BoardConfiguration.LINK_VALID_FOR);
    LinkSigner fourteenMinutesAgo =
        new LinkSigner(
            () -> TestServers.LINK_SECRET.getBytes(StandardCharsets.UTF_8),
            Clock.fixed(SampleTrust.NOW.minus(Duration.ofMinutes(14)), ZoneOffset.UTC),
            BoardConfiguration.LINK_VALID_FOR);
    Download ward = Download.teamHistory(SampleTrust.WARD, "csv");

    mvc.perform(get("/links/" + sixteenMinutesAgo.sign(ward))).andExpect(status().isForbidden());
    mvc.perform(get("/links/" + fourteenMinutesAgo.sign(ward))).andExpect(status().isOk());
  }

  @Test
  void shouldRefuseALinkSignedWithAnotherKey() throws Exception {
    LinkSigner another =
        new LinkSigner(
            () -> "another-secret-of-at-least-32-characters".getBytes(StandardCharsets.UTF_8),
            Clock.fixed(SampleTrust.NOW, ZoneOffset.UTC),
            BoardConfiguration.LINK_VALID_FOR);

    mvc.perform(get("/links/" + another.sign(Download.teamHistory(SampleTrust.WARD, "csv"))))
        .andExpect(status().isForbidden());
  }

  @Test
  void shouldRefuseAnythingThatIsNotALinkWithoutAnError() throws Exception {
    for (String token :
        new String[] {
          "x", "a.b", "abc.", ".abc", "!!!.***", "a".repeat(3000), "YQ.YQ", "YQ.YQ.YQ"
        }) {
      mvc.perform(get("/links/{token}", token)).andExpect(status().isForbidden());
    }
    // Refused by the server's firewall before the board sees it: still a client's error.
    for (String path : new String[] {"/links/%00.%00", "/links/.", "/links/.."}) {
      mvc.perform(get(URI.create(path))).andExpect(status().is4xxClientError());
    }
  }

  @Test
  void shouldRefuseEveryOneLetterChangeAndEveryOtherWayOfWritingTheSameToken() throws Exception {
    String token = token(links.linkTo(Download.teamHistory(SampleTrust.WARD, "csv")).orElseThrow());
    String letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    LinkSigner signer =
        new LinkSigner(
            () -> TestServers.LINK_SECRET.getBytes(StandardCharsets.UTF_8),
            Clock.fixed(SampleTrust.NOW, ZoneOffset.UTC),
            BoardConfiguration.LINK_VALID_FOR);

    assertThat(signer.check(token)).isPresent();
    for (int i = 0; i < token.length(); i++) {
      if (token.charAt(i) == '.') {
        continue;
      }
      for (char letter : letters.toCharArray()) {
        if (letter != token.charAt(i)) {
          String changed = token.substring(0, i) + letter + token.substring(i + 1);
          assertThat(signer.check(changed)).as("changed at %d to %s", i, letter).isEmpty();
        }
      }
    }
    int dot = token.indexOf('.');
    for (String padded :
        new String[] {
          token + "=", token + "==", token.substring(0, dot) + "=" + token.substring(dot)
        }) {
      assertThat(signer.check(padded)).as(padded).isEmpty();
    }
  }

  private static String token(DownloadLinks.Link link) {
    String path = link.url().getPath();
    return path.substring(path.lastIndexOf('/') + 1);
  }

  private static byte[] body(String path) throws Exception {
    return mvc.perform(get(URI.create(path)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsByteArray();
  }
}
