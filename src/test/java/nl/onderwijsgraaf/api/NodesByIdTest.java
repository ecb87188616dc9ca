package nl.onderwijsgraaf.api;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import nl.onderwijsgraaf.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** What a dashboard fetches in bulk: {@code nodes(ids:)} (ids of any kinds, in the order asked) and {@code kindCounts}. */
@ServiceTest
class NodesByIdTest {

	static final String NODES = """
			query($ids: [ID!]!) { nodes(ids: $ids) { id __typename } }""";

	@Autowired
	HttpGraphQlTester tester;

	GraphQlTester graphQl;

	/** Why patient: the first request after start may wait on a busy machine; these tests assert outcomes. */
	@BeforeEach
	void patientClient() {
		Duration patience = Duration.ofSeconds(120);
		this.graphQl = this.tester.mutate().webTestClient((c) -> c.responseTimeout(patience)).responseTimeout(patience)
			.build();
	}

	@Test
	void returnsAHundredNodesOfMixedKindsInTheOrderAsked() {
		List<String> ids = new ArrayList<>();
		ids.addAll(this.graphQl.document("{ interventions(first: 90) { edges { node { id } } } }").execute()
			.path("interventions.edges[*].node.id").entityList(String.class).get());
		ids.addAll(this.graphQl.document("{ problems(first: 10) { edges { node { id } } } }").execute()
			.path("problems.edges[*].node.id").entityList(String.class).get());
		Collections.shuffle(ids);
		List<Map<String, Object>> nodes = this.graphQl.document(NODES).variable("ids", ids).execute()
			.path("nodes").entity(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			}).get();
		assertThat(nodes).extracting((n) -> n.get("id")).containsExactlyElementsOf(ids);
		assertThat(nodes).extracting((n) -> n.get("__typename")).containsOnly("Intervention", "Problem");
	}

	@Test
	void anIdOfNoNodeGivesNullInItsPlace() {
		String missing = GlobalId.encode("Problem", "bestaat-niet");
		String known = GlobalId.encode("Problem", "lerarentekort");
		this.graphQl.document(NODES).variable("ids", List.of(missing, known)).execute()
			.path("nodes[0]").valueIsNull()
			.path("nodes[1].id").entity(String.class).isEqualTo(known);
	}

	@Test
	void refusesMoreThanAHundredIds() {
		List<String> ids = Collections.nCopies(101, GlobalId.encode("Problem", "lerarentekort"));
		this.graphQl.document(NODES).variable("ids", ids).execute().errors()
			.expect((e) -> "BAD_USER_INPUT".equals(e.getExtensions().get("code"))
					&& e.getMessage().equals("ids: at most 100 ids per request, was 101"))
			.verify();
	}

	@Test
	void kindCountsCountEveryKindAsItsListDoes() {
		Map<String, Integer> counts = new java.util.HashMap<>();
		this.graphQl.document("{ kindCounts { value count } }").execute()
			.path("kindCounts").entity(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			}).get().forEach((bucket) -> counts.put((String) bucket.get("value"), (Integer) bucket.get("count")));
		assertThat(counts).containsKeys("Problem", "Intervention", "Evidence", "Stakeholder", "Programme", "Goal",
				"TimelineEvent", "Country", "InternationalPractice", "Sector", "TargetGroup", "Place", "Source");
		int interventions = this.graphQl.document("{ interventions { totalCount } }").execute()
			.path("interventions.totalCount").entity(Integer.class).get();
		assertThat(counts.get("Intervention")).isEqualTo(interventions);
	}

}
