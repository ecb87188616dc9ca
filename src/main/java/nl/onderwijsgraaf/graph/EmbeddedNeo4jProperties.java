package nl.onderwijsgraaf.graph;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the in-process Neo4j engine that runs when no {@code spring.neo4j.uri} is configured.
 *
 * @param dataDir where the store lives; it survives restarts
 * @param boltPort loopback port of the Bolt connector; 0 picks a free port
 * @param pageCache page cache size, in Neo4j notation (e.g. {@code 256m})
 */
@ConfigurationProperties("onderwijsgraaf.neo4j")
public record EmbeddedNeo4jProperties(Path dataDir, Integer boltPort, String pageCache) {

	public EmbeddedNeo4jProperties {
		dataDir = (dataDir != null) ? dataDir : Path.of("data", "neo4j");
		boltPort = (boltPort != null) ? boltPort : 7687;
		pageCache = (pageCache != null) ? pageCache : "128m";
	}

}
