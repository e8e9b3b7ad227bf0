package org.pcref.app.msteams;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.pcref.msteams.TeamsEndpoint;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where Teams (through the Bot Framework) posts activities. The headers are checked before the body
 * is read; the body is read raw, at most {@link TeamsEndpoint#MAX_BODY_BYTES}, and parsed by Bot
 * Framework's own mapper in the adapter, not by Spring's.
 */
@RestController
class TeamsController {

  private final TeamsEndpoint endpoint;

  TeamsController(TeamsEndpoint endpoint) {
    this.endpoint = endpoint;
  }

  @PostMapping("/api/messages")
  ResponseEntity<String> messages(
      @RequestHeader(name = "Authorization", required = false) String authorization,
      HttpServletRequest request)
      throws IOException {
    Optional<TeamsEndpoint.Response> refused =
        endpoint.refusedBeforeReading(
            authorization, request.getContentLengthLong(), request.getRemoteAddr());
    if (refused.isPresent()) {
      return answer(refused.get());
    }
    byte[] body;
    try (InputStream in = request.getInputStream()) {
      body = in.readNBytes(TeamsEndpoint.MAX_BODY_BYTES + 1);
    }
    if (body.length > TeamsEndpoint.MAX_BODY_BYTES) {
      return ResponseEntity.status(413).build();
    }
    return answer(endpoint.handle(authorization, new String(body, StandardCharsets.UTF_8)));
  }

  private static ResponseEntity<String> answer(TeamsEndpoint.Response response) {
    if (response.body().isEmpty()) {
      return ResponseEntity.status(response.status()).build();
    }
    return ResponseEntity.status(response.status())
        .contentType(MediaType.APPLICATION_JSON)
        .body(response.body());
  }
}
