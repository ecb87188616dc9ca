package nl.onderwijsgraaf.curation;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicBoolean;

import nl.onderwijsgraaf.graph.TestNeo4j;
import nl.onderwijsgraaf.seed.SeedLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service as its own {@code java} process, killed with SIGKILL: every mutation it acknowledged is there after a
 * restart and search agrees with the graph; a kill during the seed load leaves either no seed or all of it.
 */
class DurabilityTest {

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Test
	void everyAcknowledgedMutationSurvivesAKillAndSearchAgreesWithTheGraph(@TempDir Path data, @TempDir Path logs,
			@TempDir Path seed) throws Exception {
		int port = freePort();
		String sourcesOnly = SourcesOnlySeed.writeTo(seed);
		Process service = launch(data, port, logs.resolve("first.log"), sourcesOnly);
		awaitReady(port, service);
		Set<String> attempted = new ConcurrentSkipListSet<>();
		Set<String> acknowledged = new ConcurrentSkipListSet<>();
		AtomicBoolean streaming = new AtomicBoolean(true);
		Thread stream = new Thread(() -> {
			for (int n = 0; streaming.get(); n++) {
				String key = "duurzaam-" + n;
				attempted.add(key);
				try {
					String answer = post(port, createProblem(key));
					if (answer.contains("\"errors\":[]")) {
						acknowledged.add(key);
					}
				}
				catch (IOException | InterruptedException ex) {
					return;
				}
			}
		});
		stream.start();
		long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
		while (acknowledged.size() < 5 && System.nanoTime() < deadline) {
			Thread.sleep(50);
		}
		service.destroyForcibly().waitFor();
		streaming.set(false);
		stream.join();
		assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(5);

		Process restarted = launch(data, port, logs.resolve("second.log"), sourcesOnly);
		try {
			awaitReady(port, restarted);
			Set<String> inGraph = new TreeSet<>();
			for (String key : attempted) {
				if (post(port, "{\"query\": \"{ problem(key: \\\"" + key + "\\\") { key } }\"}").contains(key)) {
					inGraph.add(key);
				}
			}
			assertThat(inGraph).containsAll(acknowledged);
			String found = post(port, "{\"query\": \"{ search(query: \\\"duurzaamheidsprobleem\\\", first: 100) "
					+ "{ edges { node { node { ... on Problem { key } } } } } }\"}");
			Set<String> searched = new TreeSet<>();
			for (String key : attempted) {
				if (found.contains("\"" + key + "\"")) {
					searched.add(key);
				}
			}
			assertThat(searched).as("search agrees with the graph").isEqualTo(inGraph);
		}
		finally {
			restarted.destroyForcibly().waitFor();
		}
	}

	@Test
	void aKillDuringTheSeedLoadLeavesNoPartialSeed(@TempDir Path data, @TempDir Path logs) throws Exception {
		Path log = logs.resolve("seed.log");
		Process service = launch(data, freePort(), log, "--onderwijsgraaf.seed.location=classpath:graph-seed/");
		long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
		while (!(Files.exists(log) && Files.readString(log).contains("Schema from"))
				&& System.nanoTime() < deadline) {
			Thread.sleep(5);
		}
		// Why asserted: a line that never comes would let the kill land at a random moment, after the seed
		assertThat(Files.readString(log)).as("the service reached its schema step").contains("Schema from");
		// Why a short wait: the seed is read and validated first (about a second on a busy machine), then written
		// in one transaction, which the kill should hit.
		Thread.sleep(1000);
		service.destroyForcibly().waitFor();

		try (TestNeo4j store = new TestNeo4j(data)) {
			long nodes = store.count("MATCH (n) WHERE NOT n:GraphMeta RETURN count(n)");
			long seeded = store.count("OPTIONAL MATCH (m:GraphMeta {id: 'graph'}) RETURN count(m.seedLoadedAt)");
			long full = new SeedLoader(store.driver()).load("classpath:graph-seed/").totalNodes();
			assertThat(nodes).as("nodes after the kill").isIn(0L, (long) full);
			assertThat(seeded == 1).isEqualTo(nodes == full);
		}
	}

	private static String createProblem(String key) {
		return "{\"query\": \"mutation { createProblem(input: {key: \\\"" + key + "\\\", name: \\\"Duurzaamheidsprobleem "
				+ key + "\\\", nameEn: \\\"Durability\\\", summary: \\\"Voor de duurzaamheidstest.\\\", domain: EDUCATION,"
				+ " provenance: [\\\"d003 p.12\\\"]}) { errors { code } } }\"}";
	}

	/** The service's own main class on the test class path, with the JVM flags Neo4j needs, on a store of its own. */
	private static Process launch(Path data, int port, Path log, String seedLocation) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
			.filter((argument) -> argument.startsWith("--add-opens"))
			.forEach(command::add);
		command.addAll(List.of("-Xmx512m", "-cp", System.getProperty("java.class.path"),
				"nl.onderwijsgraaf.OnderwijsgraafApplication", "--server.port=" + port,
				"--onderwijsgraaf.neo4j.bolt-port=0", "--onderwijsgraaf.neo4j.data-dir=" + data,
				"--onderwijsgraaf.neo4j.page-cache=32m", seedLocation, "--onderwijsgraaf.search.await-at-start=true",
				// the SHA-256 of "test-curator-token", as in ServiceTest
				"--onderwijsgraaf.security.tokens.test-curator.sha256=385524fa8edd29163131b856ea3219232a058f7663eaaaf62e0a0ad03324478d",
				"--onderwijsgraaf.security.tokens.test-curator.role=CURATOR"));
		return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
	}

	private static void awaitReady(int port, Process service) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
		while (System.nanoTime() < deadline && service.isAlive()) {
			try {
				HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
					.timeout(Duration.ofSeconds(5)).build();
				if (http.send(health, HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(250);
		}
		throw new IllegalStateException("the service did not become ready on port " + port);
	}

	private static String post(int port, String body) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer test-curator-token")
			.timeout(Duration.ofSeconds(60))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
