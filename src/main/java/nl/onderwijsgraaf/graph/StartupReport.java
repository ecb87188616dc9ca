package nl.onderwijsgraaf.graph;

import java.lang.management.ManagementFactory;

import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Says, once the service is ready, which Neo4j it uses, what the graph holds and how long start-up took. */
@Component
class StartupReport {

	private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

	private final Driver driver;

	private final ObjectProvider<EmbeddedNeo4j> embedded;

	private final Neo4jConnectionDetails connection;

	StartupReport(Driver driver, ObjectProvider<EmbeddedNeo4j> embedded, Neo4jConnectionDetails connection) {
		this.driver = driver;
		this.embedded = embedded;
		this.connection = connection;
	}

	@EventListener(ApplicationReadyEvent.class)
	void report() {
		EmbeddedNeo4j engine = this.embedded.getIfAvailable();
		String mode = (engine != null) ? "embedded, Bolt at " + engine.boltUri() + ", data dir " + engine.home()
				: "external, " + this.connection.getUri();
		try (var session = this.driver.session()) {
			long nodes = session.run("MATCH (n) RETURN count(n) AS c").single().get("c").asLong();
			long relationships = session.run("MATCH ()-[r]->() RETURN count(r) AS c").single().get("c").asLong();
			log.info("Onderwijsgraaf ready in {} ms. Neo4j: {}. Graph: {} nodes, {} relationships.",
					ManagementFactory.getRuntimeMXBean().getUptime(), mode, nodes, relationships);
		}
	}

}
