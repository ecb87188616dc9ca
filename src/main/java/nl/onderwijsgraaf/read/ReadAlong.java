package nl.onderwijsgraaf.read;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;

import graphql.GraphQLContext;

/**
 * The relationship fields a root read answered in its own query, next to its nodes' properties: the map each node
 * was read as, by the node (by identity: equal records read at two places keep their own values). Kept for one
 * operation in its {@link GraphQLContext}, so that loading a root field's relationship fields finds them there
 * instead of reading them again.
 */
final class ReadAlong {

	private final Map<Object, Map<String, Object>> rows = Collections.synchronizedMap(new IdentityHashMap<>());

	/** The operation's, made on first use. */
	static ReadAlong of(GraphQLContext context) {
		return context.computeIfAbsent(ReadAlong.class, (k) -> new ReadAlong());
	}

	void put(Object node, Map<String, Object> row) {
		this.rows.put(node, row);
	}

	/** The map {@code node} was read as, or null when no root read answered its relationship fields. */
	Map<String, Object> get(Object node) {
		return this.rows.get(node);
	}

}
