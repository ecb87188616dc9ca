package nl.onderwijsgraaf.seed;

import java.util.List;
import java.util.Map;

/** The validated seed as nodes and relationships, ready to be written in one transaction. */
record SeedGraph(List<Node> nodes, List<Relationship> relationships) {

	/** A node; {@code properties} include its {@code id}. */
	record Node(String label, String id, Map<String, Object> properties) {
	}

	/**
	 * A relationship; {@code identity} tells relationships of the same type between the same nodes apart (the
	 * role, the source id of a citation) so that loading again merges instead of adding.
	 * @param kind the kind of the entry that declares it, for the count report
	 */
	record Relationship(String type, String fromLabel, String fromId, String toLabel, String toId, String identity,
			Map<String, Object> properties, SeedKind kind) {

		/** What makes two relationships the same one. */
		String key() {
			return this.type + "|" + this.fromLabel + ":" + this.fromId + "|" + this.toLabel + ":" + this.toId + "|"
					+ this.identity;
		}

	}

}
