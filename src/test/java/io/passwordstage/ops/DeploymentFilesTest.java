package io.passwordstage.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.passwordstage.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deployment files parse and agree with the service: container ports, probe paths
 * (which the running service answers), and environment variables the service actually
 * reads.
 */
class DeploymentFilesTest extends ApiTest {

	/** The variables the service reads (README's configuration table). */
	private static final Set<String> SERVICE_VARIABLES = Set.of("SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_USERNAME",
			"SPRING_DATASOURCE_PASSWORD", "SPRING_DATASOURCE_HIKARI_MAXIMUMPOOLSIZE", "SERVER_PORT",
			"AUTHENTIK_BOOTSTRAP_TOKEN", "AUTHENTIK_MAX_BODY_BYTES", "AUTHENTIK_API_SCHEMA",
			"AUTHENTIK_REQUEST_DEADLINE", "AUTHENTIK_BLUEPRINTS_DIR", "LOGGING_STRUCTURED_FORMAT_CONSOLE");

	@Test
	@SuppressWarnings("unchecked")
	void kubernetesManifestsMatchTheService() throws IOException {
		List<Map<String, Object>> documents = new ArrayList<>();
		new Yaml().loadAll(Files.readString(Path.of("deploy/kubernetes.yaml")))
			.forEach(d -> documents.add((Map<String, Object>) d));
		assertThat(documents).extracting(d -> d.get("kind"))
			.containsExactlyInAnyOrder("Secret", "Deployment", "Service");
		Map<String, Object> secret = kind(documents, "Secret");
		Map<String, Object> deployment = kind(documents, "Deployment");
		Map<String, Object> pod = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) deployment
			.get("spec")).get("template")).get("spec");
		assertThat((Integer) ((Map<String, Object>) deployment.get("spec")).get("replicas")).isGreaterThan(1);
		Map<String, Object> container = ((List<Map<String, Object>>) pod.get("containers")).get(0);

		List<Map<String, Object>> env = (List<Map<String, Object>>) container.get("env");
		Map<String, Object> variables = new java.util.HashMap<>();
		env.forEach(variable -> variables.put((String) variable.get("name"), variable));
		assertThat(SERVICE_VARIABLES).containsAll(variables.keySet());
		int port = Integer.parseInt((String) ((Map<String, Object>) variables.get("SERVER_PORT")).get("value"));
		List<Map<String, Object>> ports = (List<Map<String, Object>>) container.get("ports");
		assertThat(ports.get(0).get("containerPort")).isEqualTo(port);

		Set<String> secretKeys = ((Map<String, Object>) secret.get("stringData")).keySet();
		assertThat(secretKeys).containsExactlyInAnyOrder("AUTHENTIK_BOOTSTRAP_TOKEN", "SPRING_DATASOURCE_PASSWORD");
		for (String name : secretKeys) {
			Map<String, Object> from = (Map<String, Object>) ((Map<String, Object>) variables.get(name))
				.get("valueFrom");
			assertThat(((Map<String, Object>) from.get("secretKeyRef")).get("key")).isEqualTo(name);
		}

		for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
			Map<String, Object> httpGet = (Map<String, Object>) ((Map<String, Object>) container.get(probe))
				.get("httpGet");
			assertThat(send("GET", (String) httpGet.get("path"), null, null, null).status()).as(probe).isEqualTo(200);
		}
		assertThat(((Map<String, Object>) container.get("resources")).get("limits")).isNotNull();
		assertThat(((Map<String, Object>) pod.get("securityContext")).get("runAsNonRoot")).isEqualTo(true);
	}

	@Test
	@SuppressWarnings("unchecked")
	void composeRunsReplicasBehindTheProxyWithTheServicesVariables() throws IOException {
		Map<String, Object> compose = new Yaml().load(Files.readString(Path.of("docker-compose.yml")));
		Map<String, Object> services = (Map<String, Object>) compose.get("services");
		assertThat(services).containsKeys("postgres", "passwordstage", "proxy");
		Map<String, Object> service = (Map<String, Object>) services.get("passwordstage");
		assertThat((Integer) ((Map<String, Object>) service.get("deploy")).get("replicas")).isGreaterThan(1);
		Map<String, Object> environment = (Map<String, Object>) service.get("environment");
		assertThat(SERVICE_VARIABLES).containsAll(environment.keySet());
		assertThat(environment).containsKeys("SPRING_DATASOURCE_URL", "AUTHENTIK_BOOTSTRAP_TOKEN");
		assertThat(service).containsKey("healthcheck");
		assertThat(Files.readString(Path.of("deploy/nginx.conf")))
			.contains("server passwordstage:" + environment.get("SERVER_PORT"));
	}

	@Test
	void dockerfileBuildsInStagesAndRunsAsAnUnprivilegedUser() throws IOException {
		List<String> lines = Files.readAllLines(Path.of("Dockerfile"));
		assertThat(lines.stream().filter(line -> line.startsWith("FROM "))).hasSizeGreaterThanOrEqualTo(2);
		String user = lines.stream().filter(line -> line.startsWith("USER ")).reduce((a, b) -> b).orElse("USER root");
		assertThat(user).doesNotContain("root").doesNotMatch("USER 0(:.*)?");
		assertThat(lines).contains("EXPOSE 8080");
		assertThat(String.join("\n", lines)).contains("/actuator/health/readiness");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> kind(List<Map<String, Object>> documents, String kind) {
		return documents.stream().filter(d -> kind.equals(d.get("kind"))).findFirst().orElseThrow();
	}

}
