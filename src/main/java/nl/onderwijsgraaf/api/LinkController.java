package nl.onderwijsgraaf.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.schema.idl.RuntimeWiring;
import nl.onderwijsgraaf.model.GraphModel;
import nl.onderwijsgraaf.model.NodeKind;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * The {@code links} field of every kind whose model declaration names it ({@code custom("links")}): each
 * relationship the model declares as a seed link, with its provenance and quote, so that any related field (an
 * intervention's problems, a problem's sectors…) can be cited. Two queries per kind per response (outgoing and
 * incoming), whatever the number of nodes.
 */
@Component
class LinkController implements RuntimeWiringConfigurer {

	private static final String FIELD = "links";

	/** The kinds that have the field; one loader each, as {@link NodeReader#relatedEdges} reads one label a batch. */
	private static final List<String> LABELS = GraphModel.graph()
		.kinds()
		.stream()
		.filter((kind) -> kind.customFields().contains(FIELD))
		.map(NodeKind::label)
		.toList();

	/** Every relationship type seeds and curators write; the pattern names them, so CITES (provenance) stays out. */
	private static final String TYPES = String.join("|", GraphModel.graph().linkTypes());

	private final NodeReader reader;

	private final GroupedLoader<String, GraphNode, List<Link>> loader;

	LinkController(NodeReader reader, BatchLoaderRegistry loaders) {
		this.reader = reader;
		// grouped by kind: a batch of sources is read under its kind's label
		this.loader = new GroupedLoader<>(loaders, FIELD, (label, nodes) -> links(nodes));
	}

	@Override
	public void configure(RuntimeWiring.Builder wiring) {
		for (String label : LABELS) {
			wiring.type(label, (type) -> type.dataFetcher(FIELD, (env) -> this.loader.load(env, label, env.getSource())));
		}
	}

	private Map<GraphNode, List<Link>> links(Set<GraphNode> nodes) {
		List<GraphNode> batch = List.copyOf(nodes);
		Map<GraphNode, List<Link>> outgoing = this.reader.relatedEdges(batch, "-[r:" + TYPES + "]->", GraphNode.class,
				(source, target, r) -> Link.of(true, target, r));
		Map<GraphNode, List<Link>> incoming = this.reader.relatedEdges(batch, "<-[r:" + TYPES + "]-", GraphNode.class,
				(source, target, r) -> Link.of(false, target, r));
		Map<GraphNode, List<Link>> links = new HashMap<>();
		outgoing.forEach((node, out) -> {
			List<Link> both = new ArrayList<>(out);
			both.addAll(incoming.get(node));
			both.sort(Comparator.comparing(Link::relationship));
			links.put(node, both);
		});
		return links;
	}

}
