package nl.onderwijsgraaf.stakeholder;

import java.util.List;

/** The part of the graph around a stakeholder, ready to draw. */
public record StakeholderNetwork(NetworkNode center, List<NetworkNode> nodes, List<NetworkEdge> edges,
		boolean truncated) {

	static final StakeholderNetwork EMPTY = new StakeholderNetwork(null, List.of(), List.of(), false);

}
