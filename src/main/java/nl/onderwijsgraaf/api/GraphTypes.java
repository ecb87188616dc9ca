package nl.onderwijsgraaf.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.onderwijsgraaf.model.GraphModel;
import nl.onderwijsgraaf.model.NodeKind;
import org.springframework.stereotype.Component;

/**
 * The node records of every kind the model declares, by label: lets {@code node(id:)} and polymorphic fields (what a
 * piece of evidence supports, what a stakeholder is involved in) map any node to its record.
 */
@Component
public class GraphTypes {

	private final Map<String, Class<? extends GraphNode>> byLabel = new HashMap<>();

	public GraphTypes() {
		for (NodeKind kind : GraphModel.graph().kinds()) {
			this.byLabel.put(kind.label(), kind.recordClass().asSubclass(GraphNode.class));
		}
	}

	/** Every node type's label, in name order. */
	public List<String> labels() {
		return this.byLabel.keySet().stream().sorted().toList();
	}

	/** The record for a label or GraphQL type name, or null when it is not a node type. */
	public Class<? extends GraphNode> forLabel(String label) {
		return this.byLabel.get(label);
	}

}
