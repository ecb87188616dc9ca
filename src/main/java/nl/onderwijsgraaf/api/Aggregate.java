package nl.onderwijsgraaf.api;

import java.util.List;
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
	public List<ValueCount> countBy(Dimension dimension) {
		return this.reader.countBy(this.type, this.where, dimension);
	}

	/** How many match per pair of values of two dimensions; see {@link NodeReader#crossCount}. */
	public List<CrossCount> crossCount(Dimension rows, Dimension columns) {
		return this.reader.crossCount(this.type, this.where, rows, columns);
	}

	/**
	 * Minimum, maximum, mean and sum of a number per unit, for the units some node has it in; see
	 * {@link NodeReader#summarize}.
	 */
	public List<NumberSummary> summarize(String number, Map<String, Object> parameters) {
		return this.reader.summarize(this.type, this.where, number, parameters)
			.stream()
			.filter((summary) -> summary.count() > 0)
			.toList();
	}

}
