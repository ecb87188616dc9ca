package nl.onderwijsgraaf.curation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import graphql.schema.DataFetcher;
import graphql.schema.idl.RuntimeWiring;
import nl.onderwijsgraaf.api.GlobalId;
import nl.onderwijsgraaf.api.GraphNode;
import nl.onderwijsgraaf.graph.GraphReads;
import nl.onderwijsgraaf.seed.SeedKind;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Wires what is the same for every curated kind, from {@link SeedKind} as the schema was written from it:
 * {@code createX}/{@code updateX}, and the {@code retired} field, which a batch loader reads for all nodes of a
 * response in one query per kind (no N+1). ({@code version} is a component of every node record, read with the
 * node's data, so that the version a client sends back always belongs to the data it changed.)
 */
@Component
class CurationWiring implements RuntimeWiringConfigurer {

	private static final String STATE_LOADER = "curationState";

	private final CurationController controller;

	private final GraphReads reads;

	CurationWiring(CurationController controller, GraphReads reads, BatchLoaderRegistry loaders) {
		this.controller = controller;
		this.reads = reads;
		loaders.<String, State>forName(STATE_LOADER).registerMappedBatchLoader((ids, env) -> Mono.just(states(ids)));
	}

	/** A node's curation state. */
	record State(boolean retired) {
	}

	@Override
	public void configure(RuntimeWiring.Builder wiring) {
		DataFetcher<Object> retired = (env) -> state(env).thenApply(State::retired);
		for (SeedKind kind : CurationService.curatedKinds()) {
			wiring.type("Mutation", (type) -> type
				.dataFetcher("create" + kind.label(), (env) -> this.controller.create(kind, env))
				.dataFetcher("update" + kind.label(), (env) -> this.controller.update(kind, env)));
			wiring.type(kind.label(), (type) -> type.dataFetcher("retired", retired));
		}
	}

	private static java.util.concurrent.CompletableFuture<State> state(graphql.schema.DataFetchingEnvironment env) {
		GraphNode node = env.getSource();
		return env.<String, State>getDataLoader(STATE_LOADER).load(node.id());
	}

	private Map<String, State> states(Set<String> ids) {
		Map<String, State> states = new HashMap<>();
		Map<String, List<String>> keysByLabel = ids.stream()
			.map(GlobalId::decode)
			.collect(Collectors.groupingBy(GlobalId::type, Collectors.mapping(GlobalId::key, Collectors.toList())));
		keysByLabel.forEach((label, keys) -> this.reads
			.rows("MATCH (n:`" + SeedKind.ofLabel(label).label() + "`) WHERE n.id IN $keys"
					+ " RETURN n.id AS key, n.retired IS NOT NULL AS retired", Map.of("keys", keys))
			.forEach((row) -> states.put(GlobalId.encode(label, (String) row.get("key")),
					new State((Boolean) row.get("retired")))));
		return states;
	}

}
