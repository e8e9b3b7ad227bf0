package org.pcref.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * The container image that {@code mvn -Pimage package} writes as a tarball: runs the standalone jar
 * on Java as an unprivileged user, and holds nothing else of the application. Runs only with that
 * profile, which builds the image (the default build makes none: it needs a registry for the base
 * image; {@code -Dimage.base=scratch} builds one here).
 */
class ImageTarballIT {

  private static final Path TARBALL = Path.of("target/jib-image.tar");

  @Test
  void shouldRunTheStandaloneJarAsAnUnprivilegedUser() throws IOException {
    assertThat(TARBALL).as("the image the image profile builds").exists();
    Map<String, byte[]> image = entries(Files.newInputStream(TARBALL));
    ObjectMapper json = new ObjectMapper();
    JsonNode manifest = json.readTree(image.get("manifest.json")).get(0);
    JsonNode config = json.readTree(image.get(manifest.path("Config").asText())).path("config");

    assertThat(config.path("User").asText()).isEqualTo("65532:65532");
    assertThat(config.path("Entrypoint").toString())
        .isEqualTo(
            "[\"java\",\"-XX:MaxRAMPercentage=75\",\"-jar\",\"/app/pcref-bot-standalone.jar\"]");
    assertThat(config.path("ExposedPorts").has("3978/tcp")).isTrue();
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (JsonNode layer : manifest.path("Layers")) {
      files.putAll(
          entries(new GZIPInputStream(new ByteArrayInputStream(image.get(layer.asText())))));
    }
    assertThat(files.keySet())
        .contains("app/pcref-bot-standalone.jar", "data/README.txt")
        .noneMatch(name -> name.startsWith("app/libs/") || name.startsWith("app/classes/"));
  }

  /** The files of a tar stream, by name (directories left out). */
  private static Map<String, byte[]> entries(InputStream tar) throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    try (tar) {
      byte[] header = new byte[512];
      while (tar.readNBytes(header, 0, 512) == 512 && header[0] != 0) {
        String name = text(header, 0, 100);
        String prefix = text(header, 345, 155);
        long size =
            Long.parseLong(
                text(header, 124, 12).strip().isEmpty() ? "0" : text(header, 124, 12).strip(), 8);
        byte[] content = tar.readNBytes((int) size);
        tar.skipNBytes((512 - size % 512) % 512);
        char type = (char) header[156];
        if (type == '0' || type == '\0') {
          files.put(prefix.isEmpty() ? name : prefix + "/" + name, content);
        }
      }
    }
    return files;
  }

  private static String text(byte[] header, int from, int length) {
    int end = from;
    while (end < from + length && header[end] != 0) {
      end++;
    }
    return new String(header, from, end - from, StandardCharsets.US_ASCII);
  }
}
