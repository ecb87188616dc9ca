package nl.onderwijsgraaf.api;

import org.neo4j.driver.types.MapAccessor;
import org.neo4j.driver.types.Relationship;

/**
 * One relationship of a node, read from that node: its type, which way it points, the node at the other end, and
 * where the documents state it (provenance, and the passage itself where a document states it in words).
 */
public record Link(String relationship, boolean outgoing, GraphNode node, String role, Provenance provenance,
		String quote, boolean inferred) {

	static Link of(boolean outgoing, GraphNode node, Relationship relationship) {
		return new Link(relationship.type(), outgoing, node, text(relationship, "role"),
				NodeReader.provenanceOf(relationship), quoteOf(relationship),
				!relationship.get("inferred").isNull() && relationship.get("inferred").asBoolean());
	}

	/** The passage of the source that states a relationship, or null when it cites a table row or nothing. */
	public static String quoteOf(MapAccessor relationship) {
		return text(relationship, "quote");
	}

	private static String text(MapAccessor relationship, String property) {
		return relationship.get(property).isNull() ? null : relationship.get(property).asString();
	}

}
