package nl.onderwijsgraaf.stakeholder;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import nl.onderwijsgraaf.api.GraphNode;
import nl.onderwijsgraaf.api.NodeReader;
import nl.onderwijsgraaf.model.GraphModel;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/**
 * The stakeholders involved in an intervention or programme, read from its side: this package owns
 * {@code INVOLVED_IN} and its edge object {@link Involvement}, so it maps both ends, and the intervention and
 * programme packages need not know stakeholders.
 */
@Controller
class InvolvementController {

	private static final String INVOLVED = GraphModel.graph().field("Intervention", "stakeholders").pattern();

	private final NodeReader reader;

	InvolvementController(NodeReader reader) {
		this.reader = reader;
	}

	@BatchMapping(typeName = "Intervention", field = "stakeholders")
	Map<GraphNode, List<Involvement>> interventionStakeholders(List<GraphNode> interventions) {
		return this.reader.relatedEdges(interventions, INVOLVED, Stakeholder.class, Involvement::of);
	}

	@BatchMapping(typeName = "Programme", field = "stakeholders")
	Map<GraphNode, List<Involvement>> programmeStakeholders(List<GraphNode> programmes) {
		return this.reader.relatedEdges(programmes, INVOLVED, Stakeholder.class, Involvement::of);
	}

	@BatchMapping(typeName = "Programme", field = "stakeholdersByRole")
	Map<GraphNode, List<RoleGroup>> stakeholdersByRole(List<GraphNode> programmes) {
		Map<GraphNode, List<RoleGroup>> result = new HashMap<>();
		programmeStakeholders(programmes).forEach((programme, involvements) -> result.put(programme, involvements
			.stream()
			.collect(Collectors.groupingBy(Involvement::role, TreeMap::new,
					Collectors.mapping(Involvement::stakeholder, Collectors.toList())))
			.entrySet()
			.stream()
			.map((group) -> new RoleGroup(group.getKey(), group.getValue()))
			.toList()));
		return result;
	}

}
