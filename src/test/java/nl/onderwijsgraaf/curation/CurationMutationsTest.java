package nl.onderwijsgraaf.curation;

import java.util.List;
import java.util.Map;

import nl.onderwijsgraaf.api.GlobalId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Curators create, change, retire, restore and link nodes; every change is checked, versioned, audited and searchable. */
@CuratedServiceTest
class CurationMutationsTest {

	static final String CREATE_PROBLEM = """
			mutation($input: CreateProblemInput!) {
			  createProblem(input: $input) { problem { id key name version retired provenance { label } }
			    errors { code message field } } }""";

	static final String UPDATE_PROBLEM = """
			mutation($input: UpdateProblemInput!) {
			  updateProblem(input: $input) { problem { key name summary version } errors { code message field } } }""";

	static final String SEARCH = """
			query($q: String!) { search(query: $q, first: 50) { edges { node { node { id } } } } }""";

	/**
	 * A search document holds the names of the nodes linked to it. Shown on the VWS ministry, whose name word
	 * "volksgezondheid" is in no other document of the seed, linked to the Trimbos-instituut by the tests that use it.
	 */
	private static final String MINISTRY = GlobalId.encode("Stakeholder", "ministerie-vws");

	private static final String MINISTRY_NAME = "Ministerie van Volksgezondheid, Welzijn en Sport (VWS)";

	private static final String INSTITUTE = GlobalId.encode("Stakeholder", "trimbos-instituut");

	private static final Map<String, Object> CONNECTION = Map.of("from", MINISTRY, "link", "connections", "to",
			"trimbos-instituut", "role", "PARTNERS_WITH");

	@Autowired
	HttpGraphQlTester tester;

	GraphQlTester anonymous;

	GraphQlTester curator;

	@BeforeEach
	void authenticate() {
		this.anonymous = Testers.anonymous(this.tester);
		this.curator = Testers.curator(this.tester);
	}

	static Map<String, Object> problem(String key, String name) {
		return Map.of("key", key, "name", name, "nameEn", "A test problem", "summary", "Een probleem om te testen.",
				"domain", "EDUCATION", "provenance", List.of("d003 p.12"));
	}

	@Test
	void createdNodeIsReadableSearchableVersionedAndAudited() {
		var created = this.curator.document(CREATE_PROBLEM)
			.variable("input", problem("wolkenkrabberangst", "Wolkenkrabberangst bij leerlingen"))
			.execute();
		created.path("createProblem.errors").entityList(Object.class).hasSize(0);
		created.path("createProblem.problem.version").entity(Integer.class).isEqualTo(1);
		created.path("createProblem.problem.provenance[0].label").entity(String.class).satisfies((label) -> assertThat(label).isNotBlank());
		String id = created.path("createProblem.problem.id").entity(String.class).get();

		this.anonymous.document("{ problem(key: \"wolkenkrabberangst\") { name version } }").execute()
			.path("problem.name").entity(String.class).isEqualTo("Wolkenkrabberangst bij leerlingen");
		this.anonymous.document(SEARCH).variable("q", "wolkenkrabberangst").execute()
			.path("search.edges[*].node.node.id").entityList(String.class).contains(id);
		var audit = this.curator.document("""
				{ auditLog(key: "wolkenkrabberangst") { totalCount edges { node { sequence curator kind key operation before after at } } } }""")
			.execute();
		audit.path("auditLog.totalCount").entity(Integer.class).isEqualTo(1);
		audit.path("auditLog.edges[0].node.operation").entity(String.class).isEqualTo("CREATE");
		audit.path("auditLog.edges[0].node.kind").entity(String.class).isEqualTo("Problem");
		audit.path("auditLog.edges[0].node.curator").entity(String.class).isEqualTo("test-curator");
		audit.path("auditLog.edges[0].node.before").valueIsNull();
		audit.path("auditLog.edges[0].node.after").entity(String.class)
			.satisfies((json) -> assertThat(json).contains("\"name\":\"Wolkenkrabberangst bij leerlingen\""));
	}

