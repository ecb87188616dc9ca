package nl.onderwijsgraaf.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.onderwijsgraaf.model.Property.Trait;
import nl.onderwijsgraaf.model.Relationship.End;

import static nl.onderwijsgraaf.model.Property.Trait.FILTER;
import static nl.onderwijsgraaf.model.Property.Trait.HIDDEN;
import static nl.onderwijsgraaf.model.Property.Trait.REQUIRED;
import static nl.onderwijsgraaf.model.Property.Trait.SEARCH;
import static nl.onderwijsgraaf.model.Property.Trait.SORT;

/**
 * The graph's shape, declared once: every kind of node with its properties, every relationship with its fields. Kinds
 * are in seed load order (a kind comes after the kinds its seed links point at, where it can).
 * <p>
 * Adding a kind or a relationship: its SDL, a declaration here, its seed data; {@link ModelContract} names whatever
 * of the three disagrees when the service starts.
 */
public final class GraphModel {

	private static final GraphModel GRAPH = declared();

	private final Map<String, NodeKind> kinds = new LinkedHashMap<>();

	private final List<Relationship> relationships;

	private final Map<String, Map<String, RelationshipField>> fields = new LinkedHashMap<>();

	GraphModel(List<NodeKind> kinds, List<Relationship> relationships) {
		kinds.forEach((kind) -> this.kinds.put(kind.label(), kind));
		this.relationships = List.copyOf(relationships);
		Map<String, Map<String, List<RelationshipField>>> parts = new LinkedHashMap<>();
		for (Relationship relationship : relationships) {
			for (String label : List.of(relationship.from(), relationship.to())) {
				if (!this.kinds.containsKey(label)) {
					throw new IllegalStateException(relationship.type() + " joins " + label + ", which is not a kind");
				}
			}
			if (relationship.out().present()) {
				RelationshipField.Direction direction = relationship.undirected() ? RelationshipField.Direction.BOTH
						: RelationshipField.Direction.OUT;
				add(parts, relationship.from(), relationship.out(), direction, relationship.to(), relationship);
			}
			if (relationship.in().present()) {
				add(parts, relationship.to(), relationship.in(), RelationshipField.Direction.IN, relationship.from(),
						relationship);
			}
		}
		parts.forEach((owner, byField) -> byField.forEach((field, declared) -> this.fields
			.computeIfAbsent(owner, (o) -> new LinkedHashMap<>())
			.put(field, merged(declared))));
	}

	private static void add(Map<String, Map<String, List<RelationshipField>>> parts, String owner, End end,
			RelationshipField.Direction direction, String target, Relationship relationship) {
		parts.computeIfAbsent(owner, (o) -> new LinkedHashMap<>())
			.computeIfAbsent(end.field(), (f) -> new ArrayList<>())
			.add(new RelationshipField(owner, end.field(), relationship.type(), direction, List.of(target), end.one(),
					end.read(), end.filter(), relationship.edgeType(), relationship.role(), List.of(relationship)));
	}

	/** One field from the declarations that share it (one per kind it reaches), which must agree but for the target. */
	private static RelationshipField merged(List<RelationshipField> declared) {
		RelationshipField first = declared.get(0);
		Set<String> targets = new LinkedHashSet<>();
		List<Relationship> relationships = new ArrayList<>();
		for (RelationshipField each : declared) {
			RelationshipField likeFirst = new RelationshipField(first.owner(), first.field(), first.type(),
					first.direction(), each.targets(), first.one(), first.read(), first.filter(), first.edgeType(),
					first.role(), each.relationships());
			if (!each.equals(likeFirst)) {
				throw new IllegalStateException(first.owner() + "." + first.field()
						+ " is declared by relationships that differ in more than the kind they reach");
			}
			targets.addAll(each.targets());
			relationships.addAll(each.relationships());
		}
		return new RelationshipField(first.owner(), first.field(), first.type(), first.direction(), List.copyOf(targets),
				first.one(), first.read(), first.filter(), first.edgeType(), first.role(), relationships);
	}

	/** The graph as this service declares it. */
	public static GraphModel graph() {
		return GRAPH;
	}

