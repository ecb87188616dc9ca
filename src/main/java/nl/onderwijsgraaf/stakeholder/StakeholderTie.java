package nl.onderwijsgraaf.stakeholder;

import nl.onderwijsgraaf.api.Link;
import nl.onderwijsgraaf.api.NodeReader;
import nl.onderwijsgraaf.api.Provenance;
import org.neo4j.driver.types.MapAccessor;

/** A tie between two stakeholders ({@code CONNECTED_TO}), read from {@code from} to {@code to}. */
public record StakeholderTie(String role, Stakeholder from, Stakeholder to, Provenance provenance, String quote) {

	/** The tie {@code relationship} from its start node {@code from} to its end node {@code to}. */
	public static StakeholderTie of(Stakeholder from, Stakeholder to, MapAccessor relationship) {
		return new StakeholderTie(relationship.get("role").asString(), from, to, NodeReader.provenanceOf(relationship),
				Link.quoteOf(relationship));
	}

}
