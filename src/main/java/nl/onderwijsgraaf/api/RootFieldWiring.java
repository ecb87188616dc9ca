package nl.onderwijsgraaf.api;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import nl.onderwijsgraaf.model.GraphModel;
import nl.onderwijsgraaf.model.NodeKind;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * The two query fields every kind of node has, under the names the model gives them: one that looks a node up by
 * {@code id} or {@code key} ({@code problem}) and one that pages them with {@code where}, {@code orderBy} and both
 * directions ({@code problems}). Both read only what the request selects ({@link NodeReader}). So a kind needs no
 * controller for them; a feature's controller holds only its own logic.
 */
@Component
class RootFieldWiring implements RuntimeWiringConfigurer {

	private final NodeReader reader;

	RootFieldWiring(NodeReader reader) {
		this.reader = reader;
	}

	@Override
	public void configure(RuntimeWiring.Builder wiring) {
		for (NodeKind kind : GraphModel.graph().kinds()) {
			if (kind.node()) {
				Class<? extends GraphNode> type = kind.recordClass().asSubclass(GraphNode.class);
				wiring.type("Query", (query) -> query.dataFetcher(kind.lookupField(), (env) -> lookup(type, env))
					.dataFetcher(kind.listField(), (env) -> page(type, env)));
			}
		}
	}

	private GraphNode lookup(Class<? extends GraphNode> type, DataFetchingEnvironment env) {
		return this.reader.lookup(type, env.getArgument("id"), env.getArgument("key"), env);
	}

	private Connection<? extends GraphNode> page(Class<? extends GraphNode> type, DataFetchingEnvironment env) {
		return this.reader.page(type, new ListQuery(env.getArgument("where"), env.getArgument("orderBy")),
				PageRequest.of(env.getArgument("first"), env.getArgument("after"), env.getArgument("last"),
						env.getArgument("before")),
				env);
	}

}