	@Test
	void updateWithTheCurrentVersionChangesAndAStaleOneConflictsAndChangesNothing() {
		this.curator.document(CREATE_PROBLEM).variable("input", problem("roostergat", "Gaten in het rooster")).execute();
		var updated = this.curator.document(UPDATE_PROBLEM)
			.variable("input", Map.of("id", "roostergat", "version", 1, "summary", "Tussenuren door uitval."))
			.execute();
		updated.path("updateProblem.problem.version").entity(Integer.class).isEqualTo(2);
		updated.path("updateProblem.problem.summary").entity(String.class).isEqualTo("Tussenuren door uitval.");

		var stale = this.curator.document(UPDATE_PROBLEM)
			.variable("input", Map.of("id", "roostergat", "version", 1, "summary", "Overschreven?"))
			.execute();
		stale.path("updateProblem.problem").valueIsNull();
		stale.path("updateProblem.errors[0].code").entity(String.class).isEqualTo("CONFLICT");
		stale.path("updateProblem.errors[0].field").entityList(String.class).containsExactly("version");
		this.anonymous.document("{ problem(key: \"roostergat\") { summary version } }").execute()
			.path("problem.summary").entity(String.class).isEqualTo("Tussenuren door uitval.");
	}

	@Test
	void invalidInputGetsOneBadUserInputErrorPerField() {
		Map<String, Object> input = new java.util.HashMap<>(problem("Geen Slug", "  "));
		input.put("summary", "Mail ons op info@example.org");
		input.put("nameEn", "Timetable gaps (stored copy)");
		input.put("provenance", List.of("d003 p.12", "nergens p.1", "d003 page 4"));
		this.curator.document(CREATE_PROBLEM).variable("input", input).execute().errors().satisfy((errors) -> {
			assertThat(errors).allSatisfy((e) -> assertThat(e.getExtensions()).containsEntry("code", "BAD_USER_INPUT"));
			assertThat(errors).extracting((e) -> e.getExtensions().get("field")).containsExactlyInAnyOrder(
					List.of("key"), List.of("name"), List.of("summary"), List.of("nameEn"), List.of("provenance", 1),
					List.of("provenance", 2));
		});
		this.curator.document("{ auditLog(key: \"geen-slug\") { totalCount } }").execute()
			.path("auditLog.totalCount").entity(Integer.class).isEqualTo(0);
	}

	@Test
	void evidenceTakesTheQuoteOfItsSourceAndACuratorsNoteWhichMayHoldWhatReaderTextMayNot() {
		String create = """
				mutation($input: CreateEvidenceInput!) {
				  createEvidence(input: $input) { evidence { key claim quote note } errors { code field } } }""";
		Map<String, Object> evidence = new java.util.HashMap<>(Map.of("key", "curator-quote-webinars", "kind", "STATISTIC",
				"claim", "NP Onderwijs organiseerde 16 webinars.", "sourced", false, "figure", 16, "figureText", "16 webinars",
				"quote", "NP Onderwijs organiseerde 16 webinars", "note", "Regel nagelezen; niet bevestigd in een tweede bron.",
				"provenance", List.of("d003 p.52")));
		var created = this.curator.document(create).variable("input", evidence).execute();
		created.path("createEvidence.errors").entityList(Object.class).hasSize(0);
		created.path("createEvidence.evidence.quote").entity(String.class).isEqualTo("NP Onderwijs organiseerde 16 webinars");
		created.path("createEvidence.evidence.note").entity(String.class)
			.isEqualTo("Regel nagelezen; niet bevestigd in een tweede bron.");

		evidence.put("key", "curator-quote-in-claim");
		evidence.put("claim", "NP Onderwijs organiseerde 16 webinars (niet bevestigd).");
		this.curator.document(create).variable("input", evidence).execute().errors().satisfy((errors) -> assertThat(errors)
			.extracting((e) -> e.getExtensions().get("field")).containsExactly(List.of("claim")));
	}