	/** Every kind, in seed load order. */
	public List<NodeKind> kinds() {
		return List.copyOf(this.kinds.values());
	}

	/** The kind with this label (= GraphQL type), or null. */
	public NodeKind kind(String label) {
		return this.kinds.get(label);
	}

	/** Every relationship declaration, one per relationship type and pair of kinds. */
	public List<Relationship> relationships() {
		return this.relationships;
	}

	/** The relationship field {@code field} of GraphQL type {@code type}, or null when it is none. */
	public RelationshipField field(String type, String field) {
		return this.fields.getOrDefault(type, Map.of()).get(field);
	}

	/** The relationship fields of a GraphQL type, by field name, in declaration order. */
	public Map<String, RelationshipField> fields(String type) {
		return Collections.unmodifiableMap(this.fields.getOrDefault(type, Map.of()));
	}

	/**
	 * Whether a relationship field is a list of nodes, and so takes {@code where}, {@code orderBy} and {@code first}
	 * and has a {@code <field>Connection} variant that pages it: a list of one kind as the top-level list of its kind
	 * does, a list of several kinds ({@code Node}s: an evidence item's {@code supports}) with {@code NodeWhere} and
	 * {@code NodeOrderBy}, on what every kind has ({@link #NODE_SORT_FIELDS}).
	 */
	public boolean pageable(RelationshipField field) {
		return field.read() && !field.one() && field.edgeType() == null
				&& field.targets().stream().allMatch((target) -> kind(target).node());
	}

	/**
	 * The fields of {@code NodeOrderBy}, which sorts a list of nodes of several kinds: its kind (the name of its
	 * type), its key and its name (a title for kinds without a name), which every node has or lacks alike.
	 */
	public static final List<String> NODE_SORT_FIELDS = List.of("kind", "key", "name");

	/**
	 * Whether a relationship field is a list of edge objects, which its edge type's {@code Where} filters and
	 * {@code OrderBy} sorts (a stakeholder's {@code involvements} and {@code connections}), and so takes
	 * {@code where}, {@code orderBy} and {@code first} and has a {@code <field>Connection} variant that pages it, as a
	 * {@link #pageable} field does.
	 */
	public boolean filterableEdges(RelationshipField field) {
		return field.read() && !field.one() && field.edgeType() != null;
	}

	/** Whether a relationship field has a {@code <field>Connection} that pages it: {@link #pageable} or {@link #filterableEdges}. */
	public boolean paged(RelationshipField field) {
		return pageable(field) || filterableEdges(field);
	}

	/** The name of the field that pages a {@link #paged} field: {@code interventionsConnection}. */
	public static String connectionField(String field) {
		return field + "Connection";
	}

	/**
	 * The fields of an edge type's {@code <Edge>OrderBy} (e.g. {@code InvolvementOrderBy}): its {@code role}, the
	 * {@code key} of the node at the other end, and each property that every kind its relationships join sorts by,
	 * since the node at the other end may be of any of them ({@code name} for an involvement).
	 */
	public Set<String> edgeSortFields(String edgeType) {
		Set<String> fields = new LinkedHashSet<>();
		Set<String> common = null;
		for (Relationship relationship : this.relationships) {
			if (!edgeType.equals(relationship.edgeType())) {
				continue;
			}
			if (relationship.role() != null) {
				fields.add("role");
			}
			fields.add("key");
			for (String label : List.of(relationship.from(), relationship.to())) {
				Set<String> sortable = new LinkedHashSet<>(kind(label).sortProperties().stream().map(Property::name).toList());
				if (common == null) {
					common = sortable;
				}
				else {
					common.retainAll(sortable);
				}
			}
		}
		if (common != null) {
			fields.addAll(common);
		}
		return fields;
	}

	/** The GraphQL types whose relationship fields return edge objects (e.g. {@code Involvement}). */
	public Set<String> edgeTypes() {
		Set<String> types = new LinkedHashSet<>();
		this.relationships.stream().filter((r) -> r.edgeType() != null).forEach((r) -> types.add(r.edgeType()));
		return types;
	}

	/** The relationship types seed files and curators write, in declaration order. */
	public Set<String> linkTypes() {
		Set<String> types = new LinkedHashSet<>();
		this.relationships.stream().filter(Relationship::curatable).forEach((r) -> types.add(r.type()));
		return types;
	}

