package nl.onderwijsgraaf.intervention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.onderwijsgraaf.ServiceTest;
import nl.onderwijsgraaf.api.GlobalId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The school team's toolkit on the seeded graph: {@code interventionsForProblem}, {@code rating}, {@code related}. */
@ServiceTest
class ToolkitQueriesTest {

	/**
	 * The 21 rated interventions for leervertraging, in RELEVANCE order (impact, then evidence strength, then name).
	 * Vroegschoolse interventies ranks by its menukaart v1 figures (+5 months, strength 4): v2 lists it without any.
	 */
	private static final List<String> RATED_BY_RELEVANCE = List.of("mk-metacognitie", "mk-begrijpend-lezen",
			"mk-feedback", "mk-gesproken-taal", "mk-leren-van-medeleerlingen", "mk-vroegschoolse-interventies",
			"mk-fonemisch-bewustzijn", "mk-een-op-een-begeleiding", "mk-beheersingsgericht-leren",
			"mk-samenwerkend-leren", "mk-ouderbetrokkenheid", "mk-digitale-technologie", "mk-instructie-kleine-groepen",
			"mk-onderwijsassistenten", "mk-individuele-instructie", "mk-uitbreiding-onderwijstijd", "mk-zomerschool",
			"mk-klassenverkleining", "mk-directe-instructie", "mk-loopbaanorientatie", "mk-schrijfonderwijs");

	private static final String PAGE = """
			query($problem: ID!, $where: InterventionFilter, $orderBy: InterventionOrder, $first: Int, $after: String) {
			  interventionsForProblem(problem: $problem, where: $where, orderBy: $orderBy, first: $first, after: $after) {
			    totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { node { key } } } }""";

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Neo4jClient client;