	@Test
	void retiredNodeDisappearsFromReadsAndSearchAndRestoreBringsItBack() {
		String id = this.curator.document(CREATE_PROBLEM)
			.variable("input", problem("verdwijnprobleem", "Verdwijnprobleem van de toetsweek")).execute()
			.path("createProblem.problem.id").entity(String.class).get();
		var retired = this.curator.document("""
				mutation($id: ID!) { retireNode(input: {id: $id, version: 1}) {
				  node { ... on Problem { key retired version } } errors { code } } }""").variable("id", id).execute();
		retired.path("retireNode.node.retired").entity(Boolean.class).isEqualTo(true);
		this.anonymous.document("{ problem(key: \"verdwijnprobleem\") { key } }").execute().path("problem").valueIsNull();
		this.anonymous.document("{ problems(where: {key: {eq: \"verdwijnprobleem\"}}) { totalCount } }").execute()
			.path("problems.totalCount").entity(Integer.class).isEqualTo(0);
		this.anonymous.document(SEARCH).variable("q", "verdwijnprobleem").execute()
			.path("search.edges[*].node.node.id").entityList(String.class).doesNotContain(id);

		this.curator.document("""
				mutation($id: ID!) { restoreNode(input: {id: $id, version: 2}) { node { ... on Problem { retired } } } }""")
			.variable("id", id).execute().path("restoreNode.node.retired").entity(Boolean.class).isEqualTo(false);
		this.anonymous.document(SEARCH).variable("q", "verdwijnprobleem").execute()
			.path("search.edges[*].node.node.id").entityList(String.class).contains(id);
		this.curator.document("{ auditLog(key: \"verdwijnprobleem\") { edges { node { operation } } } }").execute()
			.path("auditLog.edges[*].node.operation").entityList(String.class).containsExactly("RESTORE", "RETIRE", "CREATE");
	}

	@Test
	void linkWithRoleAndProvenanceIsReadableAndUnlinkRemovesIt() {
		String link = """
				mutation($input: LinkNodesInput!) { linkNodes(input: $input) { node { id } errors { code field } } }""";
		String programme = this.anonymous.document("{ programmes(first: 1) { edges { node { id key } } } }").execute()
			.path("programmes.edges[0].node.id").entity(String.class).get();
		String stakeholder = this.anonymous.document("{ stakeholders(first: 1) { edges { node { key } } } }").execute()
			.path("stakeholders.edges[0].node.key").entity(String.class).get();
		Map<String, Object> input = Map.of("from", programme, "link", "stakeholders", "to", stakeholder, "role",
				"RESEARCHES", "provenance", "d004 p.3");
		this.curator.document(link).variable("input", input).execute().path("linkNodes.errors").entityList(Object.class)
			.hasSize(0);
		String involvement = """
				query($id: ID!) { node(id: $id) { ... on Programme { stakeholders { role stakeholder { key } provenance { label } } } } }""";
		this.anonymous.document(involvement).variable("id", programme).execute()
			.path("node.stakeholders[?(@.role == 'RESEARCHES')].stakeholder.key").entityList(String.class)
			.contains(stakeholder);

		this.curator.document("""
				mutation($input: UnlinkNodesInput!) { unlinkNodes(input: $input) { errors { code } } }""")
			.variable("input", Map.of("from", programme, "link", "stakeholders", "to", stakeholder, "role", "RESEARCHES"))
			.execute().path("unlinkNodes.errors").entityList(Object.class).hasSize(0);
		this.anonymous.document(involvement).variable("id", programme).execute()
			.path("node.stakeholders[?(@.role == 'RESEARCHES')].stakeholder.key").entityList(String.class)
			.doesNotContain(stakeholder);
	}

