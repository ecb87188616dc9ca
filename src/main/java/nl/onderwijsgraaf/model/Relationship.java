package nl.onderwijsgraaf.model;

import java.util.ArrayList;
import java.util.List;

/**
 * One relationship type between two kinds of node, stored from {@code from} to {@code to} (a type that joins several
 * pairs of kinds, such as {@code ADDRESSES}, is declared once per pair), with the field that reads it at each end.
 * @param type the Neo4j relationship type, e.g. {@code ADDRESSES}
 * @param from the label of its start node
 * @param to the label of its end node
 * @param out the field on {@code from} that reads it, or {@link End#NONE}
 * @param in the field on {@code to} that reads it, or {@link End#NONE}
 * @param undirected whether it is read both ways from either end (a pair linked from both sides is one link), as
 * {@code RELATED_TO}; then {@code in} is {@link End#NONE}
 * @param role the GraphQL enum of its {@code role} edge property, or null when it has none
 * @param edgeType the GraphQL type its fields return per relationship when that is an edge object carrying the role
 * and provenance (e.g. {@code Involvement}), or null when they return the node at the other end
 * @param seedLinks how graph-seed files (and curators' link mutations) write it: an empty list for relationships
 * derived from other data ({@code CITES} from provenance, {@code HAS_ATTRIBUTE})
 */
public record Relationship(String type, String from, String to, End out, End in, boolean undirected, String role,
		String edgeType, List<SeedLink> seedLinks) {

	/** Properties every link written from a seed file or by a curator carries. */
	public static final List<String> LINK_PROPERTIES = List.of("provenance", "quote", "inferred", "note");

	public Relationship {
		seedLinks = List.copyOf(seedLinks);
	}

	/**
	 * One end's field.
	 * @param field the GraphQL field (and the {@code <Type>Where} field), or null when this end reads none
	 * @param one whether it holds at most one node (else a list)
	 * @param read whether the GraphQL type has it as a field
	 * @param filter whether {@code <Type>Where} has it as a field
	 */
	public record End(String field, boolean one, boolean read, boolean filter) {

		/** An end with no field. */
		public static final End NONE = new End(null, false, false, false);

		/** A list field that reads and filters. */
		public static End many(String field) {
			return new End(field, false, true, true);
		}

		/** A field that reads at most one node, and filters. */
		public static End one(String field) {
			return new End(field, true, true, true);
		}

		/** A list field that reads but does not filter. */
		public static End readOnly(String field) {
			return new End(field, false, true, false);
		}

		/** A {@code <Type>Where} field with no field on the type. */
		public static End filterOnly(String field) {
			return new End(field, false, false, true);
		}

		/** This end, without a filter. */
		public End unfiltered() {
			return new End(this.field, this.one, this.read, false);
		}

		public boolean present() {
			return this.field != null;
		}

	}

	/**
	 * How a seed entry writes the relationship: the entry of kind {@code label} lists the keys at the other end under
	 * {@code name}.
	 * @param label the kind whose entries list it
	 * @param name the YAML key of the list
	 * @param outgoing whether that kind is the relationship's start ({@code from})
	 * @param required whether every entry of the kind must have one
	 */
	public record SeedLink(String label, String name, boolean outgoing, boolean required) {
	}

	/** The properties its relationships carry: its role (if any) and the provenance of a link. */
	public List<String> edgeProperties() {
		List<String> properties = new ArrayList<>();
		if (this.role != null) {
			properties.add("role");
		}
		if (!this.seedLinks.isEmpty()) {
			properties.addAll(LINK_PROPERTIES);
		}
		return properties;
	}

	/** Whether curators link and unlink it (it is written as a seed link). */
	public boolean curatable() {
		return !this.seedLinks.isEmpty();
	}

}
