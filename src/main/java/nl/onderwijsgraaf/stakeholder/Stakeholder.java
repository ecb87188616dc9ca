package nl.onderwijsgraaf.stakeholder;

import java.util.List;

import nl.onderwijsgraaf.api.GraphNode;
import nl.onderwijsgraaf.api.Provenance;

/** An organisation or a role in the field. */
public record Stakeholder(String key, String name, String type, String summary, List<Provenance> provenance,
		int version)
		implements GraphNode {
}
