package org.pcref.app.msteams;

import org.pcref.msteams.TeamsEndpoint;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where Teams (through the Bot Framework) posts activities. The body is read as a raw string and
 * parsed by Bot Framework's own mapper in the adapter, not by Spring's.
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
      @RequestBody(required = false) String body) {
    TeamsEndpoint.Response response = endpoint.handle(authorization, body);
    if (response.body().isEmpty()) {
      return ResponseEntity.status(response.status()).build();
    }
    return ResponseEntity.status(response.status()).contentType(MediaType.APPLICATION_JSON).body(response.body());
  }
}
