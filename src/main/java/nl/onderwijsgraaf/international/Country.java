package nl.onderwijsgraaf.international;

import java.util.List;

import nl.onderwijsgraaf.api.GraphNode;
import nl.onderwijsgraaf.api.Provenance;

/** A country whose education system the sources profile or cite; {@code key} is its ISO alpha-2 code. */
public record Country(String key, String name, String nameEn, String summary, List<Provenance> provenance, int version)
		implements GraphNode {
}
