package nl.onderwijsgraaf.api;

import java.util.Map;

/**
 * The selection a dashboard aggregate counts over: the nodes of a kind that match a {@code where} of the list
 * grammar. Each dimension of it is resolved (one query each) only when the client asks for it.
 */
public record Aggregate(Class<? extends GraphNode> type, Map<String, Object> where) {

	/** How many nodes match. */
	public int total(NodeReader reader) {
		return reader.count(this.type, this.where);
	}

	/** How many match per value of a dimension; see {@link NodeReader#countBy}. */
	public java.util.List<ValueCount> countBy(NodeReader reader, String dimension, Map<String, Object> parameters) {
		return reader.countBy(this.type, this.where, dimension, parameters);
	}

}
