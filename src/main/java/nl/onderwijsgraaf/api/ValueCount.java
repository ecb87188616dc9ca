package nl.onderwijsgraaf.api;

/**
 * One bucket of an aggregate: a value of a dimension and how many nodes have it, with the name and node the value
 * stands for (both null when it names no node), so that a chart can label its bars without asking again.
 */
public record ValueCount(String value, int count, String name, GraphNode node) {

	/** The value of nodes that have none in a dimension (no problem, unrated, no date). */
	public static final String NONE = "NONE";

	/** A bucket whose value names no node. */
	public ValueCount(String value, int count) {
		this(value, count, null, null);
	}

}
