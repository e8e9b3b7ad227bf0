package org.pcref.app.msteams;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Posts to the running bot's /api/messages as the Bot Framework does. */
final class MessagesEndpoint {

  private final HttpClient http = HttpClient.newHttpClient();
  private final URI uri;

  MessagesEndpoint(int port) {
    this.uri = URI.create("http://localhost:" + port + "/api/messages");
  }

  HttpResponse<String> post(JsonNode activity) {
    return post(activity.toString(), null);
  }

  HttpResponse<String> post(JsonNode activity, String authorization) {
    return post(activity.toString(), authorization);
  }

  HttpResponse<String> post(String body, String authorization) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
