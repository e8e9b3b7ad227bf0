package org.pcref.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The deployment files in {@code deploy/} parse, set only settings the bot knows, probe the health
 * groups, and keep the bot unprivileged on a read-only file system.
 */
class DeployFilesTest {

  private static final Path DEPLOY = Path.of("../deploy");
  private static final Path SETTINGS = Path.of("src/main/resources/application.yml");

  /** Spring Boot's own settings, which application.yml need not name. */
  private static final List<String> SPRING_PREFIXES =
      List.of("SERVER_", "SPRING_", "MANAGEMENT_", "LOGGING_");

  @Test
  void shouldRunTwoInstancesBehindAProxyOnPostgresWithKnownSettings() throws IOException {
    Map<String, Object> compose = yaml(DEPLOY.resolve("compose.yaml"));
    Map<String, Object> services = map(compose.get("services"));

    assertThat(services).containsKeys("postgres", "bot-1", "bot-2", "proxy");
    for (String name : List.of("bot-1", "bot-2")) {
      Map<String, Object> bot = map(services.get(name));
      Map<String, Object> environment = map(bot.get("environment"));
      assertThat(environment.keySet()).allSatisfy(DeployFilesTest::isKnownSetting);
      assertThat(environment.get("PCREF_DATABASE_URL"))
          .isEqualTo("jdbc:postgresql://postgres:5432/pcref");
      assertThat(bot.get("read_only")).isEqualTo(true);
      assertThat(bot.get("image")).isEqualTo(imageName());
    }
    assertThat(Files.readString(DEPLOY.resolve("nginx.conf")))
        .contains("server bot-1:3978", "server bot-2:3978");
  }

  @Test
  void shouldProbeTheHealthGroupsAndRunUnprivilegedOnKubernetes() throws IOException {
    Path folder = DEPLOY.resolve("kubernetes");
    Map<String, Object> deployment = yaml(folder.resolve("deployment.yaml"));
    Map<String, Object> spec = map(deployment.get("spec"));
    Map<String, Object> pod = map(map(spec.get("template")).get("spec"));
    Map<String, Object> container = map(list(pod.get("containers")).get(0));

    assertThat(spec.get("replicas")).isEqualTo(2);
    assertThat(path(container, "livenessProbe", "httpGet", "path"))
        .isEqualTo("/actuator/health/liveness");
    assertThat(path(container, "readinessProbe", "httpGet", "path"))
        .isEqualTo("/actuator/health/readiness");
    assertThat(path(pod, "securityContext", "runAsNonRoot")).isEqualTo(true);
    assertThat(path(container, "securityContext", "readOnlyRootFilesystem")).isEqualTo(true);
    assertThat(path(container, "securityContext", "allowPrivilegeEscalation")).isEqualTo(false);
    assertThat(map(container.get("resources"))).containsKeys("requests", "limits");
    assertThat(container.get("image")).isEqualTo(imageName());
    assertThat((Integer) pod.get("terminationGracePeriodSeconds")).isGreaterThan(30);

    Map<String, Object> secret = map(yaml(folder.resolve("secret.example.yaml")).get("stringData"));
    Map<String, Object> ports = new java.util.HashMap<>();
    for (Object port : list(container.get("ports"))) {
      ports.put((String) map(port).get("name"), map(port).get("containerPort"));
    }
    for (Object each : list(container.get("env"))) {
      Map<String, Object> variable = map(each);
      String name = (String) variable.get("name");
      assertThat(name).satisfies(DeployFilesTest::isKnownSetting);
      if (variable.containsKey("valueFrom")) {
        Map<String, Object> reference = map(map(variable.get("valueFrom")).get("secretKeyRef"));
        assertThat(reference.get("name")).isEqualTo("pcref-bot");
        assertThat(secret).as(name).containsKey((String) reference.get("key"));
      }
      if (name.equals("MANAGEMENT_SERVER_PORT")) {
        assertThat(ports.get(path(container, "readinessProbe", "httpGet", "port")))
            .isEqualTo(Integer.parseInt((String) variable.get("value")));
      }
    }

    Map<String, Object> service = yaml(folder.resolve("service.yaml"));
    Object servicePort = map(list(map(service.get("spec")).get("ports")).get(0)).get("targetPort");
    assertThat(ports.get(servicePort)).isEqualTo(3978);
    Map<String, Object> labels = map(map(spec.get("selector")).get("matchLabels"));
    assertThat(path(service, "spec", "selector")).isEqualTo(labels);
    Map<String, Object> budget = yaml(folder.resolve("poddisruptionbudget.yaml"));
    assertThat(budget.get("kind")).isEqualTo("PodDisruptionBudget");
    assertThat(path(budget, "spec", "selector", "matchLabels")).isEqualTo(labels);
  }

  /**
   * A PCREF_ variable must name a setting of application.yml (Spring's relaxed names: dots and
   * dashes as underscores); another must be one application.yml reads by name, or Spring Boot's.
   */
  private static void isKnownSetting(String variable) {
    if (SPRING_PREFIXES.stream().anyMatch(variable::startsWith)) {
      return;
    }
    assertThat(knownVariables()).as("a setting application.yml knows").contains(variable);
  }

  private static Set<String> knownVariables() {
    try {
      Set<String> known = new HashSet<>();
      flatten("", yaml(SETTINGS), known);
      Matcher placeholder =
          Pattern.compile("\\$\\{([A-Z0-9_]+):").matcher(Files.readString(SETTINGS));
      while (placeholder.find()) {
        known.add(placeholder.group(1));
      }
      return known;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void flatten(String prefix, Map<String, Object> node, Set<String> into) {
    for (Map.Entry<String, Object> entry : node.entrySet()) {
      String key = prefix + entry.getKey();
      into.add(key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'));
      if (entry.getValue() instanceof Map<?, ?>) {
        flatten(key + ".", map(entry.getValue()), into);
      }
    }
  }

  /** The image the build makes, as the bot-app POM names it. */
  private static String imageName() throws IOException {
    Matcher version =
        Pattern.compile("<version>([^<]+)</version>").matcher(Files.readString(Path.of("pom.xml")));
    assertThat(version.find()).isTrue();
    return "pcref-bot:" + version.group(1);
  }

  private static Object path(Map<String, Object> node, String... keys) {
    Object at = node;
    for (String key : keys) {
      at = map(at).get(key);
    }
    return at;
  }

  private static Map<String, Object> yaml(Path file) throws IOException {
    return map(new Yaml().load(Files.readString(file)));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object node) {
    assertThat(node).isInstanceOf(Map.class);
    return (Map<String, Object>) node;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Object node) {
    assertThat(node).isInstanceOf(List.class);
    return new ArrayList<>((List<Object>) node);
  }
}
