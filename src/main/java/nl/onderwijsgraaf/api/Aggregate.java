package nl.onderwijsgraaf.api;

import java.util.Map;

/**
 * The selection a dashboard aggregate counts over: the nodes of a kind that match a {@code where} of the list
 * grammar. Each dimension of it is resolved (one query each) only when the client asks for it.
 */
public record Aggregate(Class<? extends GraphNode> type, Map<String, Object> where, NodeReader reader) {

	/** How many nodes match: every stats type's {@code total}, resolved as a property of this record. */
	public int total() {
		return this.reader.count(this.type, this.where);
	}

	/** How many match per value of a dimension; see {@link NodeReader#countBy}. */
	public java.util.List<ValueCount> countBy(String dimension, Map<String, Object> parameters) {
		return this.reader.countBy(this.type, this.where, dimension, parameters);
	}

}
