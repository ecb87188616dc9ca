package nl.onderwijsgraaf.api;

/**
 * A record that GraphQL serves as a {@code Node}. The record's simple name is its GraphQL type and its Neo4j label,
 * and {@code key} is the node's {@code id} property; the global id is derived from both.
 */
public interface GraphNode {

	String key();

	default String id() {
		return GlobalId.encode(getClass().getSimpleName(), key());
	}

}
