package nl.onderwijsgraaf.evidence;

import java.util.List;
import java.util.Map;

import nl.onderwijsgraaf.api.GraphNode;
import nl.onderwijsgraaf.api.NodeReader;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code evidenceAbout} on every node type that evidence gives facts about ({@code DOCUMENTS}): a programme's budget
 * and conflicting periods, a stakeholder's figures, an event's date. A programme's or intervention's {@code evidence}
 * is what supports its effect, a different question. One query per batch, whatever the number of nodes.
 */
@Controller
class EvidenceAboutController {

	private final NodeReader reader;

	EvidenceAboutController(NodeReader reader) {
		this.reader = reader;
	}

	private <S extends GraphNode> Map<S, List<Evidence>> about(List<S> nodes) {
		return this.reader.related(nodes, "<-[r:DOCUMENTS]-", Evidence.class);
	}

	@BatchMapping(typeName = "Programme", field = "evidenceAbout")
	Map<GraphNode, List<Evidence>> programmeEvidence(List<GraphNode> nodes) {
		return about(nodes);
	}

	@BatchMapping(typeName = "Stakeholder", field = "evidenceAbout")
	Map<GraphNode, List<Evidence>> stakeholderEvidence(List<GraphNode> nodes) {
		return about(nodes);
	}

	@BatchMapping(typeName = "Goal", field = "evidenceAbout")
	Map<GraphNode, List<Evidence>> goalEvidence(List<GraphNode> nodes) {
		return about(nodes);
	}

	@BatchMapping(typeName = "Place", field = "evidenceAbout")
	Map<GraphNode, List<Evidence>> placeEvidence(List<GraphNode> nodes) {
		return about(nodes);
	}

	@BatchMapping(typeName = "TimelineEvent", field = "evidenceAbout")
	Map<GraphNode, List<Evidence>> eventEvidence(List<GraphNode> nodes) {
		return about(nodes);
	}

	@BatchMapping(typeName = "Intervention", field = "evidenceAbout")
	Map<GraphNode, List<Evidence>> interventionEvidence(List<GraphNode> nodes) {
		return about(nodes);
	}

	@BatchMapping(typeName = "InternationalPractice", field = "evidenceAbout")
	Map<GraphNode, List<Evidence>> practiceEvidence(List<GraphNode> nodes) {
		return about(nodes);
	}

}
