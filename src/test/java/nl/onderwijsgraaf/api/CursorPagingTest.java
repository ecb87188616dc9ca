package nl.onderwijsgraaf.api;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

import nl.onderwijsgraaf.curation.CuratedServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cursors as a dashboard uses them: bound to their list, filter and order, paging backward as well as forward,
 * offsets bounded, and keyset pages that neither skip nor repeat an item while a curator adds nodes.
 */
@CuratedServiceTest
@ExtendWith(OutputCaptureExtension.class)
class CursorPagingTest {

	static final String PROBLEMS = """
			query($first: Int, $after: String, $last: Int, $before: String) {
			  problems(first: $first, after: $after, last: $last, before: $before) {
			    totalCount
			    edges { cursor node { key } }
			    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
			  }
			}""";

	static final String CREATE_PROBLEM = """
			mutation($input: CreateProblemInput!) { createProblem(input: $input) { errors { code message } } }""";

	@Autowired
	HttpGraphQlTester tester;

	GraphQlTester anonymous;

	GraphQlTester curator;

	@BeforeEach
	void clients() {
		Duration patience = Duration.ofSeconds(120);
		this.anonymous = this.tester.mutate().webTestClient((c) -> c.responseTimeout(patience)).responseTimeout(patience)
			.build();
		this.curator = this.tester.mutate().webTestClient((c) -> c.responseTimeout(patience)).responseTimeout(patience)
			.header("Authorization", "Bearer test-curator-token").build();
	}

	@Test
	void pagingForwardWhileACuratorAddsProblemsSkipsAndRepeatsNothing() {
		List<String> before = allKeys();
		// each key sorts before every page fetched so far: an offset would then repeat an item
		List<String> seen = pageForward(3, (page) -> create("aa-ingevoegd-vooruit-" + page));
		assertThat(seen).doesNotHaveDuplicates().isSorted().containsAll(before);
		assertThat(seen).noneMatch((key) -> key.startsWith("aa-ingevoegd"));
	}

	@Test
	void pagingBackwardWhileACuratorAddsProblemsSkipsAndRepeatsNothing() {
		List<String> before = allKeys();
		List<String> seen = new ArrayList<>();
		String cursor = null;
		boolean hasPrevious = true;
		int page = 0;
		while (hasPrevious) {
			var response = this.anonymous.document(PROBLEMS).variable("last", 3).variable("before", cursor).execute();
			List<String> keys = response.path("problems.edges[*].node.key").entityList(String.class).get();
			seen.addAll(0, keys);
			hasPrevious = response.path("problems.pageInfo.hasPreviousPage").entity(Boolean.class).get();
			cursor = response.path("problems.pageInfo.startCursor").entity(String.class).get();
			create("zz-ingevoegd-achteruit-" + page); // sorts after every page fetched so far: an offset would skip
			page++;
		}
		assertThat(seen).doesNotHaveDuplicates().isSorted().containsAll(before);
		assertThat(seen).noneMatch((key) -> key.startsWith("zz-ingevoegd"));
	}

