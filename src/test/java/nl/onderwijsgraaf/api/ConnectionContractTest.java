package nl.onderwijsgraaf.api;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import nl.onderwijsgraaf.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The Relay connection contract every list keeps: page sizes, cursors, totalCount, global ids. */
@ServiceTest
class ConnectionContractTest {

	static final String PAGE = """
			query Page($first: Int, $after: String) {
			  interventions(first: $first, after: $after) {
			    totalCount
			    edges { cursor node { id key } }
			    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
			  }
			}""";

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void aPageHoldsTwentyItemsByDefault() {
		this.graphQl.document(PAGE).execute().path("interventions.edges").entityList(Object.class).hasSize(20);
	}

	@Test
	void followingEndCursorsVisitsEveryItemOnceInKeyOrder() {
		int total = this.graphQl.document(PAGE).execute().path("interventions.totalCount").entity(Integer.class).get();
		List<String> keys = new ArrayList<>();
		String after = null;
		boolean hasNext = true;
		int pages = 0;
		while (hasNext) {
			var response = this.graphQl.document(PAGE).variable("first", 100).variable("after", after).execute();
			keys.addAll(response.path("interventions.edges[*].node.key").entityList(String.class).get());
			hasNext = response.path("interventions.pageInfo.hasNextPage").entity(Boolean.class).get();
			boolean hasPrevious = response.path("interventions.pageInfo.hasPreviousPage").entity(Boolean.class).get();
			assertThat(hasPrevious).isEqualTo(pages > 0);
			after = response.path("interventions.pageInfo.endCursor").entity(String.class).get();
			pages++;
		}
		assertThat(total).isGreaterThanOrEqualTo(180);
		assertThat(pages).isEqualTo((total + 99) / 100);
		assertThat(keys).hasSize(total).doesNotHaveDuplicates().isSorted();
	}

	@Test
	void aPageAfterTheLastIsEmptyWithNullCursors() {
		var last = this.graphQl.document("{ interventions(last: 1) { totalCount pageInfo { endCursor } } }").execute();
		int total = last.path("interventions.totalCount").entity(Integer.class).get();
		String cursorOfLast = last.path("interventions.pageInfo.endCursor").entity(String.class).get();
		this.graphQl.document(PAGE)
			.variable("after", cursorOfLast)
			.execute()
			.path("interventions.edges").entityList(Object.class).hasSize(0)
			.path("interventions.totalCount").entity(Integer.class).isEqualTo(total)
			.path("interventions.pageInfo.endCursor").valueIsNull()
			.path("interventions.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false)
			.path("interventions.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(true);
	}

	@Test
	void rejectsPageSizesOutsideOneToHundred() {
		for (int first : new int[] { 0, -1, 101 }) {
			this.graphQl.document(PAGE)
				.variable("first", first)
				.execute()
				.errors()
				.expect((e) -> "BAD_USER_INPUT".equals(e.getExtensions().get("code"))
						&& e.getMessage().equals("first: must be between 1 and 100, was " + first))
				.verify();
		}
		this.graphQl.document(PAGE).variable("first", 100).execute().path("interventions.edges").entityList(Object.class).hasSize(100);
	}

	@Test
	void rejectsACursorItDidNotIssue() {
		this.graphQl.document(PAGE)
			.variable("after", "not-a-cursor")
			.execute()
			.errors()
			.expect((e) -> "BAD_USER_INPUT".equals(e.getExtensions().get("code"))
					&& e.getMessage().equals("after: not a cursor of this connection"))
			.verify();
	}

	@Test
	void nodeResolvesEveryIdAListReturns() {
		for (String list : List.of("problems", "stakeholders", "programmes", "countries", "goals", "events", "sources")) {
			List<Map<String, Object>> nodes = this.graphQl
				.document("{ " + list + "(first: 100) { edges { node { id __typename } } } }")
				.execute()
				.path(list + ".edges[*].node")
				.entityList(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
				})
				.get();
			assertThat(nodes).isNotEmpty();
			for (Map<String, Object> node : nodes) {
				this.graphQl.document("query($id: ID!) { node(id: $id) { id __typename } }")
					.variable("id", node.get("id"))
					.execute()
					.path("node.id").entity(String.class).isEqualTo((String) node.get("id"))
					.path("node.__typename").entity(String.class).isEqualTo((String) node.get("__typename"));
			}
		}
	}

	@Test
	void idsAreOpaqueAndDistinctAcrossKinds() {
		var ids = new HashSet<String>();
		ids.addAll(this.graphQl.document("{ problems(first: 100) { edges { node { id } } } }").execute()
			.path("problems.edges[*].node.id").entityList(String.class).get());
		ids.addAll(this.graphQl.document("{ goals(first: 100) { edges { node { id } } } }").execute()
			.path("goals.edges[*].node.id").entityList(String.class).get());
		assertThat(ids).allSatisfy((id) -> assertThat(id).matches("[A-Za-z0-9_-]+").doesNotContain(":"));
	}

	@Test
	void unknownAndMalformedIdsAreTellingApart() {
		this.graphQl.document("query($id: ID!) { node(id: $id) { id } }")
			.variable("id", GlobalId.encode("Problem", "bestaat-niet"))
			.execute()
			.path("node").valueIsNull();
		this.graphQl.document("{ node(id: \"%%%\") { id } }")
			.execute()
			.errors()
			.expect((e) -> "BAD_USER_INPUT".equals(e.getExtensions().get("code")))
			.verify();
		this.graphQl.document("{ problem(key: \"lerarentekort\", id: \"x\") { id } }")
			.execute()
			.errors()
			.expect((e) -> e.getMessage().endsWith("give exactly one of id or key"))
			.verify();
	}

}