	/** The values of a GraphQL enum, as the SDL declares them. */
	public static List<String> enumValues(String enumType) {
		return SchemaEnums.of(enumType);
	}

	private static GraphModel declared() {
		Declarations graph = new Declarations();
		graph.kind("Source", "evidence").notCurated()
			.text("title", REQUIRED, FILTER, SORT).text("publisher", FILTER).integer("year", FILTER, SORT)
			.text("file", REQUIRED, FILTER).oneOf("kind", "SourceKind", REQUIRED, FILTER).text("summary")
			.text("address").text("note");
		graph.kind("Sector", "intervention").searchable()
			.text("name", REQUIRED, FILTER, SORT, SEARCH).text("nameEn", FILTER, SEARCH).text("summary", HIDDEN)
			.custom("links");
		graph.kind("TargetGroup", "intervention").searchable()
			.text("name", REQUIRED, FILTER, SORT, SEARCH).text("nameEn", FILTER, SEARCH).text("summary", FILTER, SEARCH)
			.custom("links");
		graph.kind("Place", "intervention").searchable()
			.text("name", REQUIRED, FILTER, SORT, SEARCH).oneOf("type", "PlaceType", REQUIRED, FILTER, SORT)
			.text("country", HIDDEN)
			.custom("links");
		graph.kind("Programme", "programme").searchable()
			.text("name", REQUIRED, FILTER, SORT, SEARCH).text("nameEn", FILTER, SEARCH)
			.oneOf("kind", "ProgrammeKind", REQUIRED, FILTER, SORT)
			.text("summary", REQUIRED, FILTER, SEARCH).date("startDate", FILTER, SORT).date("endDate", FILTER)
			.custom("links", "budget", "stakeholdersByRole");
		graph.kind("Goal", "programme").searchable()
			.text("name", REQUIRED, FILTER, SORT, SEARCH).oneOf("type", "GoalType", REQUIRED, FILTER, SORT)
			.text("code", FILTER, SORT).text("summary", FILTER, SEARCH)
			.custom("links");
		graph.kind("Problem", "problem").searchable()
			.text("name", REQUIRED, FILTER, SORT, SEARCH).text("nameEn", REQUIRED, FILTER, SEARCH)
			.text("summary", REQUIRED, FILTER, SEARCH).oneOf("domain", "Domain", REQUIRED, FILTER, SORT)
			.texts("aliases", SEARCH)
			.custom("links");
		graph.kind("Stakeholder", "stakeholder").searchable()
			.text("name", REQUIRED, FILTER, SORT, SEARCH).oneOf("type", "StakeholderType", REQUIRED, FILTER, SORT)
			.text("summary", FILTER, SEARCH)
			.custom("links");
		graph.kind("Intervention", "intervention").searchable()
			.text("name", REQUIRED, FILTER, SORT, SEARCH).text("nameEn", FILTER, SEARCH)
			.oneOf("kind", "InterventionKind", REQUIRED, FILTER, SORT)
			.oneOf("status", "InterventionStatus", REQUIRED, FILTER, SORT).text("summary", REQUIRED, FILTER, SEARCH)
			.text("description", SEARCH).text("impact", FILTER).text("effort", FILTER)
			.oneOf("form", "InterventionForm", FILTER)
			.custom("links", "rating", "ratings", "related");
		graph.kind("Country", "international").searchable().queries("country", "countries")
			.text("name", REQUIRED, FILTER, SORT, SEARCH).text("nameEn", REQUIRED, FILTER, SORT, SEARCH)
			.text("summary", FILTER, SEARCH)
			.custom("links");
		graph.kind("InternationalPractice", "international").searchable().queries("practice", "practices")
			.text("name", REQUIRED, FILTER, SORT, SEARCH).text("nameEn", FILTER, SEARCH)
			.text("summary", REQUIRED, FILTER, SEARCH)
			.custom("links");
		graph.kind("TimelineEvent", "programme").searchable().queries("event", "events")
			.date("date", REQUIRED, FILTER, SORT).text("title", REQUIRED, FILTER, SORT, SEARCH)
			.text("summary", FILTER, SEARCH)
			.custom("links");
		graph.kind("Evidence", "evidence").searchable().queries("evidence", "evidenceItems")
			.oneOf("kind", "EvidenceKind", REQUIRED, FILTER, SORT).text("claim", REQUIRED, FILTER, SEARCH)
			.text("citation", FILTER, SEARCH).bool("sourced", REQUIRED, FILTER).number("figure", FILTER, SORT)
			.text("unit", FILTER).text("figureText").integer("year", FILTER, SORT)
			.oneOf("ratingScheme", "RatingScheme", FILTER).integer("impactMonths", FILTER, SORT)
			.integer("evidenceStrength", FILTER, SORT).integer("costRating", FILTER).integer("numberOfStudies")
			.text("strand", FILTER, SEARCH).quote("quote").text("note")
			.oneOf("budgetRole", "BudgetRole", FILTER).text("budgetOf", HIDDEN)
			.custom("budgetOf");
		graph.kind("CountryAttribute", "international").notNode().notCurated()
			.number("amount").text("currency").oneOf("period", "AmountPeriod").number("number").text("unit")
			.oneOf("flag", "Flag").text("text").text("note");

		// ADDRESSES: what is done about a problem
		graph.relationship("ADDRESSES", "Intervention", "Problem")
			.out(End.many("problems")).in(End.many("interventions")).seededFrom();
		graph.relationship("ADDRESSES", "Programme", "Problem").out(End.many("problems")).seededFrom();
		// SUPPORTED_BY: the evidence for what is done
		for (String supported : List.of("Intervention", "InternationalPractice", "Programme")) {
			var relationship = graph.relationship("SUPPORTED_BY", supported, "Evidence")
				.in(End.readOnly("supports")).seededTo();
			switch (supported) {
				case "Intervention" -> relationship.out(End.many("evidence"));
				case "Programme" -> relationship.out(End.readOnly("evidence"));
				default -> {
				}
			}
		}
		// DOCUMENTS: the facts evidence gives about a node (a programme's budget figures are read by custom logic)
		for (String documented : List.of("Problem", "Programme", "Country", "Stakeholder", "TimelineEvent",
				"Intervention", "Goal", "Place", "InternationalPractice")) {
			var relationship = graph.relationship("DOCUMENTS", "Evidence", documented)
				.out(End.readOnly("documents")).seededFrom();
			// a problem's or country's evidence is what documents it; elsewhere `evidence` is what supports an effect
			boolean documentsIsItsEvidence = documented.equals("Problem") || documented.equals("Country");
			relationship.in(End.readOnly(documentsIsItsEvidence ? "evidence" : "evidenceAbout"));
		}
		// evidence filtered by what it is about: one filter per kind, since `documents` reaches nine (in a fixed
		// order, so that the declarations are the same in every run)
		String[][] aboutFilters = { { "Problem", "aboutProblems" }, { "Programme", "aboutProgrammes" },
				{ "Stakeholder", "aboutStakeholders" }, { "Country", "aboutCountries" },
				{ "TimelineEvent", "aboutEvents" }, { "Goal", "aboutGoals" }, { "Place", "aboutPlaces" },
				{ "Intervention", "aboutInterventions" } };
		for (String[] about : aboutFilters) {
			graph.relationship("DOCUMENTS", "Evidence", about[0]).out(End.filterOnly(about[1]));
		}
		graph.relationship("SUPPORTED_BY", "Intervention", "Evidence").in(End.filterOnly("supportsInterventions"));
		// INVOLVED_IN: a stakeholder's part in an intervention or programme, with its role
		for (String target : List.of("Programme", "Intervention")) {
			graph.relationship("INVOLVED_IN", "Stakeholder", target)
				.out(End.many("involvements")).in(End.many("stakeholders"))
				.role("InvolvementRole").edge("Involvement").seededTo();
		}
		graph.relationship("CONNECTED_TO", "Stakeholder", "Stakeholder")
			.both(End.readOnly("connections")).role("ConnectionRole").edge("StakeholderTie")
			.seededFrom();
		// PART_OF: hierarchies, and interventions within programmes
		graph.relationship("PART_OF", "Programme", "Programme")
			.out(End.many("partOf")).in(End.many("parts")).seededFrom();
		graph.relationship("PART_OF", "Stakeholder", "Stakeholder")
			.out(End.many("partOf")).in(End.many("parts")).seededFrom();
		graph.relationship("PART_OF", "Intervention", "Programme")
			.out(End.many("programmes")).in(End.many("interventions")).seededFrom();
		graph.relationship("PART_OF", "Intervention", "Intervention")
			.out(End.one("partOf").unfiltered()).in(End.readOnly("subMeasures")).seededFrom();
		// goals and themes
		graph.relationship("HAS_GOAL", "Programme", "Goal")
			.out(End.many("goals")).in(End.many("programmes")).seededFrom().seededTo("programme");
		graph.relationship("SERVES", "Intervention", "Goal")
			.out(End.many("goals")).in(End.many("interventions")).seededFrom();
		graph.relationship("IN_THEME", "Problem", "Goal").out(End.many("themes")).seededFrom();
		// classification
		for (String classified : List.of("Problem", "Programme", "Intervention")) {
			var relationship = graph.relationship("FOR_SECTOR", classified, "Sector")
				.out(End.many("sectors")).seededFrom();
			if (classified.equals("Intervention")) {
				relationship.in(End.many("interventions"));
			}
		}
		graph.relationship("FOR_GROUP", "Problem", "TargetGroup").out(End.many("targetGroups")).seededFrom();
		graph.relationship("FOR_GROUP", "Intervention", "TargetGroup")
			.out(End.many("targetGroups")).in(End.many("interventions")).seededFrom();
		graph.relationship("IN_PLACE", "Stakeholder", "Place")
			.out(End.many("places")).in(End.many("stakeholders")).seededFrom();
		graph.relationship("IN_PLACE", "Intervention", "Place")
			.out(End.many("places")).in(End.many("interventions")).seededFrom();
		// problems among themselves, and other countries' practices
		graph.relationship("RELATED_TO", "Problem", "Problem").both(End.many("related")).seededFrom();
		graph.relationship("IN_COUNTRY", "InternationalPractice", "Country")
			.out(End.one("country")).in(End.many("practices")).requiredFrom();
		graph.relationship("BEARS_ON", "InternationalPractice", "Problem")
			.out(End.many("problems")).in(End.many("practices")).seededFrom();
		graph.relationship("PARALLEL_TO", "InternationalPractice", "Intervention")
			.out(End.many("parallels")).in(End.many("parallels")).seededFrom();
		// the timeline
		graph.relationship("CONCERNS", "TimelineEvent", "Programme")
			.out(End.many("programmes")).in(End.readOnly("events")).seededFrom();
		graph.relationship("CONCERNS", "TimelineEvent", "Problem").out(End.many("problems")).seededFrom();
		// derived from other data, never written as links
		graph.relationship("HAS_ATTRIBUTE", "Country", "CountryAttribute").out(End.readOnly("attributes"));
		for (String citing : List.of("Problem", "Intervention", "Evidence", "Stakeholder", "Programme")) {
			graph.relationship("CITES", citing, "Source").out(End.filterOnly("sources"));
		}
		return new GraphModel(withCuratorFields(graph), graph.relationships());
	}

	/**
	 * Every curated kind has a curator's {@code note} (how a fact was catalogued, what is uncertain about it, never
	 * text for readers) and an {@code inferred} mark (what the documents do not state), read through the API only
	 * where a kind declares them.
	 */
	private static List<NodeKind> withCuratorFields(Declarations graph) {
		List<NodeKind> kinds = new ArrayList<>();
		for (NodeKind kind : graph.kinds()) {
			if (kind.label().equals("CountryAttribute")) {
				kinds.add(kind);
				continue;
			}
			Map<String, Property> properties = new LinkedHashMap<>(kind.properties());
			properties.putIfAbsent("note", new Property("note", PropertyType.TEXT, null, Set.of(Trait.HIDDEN)));
			properties.putIfAbsent("inferred", new Property("inferred", PropertyType.BOOLEAN, null, Set.of(Trait.HIDDEN)));
			kinds.add(kind.withProperties(properties));
		}
		return kinds;
	}

}
