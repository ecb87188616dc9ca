package nl.onderwijsgraaf.evidence;

import nl.onderwijsgraaf.api.GraphNode;

/** A source document or reference table that facts are taken from. */
public record Source(String key, String title, String publisher, Integer year, String file, String kind,
		String summary, String address, String note)
		implements GraphNode {
}