	@Test
	void ranksRatedInterventionsAboveUnratedOnesAndWalksEveryPageOnce() {
		List<String> keys = new ArrayList<>();
		String after = null;
		int pages = 0;
		boolean more = true;
		while (more) {
			var response = this.graphQl.document(PAGE)
				.variable("problem", "leervertraging")
				.variable("first", 20)
				.variable("after", after)
				.execute();
			response.path("interventionsForProblem.totalCount").entity(Integer.class).isEqualTo(53);
			response.path("interventionsForProblem.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(pages > 0);
			keys.addAll(response.path("interventionsForProblem.edges[*].node.key").entityList(String.class).get());
			more = response.path("interventionsForProblem.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = response.path("interventionsForProblem.pageInfo.endCursor").entity(String.class).get();
			pages++;
		}
		assertThat(pages).isEqualTo(3);
		assertThat(keys).hasSize(53).doesNotHaveDuplicates();
		assertThat(keys.subList(0, 21)).containsExactlyElementsOf(RATED_BY_RELEVANCE);
		// unrated ones follow, those with most supporting evidence first, then by name
		assertThat(keys.subList(21, 25)).containsExactly("d002-pas-op-gelijke-kansen", "d003-bijlessen",
				"d003-emmauscollege-ontlasten-leraren", "d003-fioretti-extra-ondersteuning-klas");
		assertThat(keys.get(52)).isEqualTo("d004-zomercampus010");
	}

	@Test
	void acceptsTheProblemsGlobalIdAsWellAsItsKey() {
		this.graphQl.document(PAGE)
			.variable("problem", GlobalId.encode("Problem", "leervertraging"))
			.variable("first", 3)
			.execute()
			.path("interventionsForProblem.totalCount").entity(Integer.class).isEqualTo(53)
			.path("interventionsForProblem.edges[*].node.key").entityList(String.class)
			.containsExactly("mk-metacognitie", "mk-begrijpend-lezen", "mk-feedback");
	}

	@Test
	void ratingComesWholeFromTheNewestSchemeThatRatesTheIntervention() {
		this.graphQl.document("""
				{ eef: intervention(key: "mk-feedback") { rating { scheme impactMonths evidenceStrength costRating evidence { key } } }
				  v1: intervention(key: "mk-digitale-technologie") { rating { scheme impactMonths evidenceStrength costRating evidence { key } } }
				  v2: intervention(key: "mk-directe-instructie") { rating { scheme impactMonths evidenceStrength costRating evidence { key } } }
				  none: intervention(key: "d003-bijlessen") { rating { scheme } } }""")
			.execute()
			.path("eef.rating.scheme").entity(String.class).isEqualTo("EEF_TOOLKIT")
			.path("eef.rating.impactMonths").entity(Integer.class).isEqualTo(6)
			.path("eef.rating.evidenceStrength").entity(Integer.class).isEqualTo(4)
			.path("eef.rating.costRating").entity(Integer.class).isEqualTo(1)
			.path("eef.rating.evidence.key").entity(String.class).isEqualTo("ref-eef-feedback")
			.path("v1.rating.scheme").entity(String.class).isEqualTo("MENUKAART_V1")
			.path("v1.rating.impactMonths").entity(Integer.class).isEqualTo(4)
			.path("v1.rating.evidenceStrength").entity(Integer.class).isEqualTo(4)
			.path("v1.rating.costRating").entity(Integer.class).isEqualTo(3)
			.path("v1.rating.evidence.key").entity(String.class).isEqualTo("ref-mk1-digitale-technologie")
			// menukaart v2 gives this item no figures: none are borrowed from another scheme
			.path("v2.rating.scheme").entity(String.class).isEqualTo("MENUKAART_V2")
			.path("v2.rating.impactMonths").valueIsNull()
			.path("v2.rating.evidenceStrength").valueIsNull()
			.path("v2.rating.costRating").valueIsNull()
			.path("v2.rating.evidence.key").entity(String.class).isEqualTo("ref-mk2-directe-instructie")
			.path("none.rating").valueIsNull();
	}

	@Test
	void aNewerEntryWithoutFiguresNeverHidesAnOlderSchemesFigures() {
		this.graphQl.document("""
				{ intervention(key: "mk-vroegschoolse-interventies") {
				    rating { scheme impactMonths evidenceStrength costRating evidence { key } }
				    v2: rating(scheme: MENUKAART_V2) { scheme impactMonths evidenceStrength evidence { key } }
				    eef: rating(scheme: EEF_TOOLKIT) { scheme }
				    ratings { scheme impactMonths } } }""")
			.execute()
			.path("intervention.rating.scheme").entity(String.class).isEqualTo("MENUKAART_V1")
			.path("intervention.rating.impactMonths").entity(Integer.class).isEqualTo(5)
			.path("intervention.rating.evidenceStrength").entity(Integer.class).isEqualTo(4)
			.path("intervention.rating.costRating").entity(Integer.class).isEqualTo(5)
			.path("intervention.rating.evidence.key").entity(String.class).isEqualTo("ref-mk1-vroegschoolse-interventies")
			.path("intervention.v2.scheme").entity(String.class).isEqualTo("MENUKAART_V2")
			.path("intervention.v2.impactMonths").valueIsNull()
			.path("intervention.v2.evidenceStrength").valueIsNull()
			.path("intervention.v2.evidence.key").entity(String.class).isEqualTo("ref-mk2-vroegschoolse-interventies")
			.path("intervention.eef").valueIsNull()
			.path("intervention.ratings[*].scheme").entityList(String.class)
			.containsExactly("MENUKAART_V2", "MENUKAART_V1");
	}

	@Test
	void everyDefaultRatingIsTheNewestSchemeThatGivesFiguresAsCypherFindsIt() {
		Map<String, String> expected = new HashMap<>();
		this.client.query("""
				MATCH (i:Intervention)-[:SUPPORTED_BY]->(e:Evidence {kind: 'TOOLKIT_RATING'})
				WHERE i.retired IS NULL AND e.retired IS NULL
				WITH i, e, e.impactMonths IS NOT NULL OR e.evidenceStrength IS NOT NULL OR e.costRating IS NOT NULL AS figured,
				     CASE e.ratingScheme WHEN 'EEF_TOOLKIT' THEN 0 WHEN 'MENUKAART_V2' THEN 1 ELSE 2 END AS age
				ORDER BY i.id, figured DESC, age, e.id
				RETURN i.id AS key, collect(e.id)[0] AS rating""")
			.fetch()
			.all()
			.forEach((row) -> expected.put((String) row.get("key"), (String) row.get("rating")));
		assertThat(expected).hasSizeGreaterThan(20).containsEntry("mk-vroegschoolse-interventies",
				"ref-mk1-vroegschoolse-interventies");
		List<String> keys = List.copyOf(expected.keySet());
		var response = this.graphQl.document("query($ids: [ID!]!) { nodes(ids: $ids) { ... on Intervention { key rating { evidence { key } } } } }")
			.variable("ids", keys.stream().map((k) -> GlobalId.encode("Intervention", k)).toList())
			.execute();
		List<String> found = response.path("nodes[*].key").entityList(String.class).get();
		List<String> ratings = response.path("nodes[*].rating.evidence.key").entityList(String.class).get();
		Map<String, String> actual = new HashMap<>();
		for (int i = 0; i < found.size(); i++) {
			actual.put(found.get(i), ratings.get(i));
		}
		assertThat(actual).isEqualTo(expected);
	}

	@Test
	void ordersByCostCheapestFirstKeepingOnlyAffordableRatedOnes() {
		this.graphQl.document(PAGE)
			.variable("problem", "leervertraging")
			.variable("orderBy", "COST")
			.variable("where", java.util.Map.of("maxCost", 2))
			.variable("first", 100)
			.execute()
			.path("interventionsForProblem.totalCount").entity(Integer.class).isEqualTo(11)
			.path("interventionsForProblem.edges[*].node.key").entityList(String.class)
			.containsExactly("mk-beheersingsgericht-leren", "mk-feedback", "mk-fonemisch-bewustzijn",
					"mk-gesproken-taal", "mk-individuele-instructie", "mk-leren-van-medeleerlingen", "mk-metacognitie",
					"mk-ouderbetrokkenheid", "mk-samenwerkend-leren", "mk-begrijpend-lezen",
					"mk-instructie-kleine-groepen");
	}

	@Test
	void ordersByEvidenceStrengthAboveAMinimum() {
		this.graphQl.document(PAGE)
			.variable("problem", "leervertraging")
			.variable("orderBy", "EVIDENCE")
			.variable("where", java.util.Map.of("minEvidenceStrength", 4))
			.execute()
			.path("interventionsForProblem.totalCount").entity(Integer.class).isEqualTo(8)
			.path("interventionsForProblem.edges[*].node.key").entityList(String.class)
			.containsExactly("mk-digitale-technologie", "mk-feedback", "mk-fonemisch-bewustzijn", "mk-gesproken-taal",
					"mk-leren-van-medeleerlingen", "mk-metacognitie", "mk-ouderbetrokkenheid",
					"mk-vroegschoolse-interventies");
	}

	@Test
	void ordersByImpactWithInterventionsWithoutMonthsLast() {
		var keys = this.graphQl.document(PAGE)
			.variable("problem", "leervertraging")
			.variable("orderBy", "IMPACT")
			.variable("first", 100)
			.execute()
			.path("interventionsForProblem.edges[*].node.key").entityList(String.class).get();
		assertThat(keys).hasSize(53);
		assertThat(keys.subList(0, 18)).containsExactly("mk-metacognitie", "mk-begrijpend-lezen", "mk-feedback",
				"mk-gesproken-taal", "mk-leren-van-medeleerlingen", "mk-beheersingsgericht-leren",
				"mk-een-op-een-begeleiding", "mk-fonemisch-bewustzijn", "mk-samenwerkend-leren",
				"mk-vroegschoolse-interventies", "mk-digitale-technologie", "mk-individuele-instructie",
				"mk-instructie-kleine-groepen", "mk-onderwijsassistenten", "mk-ouderbetrokkenheid",
				"mk-uitbreiding-onderwijstijd", "mk-zomerschool", "mk-klassenverkleining");
		// then the rest by name, rated or not
		assertThat(keys.subList(18, 21)).containsExactly("d000-cultuurzomerschool-taal-rekenen",
				"d003-digitaal-tutorprogramma-lezen", "mk-directe-instructie");
	}

	@Test
	void ordersByName() {
		this.graphQl.document(PAGE)
			.variable("problem", "leervertraging")
			.variable("orderBy", "NAME")
			.variable("first", 3)
			.execute()
			.path("interventionsForProblem.edges[*].node.key").entityList(String.class)
			.containsExactly("mk-beheersingsgericht-leren", "d000-cultuurzomerschool-taal-rekenen",
					"d003-digitaal-tutorprogramma-lezen");
	}

	@Test
	void pagesByNameThroughTheSameInterventionsAndTotalAsTheOtherOrders() {
		Map<String, Object> where = Map.of("status", List.of("EVALUATED", "RUNNING"));
		List<String> byRelevance = this.graphQl.document(PAGE)
			.variable("problem", "leervertraging")
			.variable("where", where)
			.variable("first", 100)
			.execute()
			.path("interventionsForProblem.edges[*].node.key").entityList(String.class).get();
		List<String> byName = new ArrayList<>();
		String after = null;
		boolean more = true;
		while (more) {
			GraphQlTester.Response page = this.graphQl.document(PAGE)
				.variable("problem", "leervertraging")
				.variable("where", where)
				.variable("orderBy", "NAME")
				.variable("first", 4)
				.variable("after", after)
				.execute();
			page.path("interventionsForProblem.totalCount").entity(Integer.class).isEqualTo(byRelevance.size());
			page.path("interventionsForProblem.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(after != null);
			byName.addAll(page.path("interventionsForProblem.edges[*].node.key").entityList(String.class).get());
			more = page.path("interventionsForProblem.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = page.path("interventionsForProblem.pageInfo.endCursor").entity(String.class).get();
		}
		assertThat(byRelevance).hasSizeGreaterThan(4);
		assertThat(byName).containsExactlyInAnyOrderElementsOf(byRelevance).doesNotHaveDuplicates();
		// by name, then key, as the names read
		List<String> names = this.graphQl.document("""
				query($keys: [ID!]!) { nodes(ids: $keys) { ... on Intervention { name } } }""")
			.variable("keys", byName.stream().map((key) -> GlobalId.encode("Intervention", key)).toList())
			.execute()
			.path("nodes[*].name").entityList(String.class).get();
		assertThat(names).isSorted();
	}

	@Test
	void filtersBySectorAndDoelgebied() {
		this.graphQl.document(PAGE)
			.variable("problem", "leervertraging")
			.variable("where", java.util.Map.of("sector", List.of("po"), "doelgebied", List.of("A")))
			.execute()
			.path("interventionsForProblem.totalCount").entity(Integer.class).isEqualTo(3)
			.path("interventionsForProblem.edges[*].node.key").entityList(String.class)
			.containsExactly("mk-vroegschoolse-interventies", "mk-uitbreiding-onderwijstijd", "mk-zomerschool");
	}

	@Test
	void filtersByStatusAndKind() {
		this.graphQl.document(PAGE)
			.variable("problem", "leervertraging")
			.variable("where", java.util.Map.of("status", List.of("EVALUATED"), "kind", List.of("STUDIED_INTERVENTION")))
			.execute()
			.path("interventionsForProblem.totalCount").entity(Integer.class).isEqualTo(4);
		this.graphQl.document(PAGE)
			.variable("problem", "leervertraging")
			.variable("where", java.util.Map.of("status", List.of("PILOT")))
			.execute()
			.path("interventionsForProblem.totalCount").entity(Integer.class).isEqualTo(0)
			.path("interventionsForProblem.edges").entityList(Object.class).hasSize(0);
	}

	@Test
	void anUnknownProblemGivesAnEmptyConnection() {
		for (String problem : List.of("bestaat-niet", GlobalId.encode("Problem", "bestaat-niet"),
				GlobalId.encode("Stakeholder", "ministerie-ocw"))) {
			this.graphQl.document(PAGE)
				.variable("problem", problem)
				.execute()
				.path("interventionsForProblem.totalCount").entity(Integer.class).isEqualTo(0)
				.path("interventionsForProblem.edges").entityList(Object.class).hasSize(0)
				.path("interventionsForProblem.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false)
				.path("interventionsForProblem.pageInfo.endCursor").valueIsNull();
		}
	}

	@Test
	void rejectsAMalformedProblemIdNamingTheArgument() {
		this.graphQl.document(PAGE)
			.variable("problem", "Not an id!")
			.execute()
			.errors()
			.expect((error) -> "BAD_USER_INPUT".equals(error.getExtensions().get("code"))
					&& "problem".equals(error.getExtensions().get("argument")))
			.verify();
	}

	@Test
	void rejectsOutOfRangeFiltersNamingTheField() {
		this.graphQl.document(PAGE)
			.variable("problem", "leervertraging")
			.variable("where", java.util.Map.of("doelgebied", List.of("G")))
			.execute()
			.errors()
			.expect((error) -> "where.doelgebied".equals(error.getExtensions().get("argument")))
			.verify();
		this.graphQl.document(PAGE)
			.variable("problem", "leervertraging")
			.variable("where", java.util.Map.of("maxCost", 0))
			.execute()
			.errors()
			.expect((error) -> "where.maxCost".equals(error.getExtensions().get("argument")))
			.verify();
		this.graphQl.document(PAGE)
			.variable("problem", "leervertraging")
			.variable("first", 101)
			.execute()
			.errors()
			.expect((error) -> "first".equals(error.getExtensions().get("argument")))
			.verify();
	}

	@Test
	void relatedInterventionsShareTheMostProblemsFirst() {
		this.graphQl.document("""
				{ a: intervention(key: "d000-cultuur-jouw-ervaring") { related { key } }
				  b: intervention(key: "mk-feedback") { related { key } } }""")
			.execute()
			.path("a.related[*].key").entityList(String.class)
			.containsExactly("d000-breng-cultuur-naar-publiek", "d000-rijksmuseum-schiphol",
					"d000-kunstenaarsaccelerator", "d000-kans-band-met-publiek")
			// at most 10; all share one problem, so by name
			.path("b.related[*].key").entityList(String.class)
			.containsExactly("mk-beheersingsgericht-leren", "d000-cultuurzomerschool-taal-rekenen",
					"d003-digitaal-tutorprogramma-lezen", "mk-digitale-technologie", "mk-directe-instructie",
					"mk-een-op-een-begeleiding", "d003-npo-effectmetingen-kansrijke-interventies", "d003-bijlessen",
					"d003-emmauscollege-ontlasten-leraren", "d003-fioretti-extra-ondersteuning-klas");
	}

}
