package nl.onderwijsgraaf.curation;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import nl.onderwijsgraaf.OnderwijsgraafApplication;
import nl.onderwijsgraaf.api.GlobalId;
import nl.onderwijsgraaf.graph.TestNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two service instances on one external Neo4j (a separate DBMS reached by URI): a change made through one is found by
 * the search of the other within 2 s, without a restart, because each instance's search follows the audit log; and
 * the other's read cache lets go of answers the change made stale as it follows.
 */
class TwoInstancesTest {

	private static final HttpClient http = HttpClient.newHttpClient();

	@Test
	void changeThroughOneInstanceIsFoundBySearchOnTheOtherWithinTwoSeconds(@TempDir Path serverHome, @TempDir Path seed)
			throws Exception {
		String sourcesOnly = SourcesOnlySeed.writeTo(seed);
		try (TestNeo4j server = new TestNeo4j(serverHome);
				ConfigurableApplicationContext first = start(server, sourcesOnly);
				ConfigurableApplicationContext second = start(server, sourcesOnly)) {
			String publicRead = """
					{"query": "{ problem(key: \\"schaalprobleem\\") { name } }"}""";
			assertThat(send(second, publicRead, false)).contains("\"problem\":null"); // and now kept by the read cache
			String created = graphQl(first, """
					{"query": "mutation { createProblem(input: {key: \\"schaalprobleem\\", name: \\"Schaalvergrotingsprobleem\\", nameEn: \\"Scale\\", summary: \\"Voor de test met twee instanties.\\", domain: EDUCATION, provenance: [\\"d003 p.12\\"]}) { errors { code } } }"}""");
			assertThat(created).contains("\"errors\":[]");
			String search = """
					{"query": "{ search(query: \\"schaalvergrotingsprobleem\\") { edges { node { node { ... on Problem { key } } } } } }"}""";
			assertThat(awaitSearch(second, search, true)).as("search on the other instance").contains("schaalprobleem");
			assertThat(await(() -> send(second, publicRead, false), (read) -> read.contains("Schaalvergrotingsprobleem")))
				.as("a public read on the other instance").contains("Schaalvergrotingsprobleem");

			// Why this too: after an unlink the target is no longer a neighbour, yet its document named the source.
			assertThat(graphQl(first, """
					{"query": "mutation { createProblem(input: {key: \\"schaalgevolg\\", name: \\"Gevolg\\", nameEn: \\"Effect\\", summary: \\"Gekoppeld voor de test.\\", domain: EDUCATION, provenance: [\\"d003 p.12\\"]}) { errors { code } } }"}""")).contains("\"errors\":[]");
			String link = """
					{"query": "mutation($input: %sInput!) { %s(input: $input) { errors { code } } }",
					 "variables": {"input": {"from": "%s", "link": "related", "to": "schaalprobleem"}}}""";
			String from = GlobalId.encode("Problem", "schaalgevolg");
			assertThat(graphQl(first, link.formatted("LinkNodes", "linkNodes", from))).contains("\"errors\":[]");
			String byLinkedName = search.replace("schaalvergrotingsprobleem", "gevolg");
			assertThat(awaitSearch(second, byLinkedName, true)).as("linked, on the other instance")
				.contains("schaalprobleem");
			assertThat(graphQl(first, link.formatted("UnlinkNodes", "unlinkNodes", from))).contains("\"errors\":[]");
			assertThat(awaitSearch(second, byLinkedName, false)).as("unlinked, on the other instance")
				.doesNotContain("schaalprobleem");
		}
	}

	/**
	 * How long the other instance may take to show a change. It polls the graph's generation every few hundred
	 * milliseconds; the bound is generous so that a loaded machine does not fail the test, while a change that never
	 * arrives still does.
	 */
	private static final Duration PROPAGATION = Duration.ofSeconds(60);

	/** Searches until the answer names (or no longer names) the link's target. */
	private static String awaitSearch(ConfigurableApplicationContext app, String search, boolean named) throws Exception {
		return await(() -> graphQl(app, search), (found) -> found.contains("schaalprobleem") == named);
	}

	/** Asks until the answer passes, for at most {@link #PROPAGATION}; the last answer, passing or not. */
	private static String await(Answer ask, java.util.function.Predicate<String> passes) throws Exception {
		long since = System.nanoTime();
		String answer = ask.get();
		while (!passes.test(answer) && System.nanoTime() - since < PROPAGATION.toNanos()) {
			Thread.sleep(100);
			answer = ask.get();
		}
		return answer;
	}

	/** A request to an instance, which may throw. */
	private interface Answer {

		String get() throws Exception;

	}

	private static ConfigurableApplicationContext start(TestNeo4j server, String seedLocation) {
		return new SpringApplicationBuilder(OnderwijsgraafApplication.class).run("--server.port=0", seedLocation, "--onderwijsgraaf.search.await-at-start=true",
				"--spring.neo4j.uri=" + server.boltUri(), "--spring.neo4j.authentication.username=neo4j",
				"--spring.neo4j.authentication.password=" + server.password(),
				// the SHA-256 of "test-curator-token", as in ServiceTest
				"--onderwijsgraaf.security.tokens.test-curator.sha256=385524fa8edd29163131b856ea3219232a058f7663eaaaf62e0a0ad03324478d",
				"--onderwijsgraaf.security.tokens.test-curator.role=CURATOR");
	}

	static String graphQl(ConfigurableApplicationContext app, String body) throws Exception {
		return send(app, body, true);
	}

	/** Sends a GraphQL request as the test curator, or without a token (as the public does). */
	private static String send(ConfigurableApplicationContext app, String body, boolean asCurator) throws Exception {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port") + "/graphql"))
			.header("Content-Type", "application/json")
			.timeout(Duration.ofSeconds(60))
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (asCurator) {
			request.header("Authorization", "Bearer test-curator-token");
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
	}

}
