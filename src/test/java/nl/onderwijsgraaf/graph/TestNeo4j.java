package nl.onderwijsgraaf.graph;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeMap;

import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * A separate Neo4j DBMS for tests that need one of their own: plays "the external server" in the external-mode
 * test, and the store of loader tests. Bolt on a free loopback port.
 */
public final class TestNeo4j implements AutoCloseable {

	private final EmbeddedNeo4j engine;

	private final Driver driver;

	public TestNeo4j(Path home) {
		this.engine = EmbeddedNeo4j.start(home, 0, "32m");
		this.driver = GraphDatabase.driver(this.engine.boltUri(), this.engine.authToken());
	}

	public String boltUri() {
		return this.engine.boltUri().toString();
	}

	/** The Bolt password, for a service that uses this engine as its external Neo4j. */
	public String password() {
		try {
			return java.nio.file.Files.readString(this.engine.home().resolve(EmbeddedNeo4j.PASSWORD_FILE)).strip();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	public Driver driver() {
		return this.driver;
	}

	/** Every node and relationship with its labels, type and properties, in a canonical order. */
	public String fingerprint() {
		return fingerprint(this.driver);
	}

	/** The fingerprint of the graph behind any driver, e.g. the service's own. */
	public static String fingerprint(Driver driver) {
		try (var session = driver.session()) {
			List<String> lines = new ArrayList<>();
			session.run("MATCH (n) WHERE NOT n:GraphMeta RETURN labels(n) AS labels, properties(n) AS props")
				.forEachRemaining((r) -> lines.add(r.get("labels").asList() + " " + new TreeMap<>(r.get("props").asMap())));
			session.run("MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS type, properties(r) AS props, b.id AS b")
				.forEachRemaining((r) -> lines.add(r.get("a").asString() + " -" + r.get("type").asString()
						+ new TreeMap<>(r.get("props").asMap()) + "-> " + r.get("b").asString()));
			Collections.sort(lines);
			return String.join("\n", lines);
		}
	}

	public long count(String cypher) {
		try (var session = this.driver.session()) {
			return session.run(cypher).single().get(0).asLong();
		}
	}

	@Override
	public void close() {
		this.driver.close();
		this.engine.close();
	}

}
