package nl.onderwijsgraaf.intervention;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.onderwijsgraaf.ServiceTest;
import nl.onderwijsgraaf.api.GlobalId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Dashboard aggregates over the seeded graph, with the where grammar of the lists. */
@ServiceTest
class InterventionStatsTest {

	private static final ParameterizedTypeReference<Map<String, Object>> BUCKET = new ParameterizedTypeReference<>() {
	};

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Neo4jClient client;

	@Test
	void countsAProblemsInterventionsByStatusEvidenceLevelAndDoelgebied() {
		var response = this.graphQl.document("""
				{ interventionStats(where: {problems: {key: {eq: "leervertraging"}}}) {
				    total byStatus { value count } byEvidenceStrength { value count } byEvidenceLevel { value count } byDoelgebied { value count } } }""")
			.execute();
		response.path("interventionStats.total").entity(Integer.class).isEqualTo(53);
		assertThat(buckets(response, "byStatus")).containsExactly(Map.of("value", "RUNNING", "count", 27),
				Map.of("value", "ENDED", "count", 13), Map.of("value", "UNKNOWN", "count", 7),
				Map.of("value", "EVALUATED", "count", 4), Map.of("value", "PROPOSAL", "count", 2));
		assertThat(buckets(response, "byEvidenceStrength")).containsExactly(Map.of("value", "NONE", "count", 35),
				Map.of("value", "4", "count", 8), Map.of("value", "3", "count", 5), Map.of("value", "2", "count", 4),
				Map.of("value", "1", "count", 1));
		// the deprecated name answers the same
		assertThat(buckets(response, "byEvidenceLevel")).isEqualTo(buckets(response, "byEvidenceStrength"));
		assertThat(buckets(response, "byDoelgebied")).containsExactly(Map.of("value", "NONE", "count", 26),
				Map.of("value", "B", "count", 12), Map.of("value", "F", "count", 6), Map.of("value", "E", "count", 4),
				Map.of("value", "A", "count", 3), Map.of("value", "D", "count", 2));
	}

	@Test
	void evidenceLevelsAgreeWithTheToolkitFilter() {
		this.graphQl.document("""
				{ interventionsForProblem(problem: "leervertraging", where: {minEvidenceStrength: 4}) { totalCount } }""")
			.execute()
			.path("interventionsForProblem.totalCount").entity(Integer.class).isEqualTo(8);
	}

	@Test
	void countsAllInterventionsByProblemSectorAndSource() {
		var response = this.graphQl.document("""
				{ interventionStats { total byProblem { value count } bySector { value count } bySource { value count } } }""")
			.execute();
		// 314 entries less the two duplicates merged into one node each
		response.path("interventionStats.total").entity(Integer.class).isEqualTo(312);
		assertThat(buckets(response, "byProblem").subList(0, 3)).containsExactly(Map.of("value", "NONE", "count", 61),
				Map.of("value", "leervertraging", "count", 53), Map.of("value", "kansenongelijkheid", "count", 52));
		assertThat(buckets(response, "bySector")).isNotEmpty()
			.allSatisfy((b) -> assertThat((Integer) b.get("count")).isPositive());
		assertThat(buckets(response, "bySource")).extracting((b) -> b.get("value"))
			.contains("d003", "menukaart-v1", "menukaart-v2");
	}

	@Test
	void anEmptySelectionHasNoBuckets() {
		this.graphQl.document("{ interventionStats(where: {key: {eq: \"bestaat-niet\"}}) { total byStatus { value } bySector { value } } }")
			.execute()
			.path("interventionStats.total").entity(Integer.class).isEqualTo(0)
			.path("interventionStats.byStatus").entityList(Object.class).hasSize(0)
			.path("interventionStats.bySector").entityList(Object.class).hasSize(0);
	}

	@Test
	void rejectsABadFilterInAnAggregateLikeInAList() {
		this.graphQl.document("{ interventionStats(where: {kind: {eq: \"NOPE\"}}) { total } }")
			.execute()
			.errors()
			.expect((e) -> "BAD_USER_INPUT".equals(e.getExtensions().get("code"))
					&& "where.kind.eq".equals(e.getExtensions().get("argument")))
			.verify();
	}

	/**
	 * Each intervention's default rating, computed here apart from the service: of its rating evidence, those with a
	 * figure if any has one, of those the newest scheme, then the lowest key.
	 */
	private static final String DEFAULT_RATING = """
			OPTIONAL MATCH (i)-[:SUPPORTED_BY]->(e:Evidence {kind: 'TOOLKIT_RATING'}) WHERE e.retired IS NULL
			WITH i, e, e.impactMonths IS NOT NULL OR e.evidenceStrength IS NOT NULL OR e.costRating IS NOT NULL AS figured,
			     CASE e.ratingScheme WHEN 'EEF_TOOLKIT' THEN 0 WHEN 'MENUKAART_V2' THEN 1 ELSE 2 END AS age
			ORDER BY i.id, figured DESC, age, e.id
			WITH i, collect(e)[0] AS rating
			""";

