package nl.onderwijsgraaf.load;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import nl.onderwijsgraaf.graph.EmbeddedNeo4j;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;

/**
 * Drives the service over HTTP at a fixed concurrency for each query shape and reports requests/s, p50 and p99 next
 * to the same reads done as raw Cypher through the driver, so the cost of GraphQL over HTTP is visible; and, for a
 * service (and peer) it started, the CPU time those processes spent per request, which a shared machine's load
 * hardly moves. The service
 * runs as its own process from the packaged jar ({@code load.jar}), as deployed. Not a test:
 * run it with {@code mvn -q -Pload -DskipTests verify} (see the README). System properties:
 * <ul>
 * <li>{@code load.baseUrl}/{@code load.bolt}: measure a running service and its Bolt address instead of starting one;
 * {@code load.boltPassword}: its Bolt password (the {@code bolt-password} file in its data dir);</li>
 * <li>{@code load.dataDir}: the store to start the service on (default: a fresh one under {@code target/}, seeded);</li>
 * <li>{@code load.scale}: first build a graph this many times the seed into {@code load.dataDir} ({@link ScaleGraph});</li>
 * <li>{@code load.cache} (default true): whether the service it starts reuses answers to repeated public queries
 * ({@code onderwijsgraaf.cache.enabled}); {@code false} measures every request computed afresh;</li>
 * <li>{@code load.seconds} (default 10), {@code load.warmup} (default 10: a fresh process compiles its hot paths in
 * its first seconds; before the first measured round every engine serves every shape this long, and each
 * measurement starts with this long again), {@code load.concurrency} (default 16);</li>
 * <li>{@code load.shapes}: the shapes to run by name prefix, comma separated (default all), e.g. {@code a,b,c,d} for
 * the four shapes of the peer comparison;</li>
 * <li>{@code load.peer} (default false): also run the peer, @neo4j/graphql behind Apollo Server
 * ({@code src/load/peer}, its packages pinned in its lock file and installed with {@code npm ci} into
 * {@code target/load-peer}), on the service's Bolt, for the shapes that have a peer document; needs Node.js and npm;</li>
 * <li>{@code load.rounds} (default 1): rounds per shape; each round measures the service, the peer and raw Cypher in
 * a rotated order, so that on a shared machine each takes each position.</li>
 * </ul>
 */
public final class LoadHarness {

	private LoadHarness() {
	}

