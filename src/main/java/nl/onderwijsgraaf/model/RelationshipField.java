package nl.onderwijsgraaf.model;

import java.util.List;

/**
 * A field of a GraphQL type that reads a relationship: what code that walks a selection (or a {@code where}) needs to
 * turn the field into Cypher. One field may reach several kinds (an evidence item {@code supports} interventions,
 * practices and programmes), through one relationship type.
 * @param owner the GraphQL type (and label) that has the field
 * @param field the field name
 * @param type the relationship type
 * @param direction which way the relationship points from the owner
 * @param targets the labels of the nodes it reaches, in declaration order
 * @param one whether it holds at most one node
 * @param read whether the GraphQL type has the field
 * @param filter whether {@code <Owner>Where} has the field
 * @param edgeType the GraphQL type of one item when that is an edge object (e.g. {@code Involvement}), else null
 * @param role the GraphQL enum of the relationship's {@code role}, or null
 * @param relationships the declarations it reads, one per pair of kinds
 */
public record RelationshipField(String owner, String field, String type, Direction direction, List<String> targets,
		boolean one, boolean read, boolean filter, String edgeType, String role, List<Relationship> relationships) {

	/** Which way a relationship points, seen from the node that has the field. */
	public enum Direction {

		/** From the owner to the target: {@code -[r:T]->}. */
		OUT,
		/** From the target to the owner: {@code <-[r:T]-}. */
		IN,
		/** Either way: {@code -[r:T]-}. */
		BOTH

	}

	public RelationshipField {
		targets = List.copyOf(targets);
		relationships = List.copyOf(relationships);
	}

	/** The relationship part of a pattern from the owner, with {@code r} for the relationship: {@code <-[r:ADDRESSES]-}. */
	public String pattern() {
		return pattern("r");
	}

	/** Like {@link #pattern()} with the relationship bound to {@code variable}; an empty variable binds none. */
	public String pattern(String variable) {
		String relationship = "[" + variable + ":" + this.type + "]";
		return switch (this.direction) {
			case OUT -> "-" + relationship + "->";
			case IN -> "<-" + relationship + "-";
			case BOTH -> "-" + relationship + "-";
		};
	}

	/** The one label it reaches, or null when it reaches several kinds (the field's items are then {@code Node}s). */
	public String target() {
		return (this.targets.size() == 1) ? this.targets.get(0) : null;
	}

	/** The GraphQL type of one item: the edge type, the one target's type, or {@code Node}. */
	public String itemType() {
		if (this.edgeType != null) {
			return this.edgeType;
		}
		return (target() != null) ? target() : "Node";
	}

	/** The properties each relationship carries ({@code role}, {@code provenance}, …). */
	public List<String> edgeProperties() {
		return this.relationships.get(0).edgeProperties();
	}

}