	@Test
	void bucketsCarryTheNameAndNodeOfTheirValueAsCypherFindsThem() {
		var response = this.graphQl.document("""
				{ interventionStats { byProblem { value count name node { id ... on Problem { key name } } }
				                      byStatus { value name node { id } } } }""")
			.execute();
		Map<String, List<Object>> expected = new HashMap<>();
		rows("""
				MATCH (i:Intervention) WHERE i.retired IS NULL
				OPTIONAL MATCH (i)-[:ADDRESSES]->(p:Problem) WHERE p.retired IS NULL
				RETURN coalesce(p.id, 'NONE') AS value, p.name AS name, count(DISTINCT i) AS count""")
			.forEach((row) -> expected.put((String) row.get("value"),
					Arrays.asList(((Number) row.get("count")).intValue(), row.get("name"))));
		List<Map<String, Object>> buckets = buckets(response, "byProblem");
		Map<String, List<Object>> actual = new HashMap<>();
		buckets.forEach((b) -> actual.put((String) b.get("value"), Arrays.asList(b.get("count"), b.get("name"))));
		assertThat(actual).isEqualTo(expected);
		response.path("interventionStats.byProblem[1].value").entity(String.class).isEqualTo("leervertraging")
			.path("interventionStats.byProblem[1].node.id").entity(String.class)
			.isEqualTo(GlobalId.encode("Problem", "leervertraging"))
			.path("interventionStats.byProblem[1].node.key").entity(String.class).isEqualTo("leervertraging")
			.path("interventionStats.byProblem[1].node.name").entity(String.class)
			.isEqualTo(response.path("interventionStats.byProblem[1].name").entity(String.class).get());
		// NONE, and values that are no node (a status), have neither
		assertThat(buckets.stream().filter((b) -> b.get("value").equals("NONE")))
			.allSatisfy((b) -> assertThat(b.get("name")).isNull());
		assertThat(buckets(response, "byStatus")).isNotEmpty()
			.allSatisfy((b) -> assertThat(b).containsEntry("name", null).containsEntry("node", null));
	}

	@Test
	void crossTabOfProblemAndEvidenceLevelAgreesWithCypherAndItsMargins() {
		var response = this.graphQl.document("""
				{ interventionStats { byProblem { value count }
				    crossTab(rows: PROBLEM, columns: EVIDENCE_STRENGTH) {
				      rows { value count name } columns { value count } cells { row column count } } } }""")
			.execute();
		Map<List<String>, Integer> expected = cells("MATCH (i:Intervention) WHERE i.retired IS NULL " + DEFAULT_RATING + """
				OPTIONAL MATCH (i)-[:ADDRESSES]->(p:Problem) WHERE p.retired IS NULL
				RETURN coalesce(p.id, 'NONE') AS row, coalesce(toString(rating.evidenceStrength), 'NONE') AS column,
				       count(DISTINCT i) AS count""");
		Map<List<String>, Integer> actual = cells(response);
		assertThat(actual).isEqualTo(expected).containsKey(List.of("leervertraging", "4"));
		// each intervention has one evidence level, so a row's cells add up to its margin, which is byProblem
		List<Map<String, Object>> rows = response.path("interventionStats.crossTab.rows").entityList(BUCKET).get();
		assertThat(rows).extracting((r) -> r.get("value"), (r) -> r.get("count"))
			.containsExactlyElementsOf(buckets(response, "byProblem").stream()
				.map((b) -> org.assertj.core.groups.Tuple.tuple(b.get("value"), b.get("count")))
				.toList());
		rows.forEach((row) -> assertThat(actual.entrySet().stream()
			.filter((cell) -> cell.getKey().get(0).equals(row.get("value")))
			.mapToInt(Map.Entry::getValue)
			.sum()).as("row " + row.get("value")).isEqualTo(row.get("count")));
	}

	@Test
	void crossTabOfSectorAndDoelgebiedAgreesWithCypher() {
		var response = this.graphQl.document("""
				{ interventionStats(where: {status: {eq: "RUNNING"}}) {
				    crossTab(rows: SECTOR, columns: DOELGEBIED) { cells { row column count } } } }""")
			.execute();
		assertThat(cells(response)).isEqualTo(cells("""
				MATCH (i:Intervention {status: 'RUNNING'}) WHERE i.retired IS NULL
				OPTIONAL MATCH (i)-[:FOR_SECTOR]->(s:Sector) WHERE s.retired IS NULL
				OPTIONAL MATCH (i)-[:SERVES]->(g:Goal {type: 'DOELGEBIED'}) WHERE g.retired IS NULL
				RETURN coalesce(s.id, 'NONE') AS row, coalesce(g.code, 'NONE') AS column, count(DISTINCT i) AS count""")).isNotEmpty();
	}

