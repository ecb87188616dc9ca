package nl.onderwijsgraaf.api;

import java.util.Map;

/**
 * A dimension an aggregate counts by: a Cypher fragment from the calling code (never from user input) that binds,
 * for each matching node {@code n}, a {@code value} and the {@code node} whose key or code that value is (null when
 * the value names no node: a status, a level), one row per value, e.g. {@code OPTIONAL MATCH
 * (n)-[:ADDRESSES]->(v:Problem) WHERE v.retired IS NULL WITH n, v.id AS value, v AS node}.
 */
public record Dimension(String cypher, Map<String, Object> parameters) {

	/** A dimension of a property of the node itself, such as {@code n.status}, which names no other node. */
	public static Dimension property(String expression) {
		return new Dimension("WITH n, " + expression + " AS value, null AS node", Map.of());
	}

}
