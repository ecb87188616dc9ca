package nl.onderwijsgraaf.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.onderwijsgraaf.seed.SeedKind;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/**
 * The {@code links} field of every node type whose relationships come from the seed: each relationship with its
 * provenance and quote, so that any related field (an intervention's problems, a problem's sectors…) can be cited.
 * Two queries per batch (outgoing and incoming), whatever the number of nodes.
 */
@Controller
class LinkController {

	/** Every relationship type a seed link declares; the pattern names them, so CITES (node provenance) stays out. */
	private static final String TYPES = String.join("|", linkTypes());

	private final NodeReader reader;

	LinkController(NodeReader reader) {
		this.reader = reader;
	}

	private static Set<String> linkTypes() {
		Set<String> types = new LinkedHashSet<>();
		Arrays.stream(SeedKind.values()).forEach((kind) -> kind.links().values().forEach((l) -> types.add(l.type())));
		return types;
	}

	<S extends GraphNode> Map<S, List<Link>> links(List<S> nodes) {
		Map<S, List<Link>> outgoing = this.reader.relatedEdges(nodes, "-[r:" + TYPES + "]->", GraphNode.class,
				(source, target, r) -> Link.of(true, target, r));
		Map<S, List<Link>> incoming = this.reader.relatedEdges(nodes, "<-[r:" + TYPES + "]-", GraphNode.class,
				(source, target, r) -> Link.of(false, target, r));
		outgoing.replaceAll((node, links) -> {
			List<Link> both = new ArrayList<>(links);
			both.addAll(incoming.get(node));
			both.sort(java.util.Comparator.comparing(Link::relationship));
			return both;
		});
		return outgoing;
	}

	@BatchMapping(typeName = "Problem", field = "links")
	Map<GraphNode, List<Link>> problemLinks(List<GraphNode> nodes) {
		return links(nodes);
	}

	@BatchMapping(typeName = "Intervention", field = "links")
	Map<GraphNode, List<Link>> interventionLinks(List<GraphNode> nodes) {
		return links(nodes);
	}

	@BatchMapping(typeName = "Programme", field = "links")
	Map<GraphNode, List<Link>> programmeLinks(List<GraphNode> nodes) {
		return links(nodes);
	}

	@BatchMapping(typeName = "Goal", field = "links")
	Map<GraphNode, List<Link>> goalLinks(List<GraphNode> nodes) {
		return links(nodes);
	}

	@BatchMapping(typeName = "TimelineEvent", field = "links")
	Map<GraphNode, List<Link>> eventLinks(List<GraphNode> nodes) {
		return links(nodes);
	}

	@BatchMapping(typeName = "Stakeholder", field = "links")
	Map<GraphNode, List<Link>> stakeholderLinks(List<GraphNode> nodes) {
		return links(nodes);
	}

	@BatchMapping(typeName = "InternationalPractice", field = "links")
	Map<GraphNode, List<Link>> practiceLinks(List<GraphNode> nodes) {
		return links(nodes);
	}

	@BatchMapping(typeName = "Country", field = "links")
	Map<GraphNode, List<Link>> countryLinks(List<GraphNode> nodes) {
		return links(nodes);
	}

	@BatchMapping(typeName = "Place", field = "links")
	Map<GraphNode, List<Link>> placeLinks(List<GraphNode> nodes) {
		return links(nodes);
	}

	@BatchMapping(typeName = "Sector", field = "links")
	Map<GraphNode, List<Link>> sectorLinks(List<GraphNode> nodes) {
		return links(nodes);
	}

	@BatchMapping(typeName = "TargetGroup", field = "links")
	Map<GraphNode, List<Link>> targetGroupLinks(List<GraphNode> nodes) {
		return links(nodes);
	}

}
