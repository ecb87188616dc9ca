package nl.onderwijsgraaf.graph;

import nl.onderwijsgraaf.ServiceTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Operations: the health endpoint reports the service and its Neo4j. */
@ServiceTest
class HealthTest {

	@Autowired
	WebTestClient client;

	@Autowired
	EmbeddedNeo4j engine;

	@Test
	void healthIsUpIncludingNeo4j() {
		this.client.get()
			.uri("/actuator/health")
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.status").isEqualTo("UP")
			.jsonPath("$.components.neo4j.status").isEqualTo("UP");
	}

	/** The probes an orchestrator asks: live while the process runs, ready only while Neo4j answers too. */
	@Test
	void livenessAndReadinessProbesAreUpAndReadinessIncludesNeo4j() {
		this.client.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk()
			.expectBody().jsonPath("$.status").isEqualTo("UP");
		this.client.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk()
			.expectBody()
			.jsonPath("$.status").isEqualTo("UP")
			.jsonPath("$.components.readinessState.status").isEqualTo("UP")
			.jsonPath("$.components.neo4j.status").isEqualTo("UP");
	}

	@Test
	void theEmbeddedBoltConnectorListensOnLoopbackOnly() {
		assertThat(this.engine.boltUri().getHost()).isEqualTo("127.0.0.1");
	}

	@Test
	void otherToolsReadTheSameGraphOverBoltWhileTheServiceRuns() {
		try (Driver tool = GraphDatabase.driver(this.engine.boltUri(), this.engine.authToken());
				var session = tool.session()) {
			assertThat(session.run("MATCH (p:Problem {id: 'lerarentekort'}) RETURN p.name AS name").single().get("name").asString())
				.isEqualTo("Lerarentekort");
		}
	}

}
