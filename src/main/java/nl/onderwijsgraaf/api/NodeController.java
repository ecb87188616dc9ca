package nl.onderwijsgraaf.api;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code node(id:)}: any object by its global id. */
@Controller
class NodeController {

	private final NodeReader reader;

	NodeController(NodeReader reader) {
		this.reader = reader;
	}

	@QueryMapping
	GraphNode node(@Argument String id) {
		return this.reader.node(id);
	}

}
