package nl.onderwijsgraaf.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import nl.onderwijsgraaf.OnderwijsgraafApplication;
import nl.onderwijsgraaf.curation.SourcesOnlySeed;
import nl.onderwijsgraaf.graph.GraphReads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The request timeout also ends a Cypher query that is still running: a service with a 1 s timeout gets a field whose
 * read (through {@link GraphReads}, as every read of the API) would run for minutes; the answer is {@code TIMEOUT},
 * and Neo4j no longer runs that query afterwards.
 */
class ReadTimeoutTest {

	/** Why the marker: {@code SHOW TRANSACTIONS} finds the query by it. */
	private static final String MARKER = "read-timeout-test";

	private static final String SLOW = "UNWIND range(1, 1000000000000) AS i WITH i WHERE i < 0 RETURN count(i) AS n // "
			+ MARKER;

	private static final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aCypherReadPastTheRequestTimeoutIsEndedByNeo4jAndAnsweredWithTimeout(@TempDir Path dataDir,
			@TempDir Path seed) throws Exception {
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(OnderwijsgraafApplication.class,
				SlowReadField.class)
			.run("--server.port=0", "--onderwijsgraaf.neo4j.bolt-port=0", "--onderwijsgraaf.neo4j.data-dir=" + dataDir,
					SourcesOnlySeed.writeTo(seed), "--onderwijsgraaf.limits.timeout=1s",
					"--spring.graphql.schema.locations=classpath:schema/graphql/,classpath:slow-read-schema/")) {
			long started = System.nanoTime();
			String answer = post(app, "{\"query\": \"{ slowRead }\"}");
			assertThat(Duration.ofNanos(System.nanoTime() - started)).as("time to the answer")
				.isLessThan(Duration.ofSeconds(60));
			assertThat(answer).contains("\"code\":\"TIMEOUT\"").doesNotContain("INTERNAL_ERROR");
			assertThat(runningQueries(app.getBean(Driver.class))).noneMatch((query) -> query.contains(MARKER));
		}
	}

	private static List<String> runningQueries(Driver driver) {
		try (var session = driver.session()) {
			return session.run("SHOW TRANSACTIONS YIELD currentQuery RETURN currentQuery")
				.list((r) -> r.get("currentQuery").asString(""));
		}
	}

	private static String post(ConfigurableApplicationContext app, String body) throws Exception {
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port") + "/graphql"))
			.header("Content-Type", "application/json")
			.timeout(Duration.ofSeconds(120))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
	}

	/** Not a component (so no other test's service gets it): registered only as a source of this test's service. */
	static class SlowReadField {

		@Bean
		RuntimeWiringConfigurer slowRead(GraphReads reads) {
			return (wiring) -> wiring.type("Query", (type) -> type.dataFetcher("slowRead",
					(env) -> reads.rows(SLOW, Map.of()).get(0).get("n")));
		}

	}

}
