package nl.onderwijsgraaf.seed;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The kinds of entry in graph-seed, in load order, with their fields and links. This is the executable form of
 * {@code graph-seed/README.md}: a field or link that is not declared here is an error in a seed file.
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

	static final FieldType INVOLVEMENT_ROLE = FieldType.oneOf("FUNDS", "EXECUTES", "ADVISES", "RESEARCHES", "BENEFITS",
			"PARTNERS", "INITIATED", "RESPONSIBLE", "SUPPORTS", "PARTICIPATES");

	static final FieldType CONNECTION_ROLE = FieldType.oneOf("PARTNERS_WITH", "FUNDS", "ADVISES", "REPRESENTS",
			"SUPERVISES", "COMMISSIONS", "MEMBER_OF");

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

	private SeedKind field(String name, FieldType type, boolean required) {
		this.fields.put(name, new Field(name, type, required));
		return this;
	}

	private SeedKind required(String name, FieldType type) {
		return field(name, type, true);
	}

	private SeedKind optional(String name, FieldType type) {
		return field(name, type, false);
	}

	private SeedKind link(String name, String type, boolean outgoing, FieldType role, SeedKind... targets) {
		this.links.put(name, new Link(name, type, outgoing, List.of(targets), role, false));
		return this;
	}

	private SeedKind requiredOut(String name, String type, SeedKind target) {
		this.links.put(name, new Link(name, type, true, List.of(target), null, true));
		return this;
	}

	private SeedKind out(String name, String type, SeedKind... targets) {
		return link(name, type, true, null, targets);
	}

	static {
		SOURCES.required("title", FieldType.TEXT).optional("publisher", FieldType.TEXT)
			.optional("year", FieldType.INTEGER).required("file", FieldType.TEXT)
			.required("kind", FieldType.oneOf("DOCUMENT", "REFERENCE_DATA")).optional("summary", FieldType.TEXT)
			.optional("address", FieldType.TEXT);
		SECTORS.required("name", FieldType.TEXT).optional("nameEn", FieldType.TEXT).optional("summary", FieldType.TEXT);
		TARGET_GROUPS.required("name", FieldType.TEXT).optional("nameEn", FieldType.TEXT)
			.optional("summary", FieldType.TEXT);
		PLACES.required("name", FieldType.TEXT)
			.required("type",
					FieldType.oneOf("CITY", "MUNICIPALITY", "NEIGHBOURHOOD", "REGION", "PROVINCE", "COUNTRY"))
			.optional("country", FieldType.TEXT);
		PROGRAMMES.required("name", FieldType.TEXT)
			.required("kind", FieldType.oneOf("PROGRAMME", "INSTRUMENT", "FUND", "PHASE", "PLAN", "REGULATION"))
			.required("summary", FieldType.TEXT).optional("startDate", FieldType.DATE).optional("endDate", FieldType.DATE)
			.out("partOf", "PART_OF", PROGRAMMES)
			.link("stakeholders", "INVOLVED_IN", false, INVOLVEMENT_ROLE, STAKEHOLDERS)
			.out("problems", "ADDRESSES", PROBLEMS).out("goals", "HAS_GOAL", GOALS).out("sectors", "FOR_SECTOR", SECTORS);
		GOALS.required("name", FieldType.TEXT)
			.required("type",
					FieldType.oneOf("ONTWIKKELDOEL", "DOELGEBIED", "PROGRAMME_AIM", "CULTURE_THEME", "TRANSITION_THEME",
							"THEME"))
			.optional("code", FieldType.TEXT).optional("summary", FieldType.TEXT)
			.link("programme", "HAS_GOAL", false, null, PROGRAMMES);
		PROBLEMS.required("name", FieldType.TEXT).required("nameEn", FieldType.TEXT).required("summary", FieldType.TEXT)
			.required("domain", FieldType.oneOf("EDUCATION", "CULTURE", "SOCIETY")).optional("aliases", FieldType.TEXT_LIST)
			.out("sectors", "FOR_SECTOR", SECTORS).out("targetGroups", "FOR_GROUP", TARGET_GROUPS)
			.out("related", "RELATED_TO", PROBLEMS).out("themes", "IN_THEME", GOALS);
		STAKEHOLDERS.required("name", FieldType.TEXT)
			.required("type",
					FieldType.oneOf("MINISTRY", "GOVERNMENT_AGENCY", "PARLIAMENT", "MUNICIPALITY", "PROVINCE",
							"SECTOR_COUNCIL", "SCHOOL_BOARD", "SCHOOL", "KNOWLEDGE_INSTITUTE", "UNIVERSITY",
							"TEACHER_TRAINING", "UNION", "COMPANY", "FOUNDATION", "NETWORK", "CULTURAL_INSTITUTION",
							"YOUTH_CARE", "HEALTH_ORGANISATION", "INTERNATIONAL_ORGANISATION", "ADVISORY_BODY", "ROLE",
							"OTHER"))
			.optional("summary", FieldType.TEXT).out("places", "IN_PLACE", PLACES).out("partOf", "PART_OF", STAKEHOLDERS)
			.link("connections", "CONNECTED_TO", true, CONNECTION_ROLE, STAKEHOLDERS);
		INTERVENTIONS.required("name", FieldType.TEXT).optional("nameEn", FieldType.TEXT)
			.required("kind",
					FieldType.oneOf("PROPOSAL", "TIP", "MENUKAART_ITEM", "SCHOOL_PRACTICE", "MUNICIPAL_PRACTICE",
							"POLICY_MEASURE", "PROGRAMME_ACTION", "INITIATIVE", "PILOT", "STUDIED_INTERVENTION"))
			.required("status", FieldType.oneOf("PROPOSAL", "PILOT", "RUNNING", "EVALUATED", "ENDED", "UNKNOWN"))
			.required("summary", FieldType.TEXT).optional("description", FieldType.TEXT)
			.optional("impact", FieldType.TEXT).optional("effort", FieldType.TEXT)
			.optional("form", FieldType.oneOf("SOLUTION_SHEET", "SHEET_STEP", "DIRECTION", "RECOMMENDATION", "EXAMPLE",
					"EXISTING_MEASURE"))
			.out("problems", "ADDRESSES", PROBLEMS).out("sectors", "FOR_SECTOR", SECTORS)
			.out("targetGroups", "FOR_GROUP", TARGET_GROUPS).out("places", "IN_PLACE", PLACES)
			.out("goals", "SERVES", GOALS).out("programmes", "PART_OF", PROGRAMMES)
			.link("stakeholders", "INVOLVED_IN", false, INVOLVEMENT_ROLE, STAKEHOLDERS)
			.out("partOf", "PART_OF", INTERVENTIONS);
		COUNTRIES.required("name", FieldType.TEXT).required("nameEn", FieldType.TEXT).optional("summary", FieldType.TEXT);
		PRACTICES.required("name", FieldType.TEXT).required("summary", FieldType.TEXT)
			.requiredOut("country", "IN_COUNTRY", COUNTRIES).out("problems", "BEARS_ON", PROBLEMS)
			.out("parallels", "PARALLEL_TO", INTERVENTIONS);
		EVENTS.required("date", FieldType.DATE).required("title", FieldType.TEXT).optional("summary", FieldType.TEXT)
			.out("programmes", "CONCERNS", PROGRAMMES).out("problems", "CONCERNS", PROBLEMS);
		EVIDENCE
			.required("kind",
					FieldType.oneOf("STUDY", "REPORT", "MONITOR", "STATISTIC", "SURVEY", "INTERVIEW", "QUOTE",
							"EVALUATION", "BUDGET", "TOOLKIT_RATING", "CLAIM"))
			.required("claim", FieldType.TEXT).optional("citation", FieldType.TEXT).required("sourced", FieldType.BOOLEAN)
			.optional("figure", FieldType.NUMBER).optional("unit", FieldType.TEXT).optional("figureText", FieldType.TEXT)
			.optional("year", FieldType.INTEGER)
			.optional("ratingScheme", FieldType.oneOf("EEF_TOOLKIT", "MENUKAART_V1", "MENUKAART_V2"))
			.optional("impactMonths", FieldType.INTEGER).optional("evidenceStrength", FieldType.INTEGER)
			.optional("costRating", FieldType.INTEGER).optional("numberOfStudies", FieldType.INTEGER)
			.optional("strand", FieldType.TEXT).optional("quote", FieldType.QUOTE)
			.optional("budgetRole", FieldType.oneOf("TOTAL", "PART", "ALTERNATIVE", "YEAR"))
			.optional("budgetOf", FieldType.TEXT)
			.link("supports", "SUPPORTED_BY", false, null, INTERVENTIONS, PRACTICES, PROGRAMMES)
			.out("documents", "DOCUMENTS", PROBLEMS, PROGRAMMES, COUNTRIES, STAKEHOLDERS, EVENTS, INTERVENTIONS, GOALS,
					PLACES, PRACTICES);
		// a curator's remark (how a fact was catalogued, what is uncertain about it), never shown as text for readers;
		// inferred marks what the documents do not state
		for (SeedKind kind : values()) {
			kind.optional("note", FieldType.TEXT).optional("inferred", FieldType.BOOLEAN);
		}
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
