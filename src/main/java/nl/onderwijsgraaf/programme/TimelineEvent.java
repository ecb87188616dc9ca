package nl.onderwijsgraaf.programme;

import java.util.List;

import nl.onderwijsgraaf.api.GraphNode;
import nl.onderwijsgraaf.api.Provenance;

/** A dated event: a school closure, a reopening, a programme milestone. */
public record TimelineEvent(String key, String date, String title, String summary,
		List<Provenance> provenance, int version)
		implements GraphNode {
}
