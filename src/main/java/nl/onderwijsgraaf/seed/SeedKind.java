package nl.onderwijsgraaf.seed;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.onderwijsgraaf.model.GraphModel;
import nl.onderwijsgraaf.model.Property;
import nl.onderwijsgraaf.model.Relationship;

/**
 * The kinds of entry in graph-seed, in load order, with their fields and links. This is the executable form of
 * {@code graph-seed/README.md}: a field or link that is not declared here is an error in a seed file. Fields and
 * links are those the {@link GraphModel} declares for the kind's label (every property, and every relationship with
 * a seed link), with the values of the SDL's enums; what is the seed's own is here: the YAML key, the load order,
 * whether an entry must cite a source.
 */
public enum SeedKind {

	SOURCES("sources", "Source", false),
	SECTORS("sectors", "Sector", true),
	TARGET_GROUPS("targetGroups", "TargetGroup", true),
	PLACES("places", "Place", true),
	PROGRAMMES("programmes", "Programme", true),
	GOALS("goals", "Goal", true),
	PROBLEMS("problems", "Problem", true),
	STAKEHOLDERS("stakeholders", "Stakeholder", true),
	INTERVENTIONS("interventions", "Intervention", true),
	COUNTRIES("countries", "Country", true),
	PRACTICES("practices", "InternationalPractice", true),
	EVENTS("events", "TimelineEvent", true),
	EVIDENCE("evidence", "Evidence", true);

	/** The YAML key that holds this kind's list of entries. */
	final String key;

	/** The Neo4j label (and GraphQL type) of its nodes. */
	final String label;

	/** Whether every entry must cite its provenance in {@code src}. */
	final boolean needsSource;

	final Map<String, Field> fields = new LinkedHashMap<>();

	final Map<String, Link> links = new LinkedHashMap<>();

	SeedKind(String key, String label, boolean needsSource) {
		this.key = key;
		this.label = label;
		this.needsSource = needsSource;
	}

	/** The field that names an entry to a reader: two entries of a kind must not name the same thing. */
	public String nameField() {
		return switch (this) {
			case EVIDENCE -> "claim";
			case SOURCES, EVENTS -> "title";
			default -> "name";
		};
	}

	/** The YAML key that holds this kind's list of entries. */
	public String key() {
		return this.key;
	}

	/** The Neo4j label (and GraphQL type) of its nodes. */
	public String label() {
		return this.label;
	}

	/** Whether every entry must cite its provenance. */
	public boolean needsSource() {
		return this.needsSource;
	}

	/** Its declared properties, by name, in declaration order. */
	public Map<String, Field> fields() {
		return java.util.Collections.unmodifiableMap(this.fields);
	}

	/** Its declared links, by name, in declaration order. */
	public Map<String, Link> links() {
		return java.util.Collections.unmodifiableMap(this.links);
	}

	/** The kind whose nodes carry {@code label}, or null. */
	public static SeedKind ofLabel(String label) {
		for (SeedKind kind : values()) {
			if (kind.label.equals(label)) {
				return kind;
			}
		}
		return null;
	}

	/** A property of the node. */
	public record Field(String name, FieldType type, boolean required) {
	}

	/**
	 * A list of references that becomes relationships.
	 * @param type relationship type
	 * @param outgoing whether the relationship points from this entry to the target
	 * @param targets kinds the referenced id may belong to
	 * @param role the type of the link's {@code role}, or null when links have no role
	 * @param required whether an entry must have the link
	 */
	public record Link(String name, String type, boolean outgoing, List<SeedKind> targets, FieldType role, boolean required) {
	}

	static {
		GraphModel model = GraphModel.graph();
		for (SeedKind kind : values()) {
			for (Property property : model.kind(kind.label).properties().values()) {
				kind.fields.put(property.name(), new Field(property.name(), fieldType(property), property.required()));
			}
		}
		for (Relationship relationship : model.relationships()) {
			for (Relationship.SeedLink declared : relationship.seedLinks()) {
				SeedKind kind = ofLabel(declared.label());
				SeedKind target = ofLabel(declared.outgoing() ? relationship.to() : relationship.from());
				FieldType role = (relationship.role() != null) ? FieldType.oneOf(GraphModel.enumValues(relationship.role()))
						: null;
				Link link = kind.links.get(declared.name());
				List<SeedKind> targets = new java.util.ArrayList<>((link != null) ? link.targets() : List.of());
				targets.add(target);
				kind.links.put(declared.name(), new Link(declared.name(), relationship.type(), declared.outgoing(),
						List.copyOf(targets), role, declared.required()));
			}
		}
	}

	private static FieldType fieldType(Property property) {
		return switch (property.type()) {
			case TEXT -> FieldType.TEXT;
			case DATE -> FieldType.DATE;
			case QUOTE -> FieldType.QUOTE;
			case TEXT_LIST -> FieldType.TEXT_LIST;
			case INTEGER -> FieldType.INTEGER;
			case NUMBER -> FieldType.NUMBER;
			case BOOLEAN -> FieldType.BOOLEAN;
			case ENUM -> FieldType.oneOf(GraphModel.enumValues(property.enumType()));
		};
	}

	/**
	 * Fields the loader handles itself rather than as declared properties or links; {@code version} and
	 * {@code retired} carry a curated node's state through an export and back; a source's {@code pages} anchor its
	 * page numbers in its text for {@link SourceQuotes}; {@code distinctFrom} ({@code [{id, reason}]}) says why an entry
	 * whose name is nearly another's is nevertheless a different thing; {@code formerIds} are the ids of duplicates
	 * merged into the entry.
	 */
	static final List<String> STRUCTURAL_FIELDS = List.of("id", "src", "attributes", "version", "retired", "pages",
			"distinctFrom", "formerIds");

}
