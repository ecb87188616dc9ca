package nl.onderwijsgraaf.api;

import java.util.Map;

import graphql.schema.DataFetchingEnvironment;

/**
 * What a root read must read of its nodes for what the client selected of them, as the entries of a Cypher map
 * projection of {@code variable}: the selected properties only, or all of them where a selected field has logic of
 * its own; and, next to them, the relationship fields selected under the nodes, at any depth, so that the root read
 * answers them in the same query. The read compiler's rule ({@code read/ReadCompiler}), so that a lookup or page,
 * like the nested reads, leaves long texts nobody asked for in the store, and a root field costs one query.
 */
@FunctionalInterface
public interface Projection {

	/**
	 * The projection of the nodes of {@code type} that the field of {@code env} answers with: its own value, or, with
	 * {@code connection}, the nodes of its edges.
	 */
	Read of(String type, String variable, DataFetchingEnvironment env, boolean connection);

	/**
	 * A projection: its map entries and the parameters they bind, and where the values read beside a node's
	 * properties go once the node is mapped.
	 *
	 * @param entries the entries of the map projection ({@code .name, __problems: COLLECT {…}})
	 * @param parameters the parameters the entries bind
	 * @param read takes each node mapped from a row with the row's map, to keep the relationship fields read in it
	 */
	record Read(String entries, Map<String, Object> parameters, Reader read) {

		/** Every property of a node, and nothing else. */
		public static final Read ALL = new Read(".*", Map.of(), (node, row) -> {
		});

		/** {@code node}, mapped from {@code row}, after handing the row to {@link #read}. */
		public <T extends GraphNode> T mapped(T node, Map<String, Object> row) {
			this.read.read(node, row);
			return node;
		}

	}

	/** Takes a node and the map it was read from. */
	@FunctionalInterface
	interface Reader {

		void read(GraphNode node, Map<String, Object> row);

	}

}
