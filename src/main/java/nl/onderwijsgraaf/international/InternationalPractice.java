package nl.onderwijsgraaf.international;

import java.util.List;

import nl.onderwijsgraaf.api.GraphNode;
import nl.onderwijsgraaf.api.Provenance;

/** A named practice of another country that bears on a Dutch problem. */
public record InternationalPractice(String key, String name, String nameEn, String summary,
		List<Provenance> provenance, int version) implements GraphNode {
}
