package nl.onderwijsgraaf.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * The node records of every feature, by label, found on the class path: lets {@code node(id:)} and polymorphic
 * fields (what a piece of evidence supports, what a stakeholder is involved in) map any node to its record.
 */
@Component
public class GraphTypes {

	private final Map<String, Class<? extends GraphNode>> byLabel = new HashMap<>();

	public GraphTypes() {
		var scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AssignableTypeFilter(GraphNode.class));
		String root = ClassUtils.getPackageName(GraphTypes.class).replaceAll("\\.api$", "");
		for (var candidate : scanner.findCandidateComponents(root)) {
			Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), GraphTypes.class.getClassLoader());
			if (type.isRecord()) {
				this.byLabel.put(type.getSimpleName(), type.asSubclass(GraphNode.class));
			}
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