	@Test
	void ratingFiguresAreSummarisedOverTheInterventionsThatHaveThemAsCypherFindsThem() {
		var response = this.graphQl.document("""
				{ interventionStats(where: {problems: {key: {eq: "leervertraging"}}}) {
				    impact: ratingFigures(figure: IMPACT_MONTHS) { unit count min max avg sum }
				    cost: ratingFigures(figure: COST_RATING, scheme: MENUKAART_V1) { count min max avg sum }
				    byV1: by(dimension: EVIDENCE_STRENGTH, scheme: MENUKAART_V1) { value count }
				    byV1Deprecated: by(dimension: EVIDENCE_LEVEL, scheme: MENUKAART_V1) { value count } } }""")
			.execute();
		Map<String, Object> impact = rows("MATCH (:Problem {id: 'leervertraging'})<-[:ADDRESSES]-(i:Intervention)"
				+ " WHERE i.retired IS NULL " + DEFAULT_RATING + " WITH rating.impactMonths AS value"
				+ " RETURN count(value) AS count, min(value) AS min, max(value) AS max, avg(value) AS avg, sum(value) AS sum")
			.get(0);
		response.path("interventionStats.impact.unit").valueIsNull()
			.path("interventionStats.impact.count").entity(Integer.class).isEqualTo(((Number) impact.get("count")).intValue())
			.path("interventionStats.impact.min").entity(Double.class).isEqualTo(((Number) impact.get("min")).doubleValue())
			.path("interventionStats.impact.max").entity(Double.class).isEqualTo(((Number) impact.get("max")).doubleValue())
			.path("interventionStats.impact.sum").entity(Double.class).isEqualTo(((Number) impact.get("sum")).doubleValue());
		assertThat(response.path("interventionStats.impact.avg").entity(Double.class).get())
			.isCloseTo(((Number) impact.get("avg")).doubleValue(), org.assertj.core.data.Offset.offset(1e-9));
		Map<String, Object> cost = rows("""
				MATCH (:Problem {id: 'leervertraging'})<-[:ADDRESSES]-(i:Intervention)-[:SUPPORTED_BY]->
				      (e:Evidence {kind: 'TOOLKIT_RATING', ratingScheme: 'MENUKAART_V1'})
				WHERE i.retired IS NULL AND e.retired IS NULL
				WITH DISTINCT i, e WITH e.costRating AS value
				RETURN count(value) AS count, min(value) AS min, max(value) AS max, sum(value) AS sum""").get(0);
		response.path("interventionStats.cost.count").entity(Integer.class).isEqualTo(((Number) cost.get("count")).intValue())
			.path("interventionStats.cost.min").entity(Double.class).isEqualTo(((Number) cost.get("min")).doubleValue())
			.path("interventionStats.cost.max").entity(Double.class).isEqualTo(((Number) cost.get("max")).doubleValue())
			.path("interventionStats.cost.sum").entity(Double.class).isEqualTo(((Number) cost.get("sum")).doubleValue());
		assertThat(((Number) impact.get("count")).intValue()).isPositive();
		Map<Object, Object> byV1 = new HashMap<>();
		rows("""
				MATCH (:Problem {id: 'leervertraging'})<-[:ADDRESSES]-(i:Intervention) WHERE i.retired IS NULL
				OPTIONAL MATCH (i)-[:SUPPORTED_BY]->(e:Evidence {kind: 'TOOLKIT_RATING', ratingScheme: 'MENUKAART_V1'})
				WHERE e.retired IS NULL
				WITH i, e, e.impactMonths IS NOT NULL OR e.evidenceStrength IS NOT NULL OR e.costRating IS NOT NULL AS figured
				ORDER BY i.id, figured DESC, e.id
				WITH i, collect(e)[0] AS rating
				RETURN coalesce(toString(rating.evidenceStrength), 'NONE') AS value, count(i) AS count""")
			.forEach((row) -> byV1.put(row.get("value"), ((Number) row.get("count")).intValue()));
		Map<Object, Object> actualByV1 = new HashMap<>();
		response.path("interventionStats.byV1").entityList(BUCKET).get()
			.forEach((b) -> actualByV1.put(b.get("value"), b.get("count")));
		assertThat(actualByV1).isEqualTo(byV1).containsKey("4");
		// the deprecated dimension name keeps answering as before
		assertThat(response.path("interventionStats.byV1Deprecated").entityList(BUCKET).get())
			.isEqualTo(response.path("interventionStats.byV1").entityList(BUCKET).get());
	}

	private List<Map<String, Object>> rows(String cypher) {
		return List.copyOf(this.client.query(cypher).fetch().all());
	}

	private Map<List<String>, Integer> cells(String cypher) {
		Map<List<String>, Integer> cells = new HashMap<>();
		rows(cypher).forEach((row) -> cells.put(List.of((String) row.get("row"), (String) row.get("column")),
				((Number) row.get("count")).intValue()));
		return cells;
	}

	private static Map<List<String>, Integer> cells(HttpGraphQlTester.Response response) {
		Map<List<String>, Integer> cells = new HashMap<>();
		response.path("interventionStats.crossTab.cells").entityList(BUCKET).get()
			.forEach((cell) -> assertThat(cells.put(List.of((String) cell.get("row"), (String) cell.get("column")),
					(Integer) cell.get("count"))).as("one cell per pair").isNull());
		return cells;
	}

	private static List<Map<String, Object>> buckets(HttpGraphQlTester.Response response, String dimension) {
		return response.path("interventionStats." + dimension).entityList(BUCKET).get();
	}

}
