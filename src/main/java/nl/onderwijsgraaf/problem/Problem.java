package nl.onderwijsgraaf.problem;

import java.util.List;

import nl.onderwijsgraaf.api.GraphNode;
import nl.onderwijsgraaf.api.Provenance;

/** A problem (knelpunt) schools, programmes or the cultural sector face. */
public record Problem(String key, String name, String nameEn, String summary, String domain, List<String> aliases,
		List<Provenance> provenance, int version) implements GraphNode {
}
