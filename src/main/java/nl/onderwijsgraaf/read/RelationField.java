package nl.onderwijsgraaf.read;

import java.util.List;

import nl.onderwijsgraaf.api.GraphNode;
import org.neo4j.driver.types.MapAccessor;

/**
 * A GraphQL field that lists the nodes related to its node through one relationship type, as the read compiler
 * loads it: {@code pattern} leads from the source {@code (s)} over {@code [r]} to the target {@code (t)}, e.g.
 * {@code (s)<-[r:ADDRESSES]-(t:Intervention)}; written by the calling code, never from a request.
 *
 * @param type the GraphQL type that has the field
 * @param field the field's name
 * @param pattern the Cypher pattern from {@code s} over {@code r} to {@code t}
 * @param target the record of the nodes at the other end; {@code GraphNode} for a field of several kinds
 * @param single whether the field gives one node (the first in order) rather than a list
 * @param distinct whether a node reached twice (a relationship read in both directions) is listed once
 * @param edge how an item is built from source, target and relationship (for a field with {@code endFields}, from
 * the relationship's start node, its end node and itself); null when the item is the target node
 * @param nodeField the item's field that holds the target node, for fields whose items are edges
 * @param selfField the item's field that holds the field's own node (an involvement's {@code stakeholder} in a
 * stakeholder's {@code involvements}), answered from that node's record; else null
 * @param endFields for edges read both ways (a stakeholder's ties): the item's fields that hold the relationship's
 * start and end node, each read with what is selected under it; else null
 * @param connection whether the field gives a page of the list ({@code interventionsConnection}) rather than a list
 */
public record RelationField(String type, String field, String pattern, Class<?> target, boolean single,
		boolean distinct, Edge<Object, Object, Object> edge, String nodeField, String selfField, List<String> endFields,
		boolean connection) {

	/** A field that lists target nodes. */
	public static RelationField nodes(String type, String field, String pattern, Class<?> target) {
		return new RelationField(type, field, pattern, target, false, false, null, null, null, null, false);
	}

	/**
	 * A field whose items are edges built by {@code edge}, with the target node in {@code nodeField} and the field's
	 * own node in {@code selfField}.
	 */
	public static <S, T, R> RelationField edges(String type, String field, String pattern, Class<?> target,
			String nodeField, String selfField, Edge<S, T, R> edge) {
		return new RelationField(type, field, pattern, target, false, false, erased(edge), nodeField, selfField, null,
				false);
	}

	/**
	 * A field whose items are edges read both ways, built by {@code edge} from the relationship's start node (in the
	 * item's field {@code fromField}), end node ({@code toField}) and itself; one of the two is the field's own node.
	 */
	public static <S, T, R> RelationField ties(String type, String field, String pattern, Class<?> target,
			String fromField, String toField, Edge<S, T, R> edge) {
		return new RelationField(type, field, pattern, target, false, false, erased(edge), null, null,
				List.of(fromField, toField), false);
	}

	@SuppressWarnings("unchecked")
	private static <S, T, R> Edge<Object, Object, Object> erased(Edge<S, T, R> edge) {
		return (Edge<Object, Object, Object>) (Edge<?, ?, ?>) edge;
	}

	/** The same field, giving one node. */
	public RelationField one() {
		return new RelationField(this.type, this.field, this.pattern, this.target, true, this.distinct, this.edge,
				this.nodeField, this.selfField, this.endFields, this.connection);
	}

	/** The same field, listing a node reached twice once. */
	public RelationField once() {
		return new RelationField(this.type, this.field, this.pattern, this.target, this.single, true, this.edge,
				this.nodeField, this.selfField, this.endFields, this.connection);
	}

	/** The field {@code name} that gives the same list as a page ({@link nl.onderwijsgraaf.api.Connection}). */
	public RelationField paged(String name) {
		return new RelationField(this.type, name, this.pattern, this.target, this.single, this.distinct, this.edge,
				this.nodeField, this.selfField, this.endFields, true);
	}

	/** Whether the target may be of several kinds, told apart by label. */
	public boolean anyKind() {
		return this.target == GraphNode.class;
	}

	/** Builds an item of an edge field from its source, target and the relationship's properties. */
	@FunctionalInterface
	public interface Edge<S, T, R> {

		R create(S source, T target, MapAccessor relationship);

	}

}
