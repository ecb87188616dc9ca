package nl.onderwijsgraaf.graph;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.regex.Pattern;

import nl.onderwijsgraaf.OnderwijsgraafApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two ways the service reaches Neo4j: its own embedded engine by default, or an external server named by
 * {@code spring.neo4j.uri} (here a separate DBMS started by the test), in which case no engine starts in-process.
 */
class Neo4jModesTest {

	@Test
	void usesAnExternalServerWhenAUriIsConfiguredAndStartsNoEngine(@TempDir Path serverHome) {
		try (TestNeo4j server = new TestNeo4j(serverHome);
				ConfigurableApplicationContext app = start("--spring.neo4j.uri=" + server.boltUri(),
						"--spring.neo4j.authentication.username=neo4j",
						"--spring.neo4j.authentication.password=" + server.password())) {
			assertThat(app.getBeanProvider(EmbeddedNeo4j.class).getIfAvailable()).isNull();
			assertThat(server.count("MATCH (p:Problem {id: 'lerarentekort'}) RETURN count(p)")).isEqualTo(1);
			assertThat(server.count("MATCH (m:GraphMeta) RETURN m.generation")).isEqualTo(1);
			assertThat(app.getBean(GraphReads.class)).isInstanceOf(DriverGraphReads.class);
			assertThat(nestedRead(app)).as("compiled read through the driver").isEqualTo(server.count(PROGRAMMES_OF));
		}
	}

	@Test
	void embeddedDataSurvivesARestartWithoutReloadingTheSeed(@TempDir Path dataDir) {
		long problems;
		long relationships;
		try (ConfigurableApplicationContext app = start("--onderwijsgraaf.neo4j.data-dir=" + dataDir)) {
			EmbeddedNeo4j engine = app.getBean(EmbeddedNeo4j.class);
			assertThat(engine.home()).isEqualTo(dataDir.toAbsolutePath());
			problems = count(app, "MATCH (p:Problem) RETURN count(p)");
			assertThat(app.getBean(GraphReads.class)).isInstanceOf(EmbeddedGraphReads.class);
			assertThat(nestedRead(app)).as("compiled read in-process").isEqualTo(count(app, PROGRAMMES_OF));
			relationships = count(app, "MATCH ()-[r]->() RETURN count(r)");
			assertThat(problems).isGreaterThanOrEqualTo(60);
		}
		try (ConfigurableApplicationContext app = start("--onderwijsgraaf.neo4j.data-dir=" + dataDir)) {
			assertThat(count(app, "MATCH (p:Problem) RETURN count(p)")).isEqualTo(problems);
			assertThat(count(app, "MATCH ()-[r]->() RETURN count(r)")).isEqualTo(relationships);
			assertThat(count(app, "MATCH (m:GraphMeta) RETURN m.generation")).as("seed loads").isEqualTo(1);
		}
		try (ConfigurableApplicationContext app = start("--onderwijsgraaf.neo4j.data-dir=" + dataDir,
				"--onderwijsgraaf.seed.reload=true")) {
			assertThat(count(app, "MATCH (m:GraphMeta) RETURN m.generation")).as("seed loads").isEqualTo(2);
			assertThat(count(app, "MATCH (p:Problem) RETURN count(p)")).isEqualTo(problems);
		}
	}

	/** How many programmes the interventions addressing leervertraging are part of, counted once per intervention. */
	private static final String PROGRAMMES_OF = """
			MATCH (:Problem {id: 'leervertraging'})<-[:ADDRESSES]-(i:Intervention)-[:PART_OF]->(p:Programme)
			WHERE i.retired IS NULL AND p.retired IS NULL RETURN count(DISTINCT [i, p])""";

	/** The same count from the API: a relationship field two levels deep, which the read compiler loads. */
	private static long nestedRead(ConfigurableApplicationContext app) {
		String body = "{\"query\": \"{ problem(key: \\\"leervertraging\\\") { interventions { programmes { key } } } }\"}";
		try {
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
						+ app.getEnvironment().getProperty("local.server.port") + "/graphql"))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(body))
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.body()).doesNotContain("errors");
			return Pattern.compile("\\{\"key\":").matcher(response.body()).results().count();
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static ConfigurableApplicationContext start(String... args) {
		String[] all = new String[args.length + 2];
		all[0] = "--server.port=0";
		all[1] = "--onderwijsgraaf.neo4j.bolt-port=0";
		System.arraycopy(args, 0, all, 2, args.length);
		return new SpringApplicationBuilder(OnderwijsgraafApplication.class).run(all);
	}

	private static long count(ConfigurableApplicationContext app, String cypher) {
		try (var session = app.getBean(org.neo4j.driver.Driver.class).session()) {
			return session.run(cypher).single().get(0).asLong();
		}
	}

}