	public static void main(String[] args) throws Exception {
		int seconds = Integer.getInteger("load.seconds", 10);
		int warmup = Integer.getInteger("load.warmup", 10);
		int concurrency = Integer.getInteger("load.concurrency", 16);
		int scale = Integer.getInteger("load.scale", 1);
		boolean cache = Boolean.parseBoolean(System.getProperty("load.cache", "true"));
		String baseUrl = System.getProperty("load.baseUrl");
		String bolt = System.getProperty("load.bolt");
		String boltPassword = System.getProperty("load.boltPassword");
		int rounds = Integer.getInteger("load.rounds", 1);
		Path peerDir = Path.of(System.getProperty("load.peerDir", "src/load/peer"));
		List<Shape> shapes = Shape.selected(System.getProperty("load.shapes", ""), peerDir);
		Process service = null;
		Process peer = null;
		if (baseUrl == null) {
			String configuredDir = System.getProperty("load.dataDir");
			Path dataDir = (configuredDir != null) ? Path.of(configuredDir)
					: Files.createTempDirectory(Path.of("target"), "load-neo4j-");
			int httpPort = freePort();
			int boltPort = freePort();
			if (scale > 1) {
				ScaleGraph.build(dataDir, scale, boltPort);
			}
			// Why a process of its own: as deployed, and so the load client's threads and garbage do not time themselves
			service = new ProcessBuilder("java", "-jar", System.getProperty("load.jar"), "--server.port=" + httpPort,
					"--onderwijsgraaf.neo4j.bolt-port=" + boltPort, "--onderwijsgraaf.neo4j.data-dir=" + dataDir,
					"--onderwijsgraaf.cache.enabled=" + cache,
					// the harness is one client sending thousands of requests: the per-client rate limit would measure itself
					"--onderwijsgraaf.limits.rate-limit.capacity=100000000", "--logging.level.root=WARN")
				.inheritIO()
				.start();
			baseUrl = "http://127.0.0.1:" + httpPort;
			bolt = "bolt://127.0.0.1:" + boltPort;
			awaitHealthy(service, baseUrl);
			awaitSearchIndex(service, baseUrl);
			boltPassword = Files.readString(dataDir.resolve(EmbeddedNeo4j.PASSWORD_FILE)).strip();
		}
		try (Driver driver = GraphDatabase.driver(bolt,
				(boltPassword != null) ? AuthTokens.basic(EmbeddedNeo4j.USER, boltPassword) : AuthTokens.none())) {
			System.out.printf("%n%s: %s, Bolt %s, %d× seed, read cache %s, concurrency %d, %d s per measurement (after %d s "
					+ "warm-up), %d cores%n%s%n", java.time.LocalDate.now(), baseUrl, bolt, scale,
					(service == null) ? "as configured" : (cache ? "on" : "off"), concurrency, seconds, warmup,
					Runtime.getRuntime().availableProcessors(), graphSize(driver));
			HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
			String peerUrl = null;
			if (Boolean.getBoolean("load.peer")) {
				int peerPort = freePort();
				Path peerWork = Path.of("target", "load-peer");
				peer = Peer.start(peerDir, peerWork, bolt, boltPassword, peerPort);
				peerUrl = "http://127.0.0.1:" + peerPort + "/";
				Peer.checkEquivalence(peerWork, baseUrl + "/graphql", peerUrl);
			}
			Map<Shape, Map<String, Callable<Object>>> targetsOf = new java.util.LinkedHashMap<>();
			for (Shape shape : shapes) {
				Map<String, Callable<Object>> targets = new java.util.LinkedHashMap<>();
				targets.put("GraphQL", graphQl(http, baseUrl + "/graphql", shape.graphQl()));
				if (peerUrl != null && shape.peerGraphQl() != null) {
					targets.put("peer", graphQl(http, peerUrl, shape.peerGraphQl()));
				}
				if (shape.cypher() != null) {
					targets.put("Cypher", cypher(driver, shape));
				}
				targetsOf.put(shape, targets);
			}
			// Why every engine on every shape first: a process compiles a shape's paths while it first serves it, so
			// the first measured round of a shape would otherwise pay that for whichever engine comes first
			System.out.printf("warming every engine on every shape, %d s each%n", warmup);
			targetsOf.forEach((shape, targets) -> targets.forEach((name, target) -> {
				int failed = warm(concurrency, warmup, target);
				if (failed > 0) {
					System.out.printf("  %s via %s: %d requests failed while warming up%n", shape.name(), name, failed);
				}
			}));
			System.out.printf("%-34s %-5s %-8s %10s %9s %9s %12s %10s %10s%n", "shape", "round", "via", "req/s", "p50 ms",
					"p99 ms", "CPU ms/req", "vs Cypher", "vs peer");
			for (Shape shape : shapes) {
				Map<String, Callable<Object>> targets = targetsOf.get(shape);
				for (int round = 0; round < rounds; round++) {
					List<String> order = new java.util.ArrayList<>(targets.keySet());
					java.util.Collections.rotate(order, round);
					Map<String, Measurement> measured = new java.util.HashMap<>();
					for (String target : order) {
						List<ProcessHandle> servers = new java.util.ArrayList<>();
						if (service != null) {
							servers.add(service.toHandle());
						}
						if (target.equals("peer")) {
							servers.add(peer.toHandle());
						}
						measured.put(target,
								Measurement.run(concurrency, warmup, seconds, targets.get(target), servers));
					}
					Measurement graphQl = measured.get("GraphQL");
					for (String target : targets.keySet()) {
						boolean project = target.equals("GraphQL");
						print(shape.name(), round + 1, target, measured.get(target),
								project ? ratio(graphQl, measured.get("Cypher")) : "",
								project ? ratio(graphQl, measured.get("peer")) : "");
					}
				}
			}
		}
		finally {
			if (peer != null) {
				peer.destroy();
				peer.waitFor();
			}
			if (service != null) {
				service.destroy(); // SIGTERM: a clean shutdown of the engine
				service.waitFor();
			}
		}
	}

