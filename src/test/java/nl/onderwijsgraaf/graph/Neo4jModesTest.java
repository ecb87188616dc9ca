package nl.onderwijsgraaf.graph;

import java.nio.file.Path;

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
