package nl.onderwijsgraaf.stakeholder;

import java.util.List;

import nl.onderwijsgraaf.intervention.Intervention;
import nl.onderwijsgraaf.programme.Programme;

/** The shortest chain of involvements and ties from one stakeholder to another. */
public record StakeholderPath(int length, List<NetworkNode> nodes, List<NetworkEdge> edges,
		List<Intervention> interventions, List<Programme> programmes) {
}
