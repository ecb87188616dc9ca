package nl.onderwijsgraaf.api;

import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code node(id:)} and {@code nodes(ids:)}: any objects by their global ids; {@code kindCounts}: how many of each kind. */
@Controller
class NodeController {

	/** As many as a page holds, so that a page of ids from any list can be fetched in one request. */
	static final int MAX_IDS = PageRequest.MAX_SIZE;

	private final NodeReader reader;

	NodeController(NodeReader reader) {
		this.reader = reader;
	}

	@QueryMapping
	GraphNode node(@Argument String id) {
		return this.reader.node(id);
	}

	@QueryMapping
	List<GraphNode> nodes(@Argument List<String> ids) {
		if (ids.size() > MAX_IDS) {
			throw new InvalidInputException("ids", "at most " + MAX_IDS + " ids per request, was " + ids.size());
		}
		return this.reader.nodes(ids);
	}

	@QueryMapping
	List<ValueCount> kindCounts() {
		return this.reader.countPerKind();
	}

}
