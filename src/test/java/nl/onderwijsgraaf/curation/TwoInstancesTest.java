package nl.onderwijsgraaf.curation;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import nl.onderwijsgraaf.OnderwijsgraafApplication;
import nl.onderwijsgraaf.graph.TestNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two service instances on one external Neo4j (a separate DBMS reached by URI): a change made through one is found by
 * the search of the other within 2 s, without a restart, because each instance's search follows the audit log.
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
			String created = graphQl(first, """
					{"query": "mutation { createProblem(input: {key: \\"schaalprobleem\\", name: \\"Schaalvergrotingsprobleem\\", nameEn: \\"Scale\\", summary: \\"Voor de test met twee instanties.\\", domain: EDUCATION, provenance: [\\"d003 p.12\\"]}) { errors { code } } }"}""");
			assertThat(created).contains("\"errors\":[]");
			long acknowledged = System.nanoTime();
			String search = """
					{"query": "{ search(query: \\"schaalvergrotingsprobleem\\") { edges { node { node { ... on Problem { key } } } } } }"}""";
			String found = graphQl(second, search);
			while (!found.contains("schaalprobleem") && System.nanoTime() - acknowledged < Duration.ofSeconds(2).toNanos()) {
				Thread.sleep(100);
				found = graphQl(second, search);
			}
			assertThat(found).as("search on the other instance").contains("schaalprobleem");
		}
	}

	private static ConfigurableApplicationContext start(TestNeo4j server, String seedLocation) {
		return new SpringApplicationBuilder(OnderwijsgraafApplication.class).run("--server.port=0", seedLocation,
				"--spring.neo4j.uri=" + server.boltUri(), "--spring.neo4j.authentication.username=neo4j",
				"--spring.neo4j.authentication.password=unused",
				// the SHA-256 of "test-curator-token", as in ServiceTest
				"--onderwijsgraaf.security.tokens.test-curator.sha256=385524fa8edd29163131b856ea3219232a058f7663eaaaf62e0a0ad03324478d",
				"--onderwijsgraaf.security.tokens.test-curator.role=CURATOR");
	}

	static String graphQl(ConfigurableApplicationContext app, String body) throws Exception {
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port") + "/graphql"))
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer test-curator-token")
			.timeout(Duration.ofSeconds(60))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
	}

}
