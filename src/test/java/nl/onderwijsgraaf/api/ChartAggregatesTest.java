package nl.onderwijsgraaf.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.onderwijsgraaf.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Aggregates beyond interventions that a chart needs in one request, each checked against Cypher. */
@ServiceTest
class ChartAggregatesTest {

	private static final ParameterizedTypeReference<Map<String, Object>> ROW = new ParameterizedTypeReference<>() {
	};

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Neo4jClient client;

	@Test
	void evidenceFiguresAreSummarisedPerUnitAsCypherFindsThem() {
		List<Map<String, Object>> expected = new ArrayList<>();
		this.client.query("""
				MATCH (e:Evidence) WHERE e.retired IS NULL AND e.figure IS NOT NULL
				RETURN e.unit AS unit, count(e.figure) AS count, toFloat(min(e.figure)) AS min, toFloat(max(e.figure)) AS max,
				       toFloat(sum(e.figure)) AS sum
				ORDER BY unit""")
			.fetch()
			.all()
			.forEach((row) -> expected.add(Map.of("unit", String.valueOf(row.get("unit")), "count",
					((Number) row.get("count")).intValue(), "min", row.get("min"), "max", row.get("max"), "sum",
					row.get("sum"))));
		List<Map<String, Object>> actual = this.graphQl
			.document("{ evidenceStats { figures { unit count min max sum } } }")
			.execute()
			.path("evidenceStats.figures")
			.entityList(ROW)
			.get()
			.stream()
			.map((row) -> Map.of("unit", String.valueOf(row.get("unit")), "count", row.get("count"), "min",
					((Number) row.get("min")).doubleValue(), "max", ((Number) row.get("max")).doubleValue(), "sum",
					((Number) row.get("sum")).doubleValue()))
			.toList();
		assertThat(actual).isEqualTo(expected).extracting((row) -> row.get("unit")).contains("EUR");
	}

	@Test
	void countryAttributeKeysListTheirUnitsAndCurrenciesAsCypherFindsThem() {
		List<Map<String, Object>> expected = new ArrayList<>();
		this.client.query("""
				MATCH (c:Country)-[:HAS_ATTRIBUTE]->(a:CountryAttribute) WHERE c.retired IS NULL
				WITH a.key AS key, count(DISTINCT c) AS countries, collect(DISTINCT a.unit) AS units,
				     collect(DISTINCT a.currency) AS currencies
				RETURN key, countries, units, currencies ORDER BY key""")
			.fetch()
			.all()
			.forEach((row) -> expected.add(Map.of("key", row.get("key"), "countryCount",
					((Number) row.get("countries")).intValue(), "units", sorted(row.get("units")), "currencies",
					sorted(row.get("currencies")))));
		var response = this.graphQl
			.document("{ countryAttributeKeys { key countryCount units currencies valueTypes } }")
			.execute();
		List<Map<String, Object>> keys = response.path("countryAttributeKeys").entityList(ROW).get();
		assertThat(keys.stream()
			.map((k) -> Map.of("key", k.get("key"), "countryCount", k.get("countryCount"), "units", k.get("units"),
					"currencies", k.get("currencies")))
			.toList()).isEqualTo(expected);
		assertThat(keys).filteredOn((k) -> !((List<?>) k.get("currencies")).isEmpty())
			.isNotEmpty()
			.allSatisfy((k) -> assertThat(k.get("valueTypes")).asList().contains("AMOUNT"));
		assertThat(keys).filteredOn((k) -> !((List<?>) k.get("units")).isEmpty())
			.isNotEmpty()
			.allSatisfy((k) -> assertThat(k.get("valueTypes")).asList().contains("NUMBER"));
	}

	private static List<String> sorted(Object values) {
		return ((List<?>) values).stream().map(String::valueOf).sorted().toList();
	}

}
