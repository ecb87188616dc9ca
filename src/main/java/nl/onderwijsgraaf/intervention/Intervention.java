package nl.onderwijsgraaf.intervention;

import java.util.List;

import nl.onderwijsgraaf.api.GraphNode;
import nl.onderwijsgraaf.api.Provenance;

/** Something schools, municipalities or others do or propose about a problem. */
public record Intervention(String key, String name, String nameEn, String kind, String status, String summary,
		String description, String impact, String effort, String form, List<Provenance> provenance,
		int version) implements GraphNode {
}
