package nl.onderwijsgraaf.intervention;

import java.util.List;
import java.util.Map;

import nl.onderwijsgraaf.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Dashboard aggregates over the seeded graph, with the where grammar of the lists. */
@ServiceTest
class InterventionStatsTest {

	private static final ParameterizedTypeReference<Map<String, Object>> BUCKET = new ParameterizedTypeReference<>() {
	};

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void countsAProblemsInterventionsByStatusEvidenceLevelAndDoelgebied() {
		var response = this.graphQl.document("""
				{ interventionStats(where: {problems: {key: {eq: "leervertraging"}}}) {
				    total byStatus { value count } byEvidenceLevel { value count } byDoelgebied { value count } } }""")
			.execute();
		response.path("interventionStats.total").entity(Integer.class).isEqualTo(53);
		assertThat(buckets(response, "byStatus")).containsExactly(Map.of("value", "RUNNING", "count", 27),
				Map.of("value", "ENDED", "count", 13), Map.of("value", "UNKNOWN", "count", 7),
				Map.of("value", "EVALUATED", "count", 4), Map.of("value", "PROPOSAL", "count", 2));
		assertThat(buckets(response, "byEvidenceLevel")).containsExactly(Map.of("value", "NONE", "count", 36),
				Map.of("value", "4", "count", 7), Map.of("value", "3", "count", 5), Map.of("value", "2", "count", 4),
				Map.of("value", "1", "count", 1));
		assertThat(buckets(response, "byDoelgebied")).containsExactly(Map.of("value", "NONE", "count", 26),
				Map.of("value", "B", "count", 12), Map.of("value", "F", "count", 6), Map.of("value", "E", "count", 4),
				Map.of("value", "A", "count", 3), Map.of("value", "D", "count", 2));
	}

	@Test
	void evidenceLevelsAgreeWithTheToolkitFilter() {
		this.graphQl.document("""
				{ interventionsForProblem(problem: "leervertraging", where: {minEvidenceStrength: 4}) { totalCount } }""")
			.execute()
			.path("interventionsForProblem.totalCount").entity(Integer.class).isEqualTo(7);
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

	private static List<Map<String, Object>> buckets(HttpGraphQlTester.Response response, String dimension) {
		return response.path("interventionStats." + dimension).entityList(BUCKET).get();
	}

}
