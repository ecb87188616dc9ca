package nl.onderwijsgraaf.api;

/** One bucket of an aggregate: a value of a dimension and how many nodes have it. */
public record ValueCount(String value, int count) {

	/** The value of nodes that have none in a dimension (no problem, unrated, no date). */
	public static final String NONE = "NONE";

}
