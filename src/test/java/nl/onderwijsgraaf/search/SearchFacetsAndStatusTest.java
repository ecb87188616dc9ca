package nl.onderwijsgraaf.search;

import java.util.List;
import java.util.Map;

import nl.onderwijsgraaf.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search's typed status filter (a misspelt status fails validation; the deprecated string list keeps working) and its
 * facet values with the name and node they stand for, checked against Cypher.
 */
@ServiceTest
class SearchFacetsAndStatusTest {

	private static final String SEARCH = """
			query($where: SearchFilter) { search(query: "leraren", where: $where, first: 100) {
			  totalCount edges { node { node { id } } }
			  facets { name values { value count name node { __typename ... on Sector { key }
			    ... on TargetGroup { key } ... on Source { key } ... on Goal { key code } } } } } }""";

	private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
	};

	HttpGraphQlTester graphQl;

	@Autowired
	Neo4jClient client;

	@Autowired
	void patientTester(HttpGraphQlTester tester) {
		this.graphQl = SearchQueriesTest.patient(tester);
	}

	@Test
	void theTypedStatusListFiltersAsTheDeprecatedOneDid() {
		var typed = this.graphQl.document(SEARCH).variable("where", Map.of("statusIn", List.of("RUNNING", "PILOT")))
			.execute();
		List<String> hits = typed.path("search.edges[*].node.node.id").entityList(String.class).get();
		assertThat(hits).isNotEmpty();
		this.graphQl.document(SEARCH).variable("where", Map.of("status", List.of("RUNNING", "PILOT"))).execute()
			.path("search.edges[*].node.node.id").entityList(String.class).isEqualTo(hits);
		int all = this.graphQl.document(SEARCH).execute().path("search.totalCount").entity(Integer.class).get();
		assertThat(typed.path("search.totalCount").entity(Integer.class).get()).isLessThan(all);
		typed.path("search.facets[?(@.name == 'STATUS')].values[*].value").entityList(String.class)
			.satisfies((statuses) -> assertThat(statuses).isSubsetOf("RUNNING", "PILOT"));
	}

	@Test
	void aMisspeltStatusFailsValidation() {
		this.graphQl.document("{ search(query: \"leraren\", where: {statusIn: [RUNNNING]}) { totalCount } }")
			.execute()
			.errors()
			.expect((e) -> "BAD_USER_INPUT".equals(e.getExtensions().get("code")))
			.verify();
	}

	@Test
	void facetValuesThatAreKeysOrCodesCarryTheNameAndNodeTheyStandFor() {
		List<Map<String, Object>> facets = this.graphQl.document(SEARCH).execute().path("search.facets")
			.entityList(MAP).get();
		int named = 0;
		for (Map<String, Object> facet : facets) {
			String name = (String) facet.get("name");
			for (Object each : (List<?>) facet.get("values")) {
				Map<?, ?> value = (Map<?, ?>) each;
				String expected = expectedName(name, (String) value.get("value"));
				assertThat(value.get("name")).as("%s %s", name, value.get("value")).isEqualTo(expected);
				Map<?, ?> node = (Map<?, ?>) value.get("node");
				if (expected == null) {
					assertThat(node).isNull();
					continue;
				}
				named++;
				assertThat(name.equals("DOELGEBIED") ? node.get("code") : node.get("key")).isEqualTo(value.get("value"));
			}
		}
		assertThat(named).isGreaterThan(5);
		assertThat(facets).anySatisfy((f) -> assertThat(f.get("name")).isEqualTo("DOELGEBIED"));
	}

	/** The name Cypher gives the node a facet value stands for; null where it names none. */
	private String expectedName(String facet, String value) {
		String query = switch (facet) {
			case "SECTOR" -> "MATCH (v:Sector {id: $value}) RETURN v.name AS name";
			case "TARGET_GROUP" -> "MATCH (v:TargetGroup {id: $value}) RETURN v.name AS name";
			case "SOURCE" -> "MATCH (v:Source {id: $value}) RETURN v.title AS name";
			case "DOELGEBIED" -> "MATCH (v:Goal {type: 'DOELGEBIED', code: $value}) RETURN v.name AS name ORDER BY v.id LIMIT 1";
			default -> null;
		};
		return (query == null) ? null : this.client.query(query).bind(value).to("value").fetchAs(String.class)
			.mappedBy((ts, record) -> record.get("name").asString()).one().orElse(null);
	}

}
