package nl.onderwijsgraaf.api;

import org.neo4j.driver.types.Node;

/**
 * Maps nodes a feature query returned onto their records, for queries that return whole nodes rather than going
 * through {@link NodeReader} (a path, a ranked list).
 */
public final class GraphRecords {

	private GraphRecords() {
	}

	/** The node as a record of {@code type}. */
	public static <T> T map(Node node, Class<T> type) {
		return NodeMapper.map(node, type);
	}

}