	@Test
	void theLastItemsComeInListOrderAndBeforeGivesThePageBeforeThem() {
		List<String> keys = allKeys();
		var last = this.anonymous.document(PROBLEMS).variable("last", 4).execute();
		last.path("problems.edges[*].node.key").entityList(String.class)
			.isEqualTo(keys.subList(keys.size() - 4, keys.size()));
		last.path("problems.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
		last.path("problems.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(true);
		String start = last.path("problems.pageInfo.startCursor").entity(String.class).get();
		var previous = this.anonymous.document(PROBLEMS).variable("last", 4).variable("before", start).execute();
		previous.path("problems.edges[*].node.key").entityList(String.class)
			.isEqualTo(keys.subList(keys.size() - 8, keys.size() - 4));
		previous.path("problems.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
	}

	@Test
	void aCursorOfAnotherListOrderOrFilterIsRefused() {
		String byName = this.anonymous.document("{ problems(first: 2, orderBy: [{name: DESC}]) { pageInfo { endCursor } } }")
			.execute().path("problems.pageInfo.endCursor").entity(String.class).get();
		String filtered = this.anonymous.document("{ problems(first: 2, where: {domain: {eq: \"EDUCATION\"}}) { pageInfo { endCursor } } }")
			.execute().path("problems.pageInfo.endCursor").entity(String.class).get();
		String ofInterventions = this.anonymous.document("{ interventions(first: 2) { pageInfo { endCursor } } }")
			.execute().path("interventions.pageInfo.endCursor").entity(String.class).get();
		for (String foreign : List.of(byName, filtered, ofInterventions)) {
			this.anonymous.document(PROBLEMS).variable("after", foreign).execute().errors()
				.expect((e) -> "BAD_USER_INPUT".equals(e.getExtensions().get("code"))
						&& e.getMessage().startsWith("after: a cursor of another list, filter or order"))
				.verify();
		}
	}

	@Test
	void aMalformedCursorIsLoggedInOneLineWithoutAStackTrace(CapturedOutput output) {
		this.anonymous.document(PROBLEMS).variable("after", "Y3Vyc29yOjIxNDc0ODM2NDc").execute().errors()
			.expect((e) -> "BAD_USER_INPUT".equals(e.getExtensions().get("code"))).verify();
		List<String> lines = output.getOut().lines().filter((line) -> line.contains("after: not a cursor")).toList();
		assertThat(lines).hasSize(1);
		assertThat(output.getOut()).doesNotContain("InvalidInputException");
	}

	@Test
	void mixingForwardAndBackwardArgumentsIsRefused() {
		this.anonymous.document(PROBLEMS).variable("first", 2).variable("last", 2).execute().errors()
			.expect((e) -> "BAD_USER_INPUT".equals(e.getExtensions().get("code"))
					&& e.getMessage().equals("last: page forward (first, after) or backward (last, before), not both"))
			.verify();
	}

	@Test
	void searchRefusesAnOffsetBeyondTheResultWindow() {
		String deep = Cursor.offset(Cursor.scopeOf("search", "leraren", null, null), 60_000_000);
		String old = "Y3Vyc29yOjYwMDAwMDAw"; // "cursor:60000000", the cursor format before scopes
		this.anonymous.document("query($after: String) { search(query: \"leraren\", after: $after) { totalCount } }")
			.variable("after", deep).execute().errors()
			.expect((e) -> "BAD_USER_INPUT".equals(e.getExtensions().get("code"))
					&& e.getMessage().contains("maximum result window"))
			.verify();
		this.anonymous.document("query($after: String) { search(query: \"leraren\", after: $after) { totalCount } }")
			.variable("after", old).execute().errors()
			.expect((e) -> "BAD_USER_INPUT".equals(e.getExtensions().get("code"))).verify();
	}

	@Test
	void aCursorForTheLargestIntegerIsBadInputOnEveryOffsetList() {
		String toolkit = Cursor.offset(Cursor.scopeOf("interventionsForProblem", "leervertraging", null, "RELEVANCE"),
				Integer.MAX_VALUE);
		this.anonymous.document("query($after: String) { interventionsForProblem(problem: \"leervertraging\", after: $after) { totalCount } }")
			.variable("after", toolkit).execute().errors()
			.expect((e) -> "BAD_USER_INPUT".equals(e.getExtensions().get("code"))
					&& e.getMessage().contains("maximum result window"))
			.verify();
	}

	private List<String> allKeys() {
		return pageForward(100, (page) -> {
		});
	}

	/** The keys of every problem, following {@code endCursor}; {@code afterPage} runs after each page is read. */
	private List<String> pageForward(int size, IntConsumer afterPage) {
		List<String> keys = new ArrayList<>();
		String after = null;
		boolean hasNext = true;
		for (int page = 0; hasNext; page++) {
			var response = this.anonymous.document(PROBLEMS).variable("first", size).variable("after", after).execute();
			keys.addAll(response.path("problems.edges[*].node.key").entityList(String.class).get());
			hasNext = response.path("problems.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = response.path("problems.pageInfo.endCursor").entity(String.class).get();
			afterPage.accept(page);
		}
		return keys;
	}

	private void create(String key) {
		this.curator.document(CREATE_PROBLEM)
			.variable("input", Map.of("key", key, "name", "Ingevoegd tijdens het bladeren", "nameEn", "Inserted",
					"summary", "Een probleem dat een curator toevoegt terwijl een dashboard bladert.", "domain",
					"EDUCATION", "provenance", List.of("d003 p.12")))
			.execute()
			.path("createProblem.errors").entityList(Object.class).hasSize(0);
	}

}
