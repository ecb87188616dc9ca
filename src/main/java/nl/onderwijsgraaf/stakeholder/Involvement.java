package nl.onderwijsgraaf.stakeholder;

import nl.onderwijsgraaf.api.GraphNode;
import nl.onderwijsgraaf.api.Link;
import nl.onderwijsgraaf.api.NodeReader;
import nl.onderwijsgraaf.api.Provenance;
import org.neo4j.driver.types.MapAccessor;

/** A stakeholder's role in an intervention or programme: an {@code INVOLVED_IN} relationship. */
public record Involvement(String role, Stakeholder stakeholder, GraphNode target, Provenance provenance, String quote) {

	/** Read from the intervention's or programme's side. */
	public static Involvement of(GraphNode target, Stakeholder stakeholder, MapAccessor relationship) {
		return new Involvement(relationship.get("role").asString(), stakeholder, target,
				NodeReader.provenanceOf(relationship), Link.quoteOf(relationship));
	}

}
