package nl.onderwijsgraaf.graph;

import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * {@link GraphReads} through the driver, for an external Neo4j: joins the operation's read transaction (with its
 * timeout) like every other {@code Neo4jClient} read.
 */
public final class DriverGraphReads implements GraphReads {

	private final Neo4jClient client;

	public DriverGraphReads(Neo4jClient client) {
		this.client = client;
	}

	@Override
	public List<Map<String, Object>> rows(String cypher, Map<String, Object> parameters) {
		return List.copyOf(this.client.query(cypher).bindAll(parameters).fetch().all());
	}

}
