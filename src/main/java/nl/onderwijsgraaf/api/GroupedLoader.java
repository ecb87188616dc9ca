package nl.onderwijsgraaf.api;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;

import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import reactor.core.publisher.Mono;

/**
 * One data loader for many fields that batch alike, each request grouped by its field ({@code G}) before it is
 * loaded: a field's nodes are still read in one query per level. Why not a loader per field: a request makes every
 * registered loader anew and dispatches each of them at every level of the response, so a loader per field (well
 * over a hundred) cost more than the reads they batch once root reads answer most fields.
 *
 * @param <G> what tells the fields apart (the field, a node's kind)
 * @param <N> the node a field is asked of
 * @param <V> the field's value
 */
public final class GroupedLoader<G, N, V> {

	private final String name;

	/**
	 * Registers the loader {@code name}, which loads the nodes asked of one group with {@code load} (returning the
	 * values of the nodes that have one).
	 */
	public GroupedLoader(BatchLoaderRegistry loaders, String name, BiFunction<G, Set<N>, Map<N, ? extends V>> load) {
		this.name = name;
		loaders.<Key<G, N>, V>forName(name).registerMappedBatchLoader((keys, env) -> Mono.fromSupplier(() -> {
			Map<G, Set<N>> byGroup = new LinkedHashMap<>();
			keys.forEach((key) -> byGroup.computeIfAbsent(key.group(), (g) -> new LinkedHashSet<>()).add(key.node()));
			Map<Key<G, N>, V> values = new HashMap<>();
			byGroup.forEach((group, nodes) -> load.apply(group, nodes)
				.forEach((node, value) -> values.put(new Key<>(group, node), value)));
			return values;
		}));
	}

	/** The value of {@code group}'s field of {@code node}, loaded with the others of the response's level. */
	public CompletableFuture<V> load(DataFetchingEnvironment env, G group, N node) {
		return env.<Key<G, N>, V>getDataLoader(this.name).load(new Key<>(group, node));
	}

	private record Key<G, N>(G group, N node) {
	}

}