	@Test
	void linkWithAnUnknownNameOrAMissingRoleIsBadInput() {
		String programme = this.anonymous.document("{ programmes(first: 1) { edges { node { id } } } }").execute()
			.path("programmes.edges[0].node.id").entity(String.class).get();
		this.curator.document("""
				mutation($from: ID!) { linkNodes(input: {from: $from, link: "friends", to: "lerarentekort"}) { errors { code } } }""")
			.variable("from", programme).execute().errors().satisfy((errors) -> assertThat(errors)
				.singleElement().satisfies((e) -> assertThat(e.getExtensions()).containsEntry("field", List.of("link"))));
		this.curator.document("""
				mutation($from: ID!) { linkNodes(input: {from: $from, link: "stakeholders", to: "ministerie-ocw"}) { errors { code } } }""")
			.variable("from", programme).execute().errors().satisfy((errors) -> assertThat(errors)
				.singleElement().satisfies((e) -> assertThat(e.getExtensions()).containsEntry("field", List.of("role"))));
	}

	@Test
	void countryAttributeIsSetReplacedAndRemoved() {
		String set = """
				mutation($input: SetCountryAttributeInput!) { setCountryAttribute(input: $input) {
				  country { key attributes { key number unit } } errors { code } } }""";
		String country = this.anonymous.document("{ countries(first: 1) { edges { node { key } } } }").execute()
			.path("countries.edges[0].node.key").entity(String.class).get();
		this.curator.document(set).variable("input", Map.of("country", country, "key", "test-klassen", "number", 24.0,
				"unit", "leerlingen", "provenance", List.of("d003 p.5"))).execute()
			.path("setCountryAttribute.country.attributes[?(@.key == 'test-klassen')].number").entityList(Double.class)
			.containsExactly(24.0);
		this.curator.document("""
				mutation($c: ID!) { removeCountryAttribute(input: {country: $c, key: "test-klassen"}) {
				  country { attributes { key } } errors { code } } }""").variable("c", country).execute()
			.path("removeCountryAttribute.country.attributes[*].key").entityList(String.class).doesNotContain("test-klassen");
	}

	@Test
	void unlinkRemovesTheSourcesNameFromTheFormerTargetsSearchDocument() {
		link("linkNodes");
		boolean linked = true;
		try {
			assertThat(found("volksgezondheid")).as("the institute, found through its link").contains(INSTITUTE);
			link("unlinkNodes");
			linked = false;
			assertThat(found("volksgezondheid")).as("the institute, no longer linked").doesNotContain(INSTITUTE)
				.contains(MINISTRY);
		}
		finally {
			if (linked) {
				link("unlinkNodes");
			}
		}
	}

	@Test
	void renameReplacesTheOldNameInTheNeighboursSearchDocuments() {
		link("linkNodes");
		try {
			rename("Ministerie van Zeepbellenbeleid");
			try {
				assertThat(found("volksgezondheid")).as("the renamed ministry and its neighbour").doesNotContain(MINISTRY,
						INSTITUTE);
				assertThat(found("zeepbellenbeleid")).as("the neighbour, through the new name").contains(INSTITUTE);
			}
			finally {
				rename(MINISTRY_NAME);
			}
		}
		finally {
			link("unlinkNodes");
		}
	}

	private List<String> found(String query) {
		return this.anonymous.document(SEARCH).variable("q", query).execute()
			.path("search.edges[*].node.node.id").entityList(String.class).get();
	}

	/** Links ({@code linkNodes}) or unlinks ({@code unlinkNodes}) the ministry and the institute. */
	private void link(String mutation) {
		String type = Character.toUpperCase(mutation.charAt(0)) + mutation.substring(1) + "Input";
		this.curator.document("mutation($input: " + type + "!) { " + mutation + "(input: $input) { errors { code } } }")
			.variable("input", CONNECTION).execute().path(mutation + ".errors").entityList(Object.class).hasSize(0);
	}

	private void rename(String name) {
		int version = this.anonymous.document("{ stakeholder(key: \"ministerie-vws\") { version } }").execute()
			.path("stakeholder.version").entity(Integer.class).get();
		this.curator.document("""
				mutation($input: UpdateStakeholderInput!) { updateStakeholder(input: $input) { errors { code } } }""")
			.variable("input", Map.of("id", "ministerie-vws", "version", version, "name", name)).execute()
			.path("updateStakeholder.errors").entityList(Object.class).hasSize(0);
	}

}
