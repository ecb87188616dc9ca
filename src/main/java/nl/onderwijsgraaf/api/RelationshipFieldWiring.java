package nl.onderwijsgraaf.api;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.schema.idl.RuntimeWiring;
import nl.onderwijsgraaf.model.GraphModel;
import nl.onderwijsgraaf.model.RelationshipField;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * Every relationship field the model declares that returns the nodes at the other end (an intervention's
 * {@code problems}, a problem's {@code interventions}, an evidence item's {@code supports}…), loaded for all nodes of
 * a response in one query per field through {@link NodeReader#related}, as a {@code @BatchMapping} would. Fields that
 * return edge objects ({@code Involvement}, {@code StakeholderTie}) and fields with logic of their own keep their
 * hand-written resolvers in their feature.
 */
@Component
class RelationshipFieldWiring implements RuntimeWiringConfigurer {

	private final NodeReader reader;

	private final GraphTypes types;

	private final List<RelationshipField> fields;

	private final GroupedLoader<RelationshipField, GraphNode, Object> loader;

	RelationshipFieldWiring(BatchLoaderRegistry loaders, NodeReader reader, GraphTypes types) {
		this.reader = reader;
		this.types = types;
		GraphModel model = GraphModel.graph();
		this.fields = model.kinds()
			.stream()
			.flatMap((kind) -> model.fields(kind.label()).values().stream())
			.filter((field) -> field.read() && field.edgeType() == null)
			.toList();
		this.loader = new GroupedLoader<>(loaders, "relationshipFields", this::load);
	}

	@Override
	public void configure(RuntimeWiring.Builder wiring) {
		for (RelationshipField field : this.fields) {
			wiring.type(field.owner(), (type) -> type.dataFetcher(field.field(),
					(env) -> this.loader.load(env, field, env.getSource())));
		}
	}

	private Map<GraphNode, Object> load(RelationshipField field, Set<GraphNode> sources) {
		Class<? extends GraphNode> target = (field.target() != null) ? this.types.forLabel(field.target())
				: GraphNode.class;
		Map<GraphNode, ? extends List<? extends GraphNode>> related = this.reader.related(List.copyOf(sources),
				field.pattern(), target);
		Map<GraphNode, Object> result = new HashMap<>();
		related.forEach((source, nodes) -> {
			if (field.one()) {
				if (!nodes.isEmpty()) {
					result.put(source, nodes.get(0));
				}
			}
			else if (field.direction() == RelationshipField.Direction.BOTH) {
				// read both ways, a pair linked from both ends is still one related node
				Map<String, GraphNode> byKey = new LinkedHashMap<>();
				nodes.forEach((node) -> byKey.putIfAbsent(node.key(), node));
				result.put(source, List.copyOf(byKey.values()));
			}
			else {
				result.put(source, nodes);
			}
		});
		return result;
	}

}