	private static int warm(int concurrency, int seconds, Callable<Object> target) {
		try {
			return Measurement.warm(concurrency, seconds, target);
		}
		catch (Exception ex) {
			throw new IllegalStateException("Warming up failed", ex);
		}
	}

		private static void awaitHealthy(Process service, String baseUrl) throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		HttpRequest health = HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/health")).build();
		long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
		while (System.nanoTime() < deadline && service.isAlive()) {
			try {
				if (http.send(health, HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
					return;
				}
			}
			catch (java.io.IOException ex) {
				// not listening yet
			}
			Thread.sleep(250);
		}
		service.destroy();
		throw new IllegalStateException("The service at " + baseUrl + " did not become healthy");
	}

	/**
	 * Waits until a search is answered. Why: a store whose search index is missing or stale (a new index format) has
	 * it built in the background after start, which on the 100× graph takes minutes of CPU that would otherwise be
	 * measured as the service's.
	 */
	private static void awaitSearchIndex(Process service, String baseUrl) throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		HttpRequest search = HttpRequest.newBuilder(URI.create(baseUrl + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ search(query: \\\"school\\\", first: 1) { totalCount } }\"}"))
			.build();
		long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
		while (System.nanoTime() < deadline && service.isAlive()) {
			if (!http.send(search, HttpResponse.BodyHandlers.ofString()).body().contains("\"errors\"")) {
				return;
			}
			Thread.sleep(1000);
		}
		service.destroy();
		throw new IllegalStateException("The service at " + baseUrl + " did not answer a search within 30 minutes");
	}

	private static String ratio(Measurement m, Measurement other) {
		return (other != null) ? String.format("%.2f", m.throughput() / other.throughput()) : "n/a";
	}

