package nl.onderwijsgraaf.stakeholder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.onderwijsgraaf.api.ValueCount;
import nl.onderwijsgraaf.api.Aggregate;
import nl.onderwijsgraaf.api.Dimension;
import nl.onderwijsgraaf.api.GraphNode;
import nl.onderwijsgraaf.api.NodeReader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class StakeholderController {

	private final NodeReader reader;

	StakeholderController(NodeReader reader) {
		this.reader = reader;
	}

	@BatchMapping
	Map<Stakeholder, List<StakeholderTie>> connections(List<Stakeholder> stakeholders) {
		Map<Stakeholder, List<StakeholderTie>> outgoing = this.reader.relatedEdges(stakeholders,
				"-[r:CONNECTED_TO]->", Stakeholder.class, StakeholderTie::of);
		Map<Stakeholder, List<StakeholderTie>> incoming = this.reader.relatedEdges(stakeholders,
				"<-[r:CONNECTED_TO]-", Stakeholder.class, (to, from, r) -> StakeholderTie.of(from, to, r));
		outgoing.replaceAll((stakeholder, ties) -> {
			List<StakeholderTie> both = new ArrayList<>(ties);
			both.addAll(incoming.get(stakeholder));
			return both;
		});
		return outgoing;
	}

	@BatchMapping
	Map<Stakeholder, List<Involvement>> involvements(List<Stakeholder> stakeholders) {
		return this.reader.relatedEdges(stakeholders, "-[r:INVOLVED_IN]->", GraphNode.class,
				(stakeholder, target, r) -> Involvement.of(target, stakeholder, r));
	}

	@QueryMapping
	Aggregate stakeholderStats(@Argument Map<String, Object> where) {
		return new Aggregate(Stakeholder.class, where, this.reader);
	}

	@SchemaMapping(typeName = "StakeholderStats")
	List<ValueCount> byType(Aggregate stakeholders) {
		return stakeholders.countBy(Dimension.property("n.type"));
	}

}
