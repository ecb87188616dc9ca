package nl.onderwijsgraaf.programme;

import java.util.List;

import nl.onderwijsgraaf.api.GraphNode;
import nl.onderwijsgraaf.api.Provenance;

/** A goal or theme interventions serve: a menukaart doelgebied, an Onderwijs Ontwikkel Doel, a theme. */
public record Goal(String key, String name, String type, String code, String summary,
		List<Provenance> provenance, int version)
		implements GraphNode {
}