	private static Callable<Object> graphQl(HttpClient http, String url, String document) {
		String body = "{\"query\":" + quoted(document) + "}";
		HttpRequest request = HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		return () -> {
			HttpResponse<String> response;
			try {
				response = http.send(request, HttpResponse.BodyHandlers.ofString());
			}
			catch (java.io.IOException closed) {
				// Why once more: the server closed a kept-alive connection (after its request limit) as the client
				// reused it; the request never reached the service, and any HTTP client retries it
				response = http.send(request, HttpResponse.BodyHandlers.ofString());
			}
			if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
				throw new IllegalStateException("Request failed: " + response.statusCode() + " " + response.body());
			}
			return response.body();
		};
	}

	private static Callable<Object> cypher(Driver driver, Shape shape) {
		return () -> {
			try (Session session = driver.session()) {
				return session.executeRead((tx) -> {
					int records = 0;
					for (String query : shape.cypher()) {
						records += tx.run(query, shape.parameters()).list().size();
					}
					return records;
				});
			}
		};
	}

	private static String graphSize(Driver driver) {
		try (Session session = driver.session()) {
			Map<String, Object> counts = session.run("""
					CALL { MATCH (n) RETURN count(n) AS nodes }
					CALL { MATCH ()-[r]->() RETURN count(r) AS relationships }
					CALL { MATCH (i:Intervention) RETURN count(i) AS interventions }
					RETURN nodes, relationships, interventions""").single().asMap();
			return "graph: " + counts.get("nodes") + " nodes, " + counts.get("relationships") + " relationships, "
					+ counts.get("interventions") + " interventions";
		}
	}

	private static void print(String shape, int round, String via, Measurement m, String vsCypher, String vsPeer) {
		System.out.printf("%-34s %-5d %-8s %10.0f %9.1f %9.1f %12s %10s %10s%n", shape, round, via, m.throughput(),
				m.p50Millis(), m.p99Millis(),
				(m.cpuMillisPerRequest() < 0) ? "n/a" : String.format("%.2f", m.cpuMillisPerRequest()), vsCypher, vsPeer);
	}

	private static String quoted(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ") + "\"";
	}

	private static int freePort() throws java.io.IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/**
	 * A query shape: the GraphQL request, where there is one the peer's form of it, and where there is one the raw
	 * Cypher that reads the same data.
	 */
	record Shape(String name, String graphQl, String peerGraphQl, List<String> cypher, Map<String, Object> parameters) {

		Shape(String name, String graphQl, List<String> cypher, Map<String, Object> parameters) {
			this(name, graphQl, null, cypher, parameters);
		}

		/** The shapes whose name starts with one of the comma-separated prefixes (all for an empty list). */
		static List<Shape> selected(String prefixes, Path peerDir) throws java.io.IOException {
			List<Shape> all = new java.util.ArrayList<>(peerShapes(peerDir.resolve("queries")));
			all.addAll(OWN);
			List<String> wanted = java.util.Arrays.stream(prefixes.split(",")).map(String::strip)
				.filter((p) -> !p.isEmpty()).toList();
			return all.stream().filter((s) -> wanted.isEmpty() || wanted.stream().anyMatch((w) -> s.name().startsWith(w)))
				.toList();
		}

		/**
		 * The four shapes of the side-by-side comparison with @neo4j/graphql, from the same documents as the shared
		 * peer benchmark ({@code queries/<x>-*.project.graphql} and {@code .peer.graphql}), each with one hand-written
		 * Cypher query that reads what it answers, as a client that skips the API would, and as well as it can be
		 * written: (c) says that every key is present, so that the planner reads the first 50 from the key's index
		 * instead of sorting every stakeholder.
		 */
		static List<Shape> peerShapes(Path queries) throws java.io.IOException {
			return List.of(
					peerShape(queries, "a-lookup", """
							MATCH (i:Intervention {id: $key}) WHERE i.retired IS NULL
							RETURN i {key: i.id, .name, .status, .kind, .summary} AS intervention""",
							Map.of("key", "mk-zomerschool")),
					peerShape(queries, "b-problem-interventions", """
							MATCH (p:Problem {id: $problem})<-[:ADDRESSES]-(i:Intervention)
							WHERE p.retired IS NULL AND i.retired IS NULL
							WITH DISTINCT i ORDER BY i.name, i.id LIMIT $first
							RETURN i.id AS key, i.name AS name,
							       COLLECT { MATCH (i)-[:SUPPORTED_BY]->(e:Evidence) WHERE e.retired IS NULL
							                 WITH e ORDER BY e.id
							                 RETURN e { key: e.id, .kind, .ratingScheme, .impactMonths, .evidenceStrength,
							                            .costRating } } AS evidence""",
							Map.of("problem", "leervertraging", "first", 20)),
					peerShape(queries, "c-stakeholder-involvements", """
							MATCH (s:Stakeholder) WHERE s.retired IS NULL AND s.id IS NOT NULL
							WITH s ORDER BY s.id LIMIT 50
							RETURN s {key: s.id, .name, .type,
							          involvements: COLLECT { MATCH (s)-[r:INVOLVED_IN]->(t) WHERE t.retired IS NULL
							                                  WITH r, t ORDER BY t.name, t.id
							                                  RETURN {role: r.role, kind: labels(t)[0], key: t.id,
							                                          name: t.name} }} AS stakeholder""",
							Map.of()),
					peerShape(queries, "d-programme-3-levels", """
							MATCH (p:Programme {id: $key}) WHERE p.retired IS NULL
							RETURN p {key: p.id, .name,
							          interventions: COLLECT { MATCH (p)<-[:PART_OF]-(i:Intervention) WHERE i.retired IS NULL
							            WITH i ORDER BY i.name, i.id
							            RETURN i {key: i.id, .name,
							                      problems: COLLECT { MATCH (i)-[:ADDRESSES]->(q:Problem) WHERE q.retired IS NULL
							                                          WITH q ORDER BY q.name, q.id
							                                          RETURN q {key: q.id, .name} }} }} AS programme""",
							Map.of("key", "np-onderwijs")));
		}

		private static Shape peerShape(Path queries, String file, String cypher, Map<String, Object> parameters)
				throws java.io.IOException {
			return new Shape(file, Files.readString(queries.resolve(file + ".project.graphql")),
					Files.readString(queries.resolve(file + ".peer.graphql")), List.of(cypher), parameters);
		}

		static final List<Shape> OWN = List.of(
				new Shape("interventionsForProblem+evidence+stakeholders", """
						{ interventionsForProblem(problem: "leervertraging", first: 20) { totalCount edges { node {
						  key name rating { scheme impactMonths evidenceStrength } evidence { key kind }
						  stakeholders { role stakeholder { key name } } } } } }""",
						List.of("""
								MATCH (:Problem {id: $problem})<-[:ADDRESSES]-(i:Intervention)
								WITH DISTINCT i
								RETURN i, [(i)-[:SUPPORTED_BY]->(e:Evidence) | e] AS evidence,
								       [(i)<-[r:INVOLVED_IN]-(s:Stakeholder) | [r.role, s]] AS stakeholders
								ORDER BY i.name LIMIT 20"""),
						Map.of("problem", "leervertraging")),
				new Shape("stakeholderNetwork depth 2", """
						{ stakeholderNetwork(id: "ministerie-ocw", depth: 2) { truncated nodes { key label distance }
						  edges { from to type role } } }""",
						List.of("""
								MATCH (s:Stakeholder {id: $key})-[:INVOLVED_IN|CONNECTED_TO|PART_OF]-(m1)
								WHERE m1:Stakeholder OR m1:Intervention OR m1:Programme
								WITH s, collect(DISTINCT m1)[..500] AS hop1
								UNWIND hop1 AS m1
								MATCH (m1)-[:INVOLVED_IN|CONNECTED_TO|PART_OF]-(m2)
								WHERE m2:Stakeholder OR m2:Intervention OR m2:Programme
								WITH s, hop1, collect(DISTINCT m2)[..500] AS hop2
								WITH [s] + hop1 + hop2 AS nodes
								UNWIND nodes AS a
								MATCH (a)-[r:INVOLVED_IN|CONNECTED_TO|PART_OF]->(b) WHERE b IN nodes
								RETURN a.id, b.id, type(r), r.role"""),
						Map.of("key", "ministerie-ocw")),
				new Shape("interventions list page (where)", """
						{ interventions(first: 20, where: {status: {eq: "RUNNING"}}, orderBy: [{name: ASC}]) { totalCount
						  edges { node { key name problems { key } } } } }""",
						List.of("MATCH (n:Intervention) WHERE n.status = $status RETURN count(n)", """
								MATCH (n:Intervention) WHERE n.status = $status
								WITH n ORDER BY n.name, n.id LIMIT 20
								RETURN n, [(n)-[:ADDRESSES]->(p:Problem) | p.id] AS problems"""),
						Map.of("status", "RUNNING")),
				new Shape("search", """
						{ search(query: "tekort aan leraren", first: 20) { totalCount edges { node { score node { id } } } } }""",
						null, Map.of()));

	}

}
