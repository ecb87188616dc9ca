package nl.onderwijsgraaf.read;

import java.util.ArrayList;
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

/**
 * Nested lists with arguments, as a dashboard asks for them, checked against Cypher written by hand: a problem's
 * interventions filtered, sorted and cut, their connection's totals, paging through it, aliased selections with
 * different arguments under many parents, and the same answers where the field is not read with its root field; and
 * lists of involvements sorted, counted and paged one at a time.
 */
@ServiceTest
class NestedListsTest {

	private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
	};

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Neo4jClient cypher;

	/** The keys a Cypher query returns as {@code key}, in its order. */
	private List<String> keys(String query, Map<String, Object> parameters) {
		return List.copyOf(this.cypher.query(query).bindAll(parameters).fetchAs(String.class)
			.mappedBy((ts, record) -> record.get("key").asString()).all());
	}

	@Test
	void aProblemsInterventionsAreFilteredSortedAndCutAsCypherReadsThem() {
		List<String> expected = keys("""
				MATCH (:Problem {id: 'leervertraging'})<-[:ADDRESSES]-(i:Intervention)
				WHERE i.retired IS NULL AND i.status IN ['RUNNING', 'EVALUATED']
				RETURN i.id AS key ORDER BY i.name DESC, i.id LIMIT 5""", Map.of());
		assertThat(expected).hasSize(5);
		this.graphQl.document("""
				{ problem(key: "leervertraging") {
				    interventions(where: {statusIn: [RUNNING, EVALUATED]}, orderBy: [{name: DESC}], first: 5) { key } } }""")
			.execute()
			.path("problem.interventions[*].key").entityList(String.class).isEqualTo(expected);
	}

	@Test
	void anInvolvementNamesItsOwnNodeWithTheFieldsSelectedThereThoughNotOnTheNodeItself() {
		String stakeholderName = this.cypher.query("MATCH (s:Stakeholder {id: 'ministerie-ocw'}) RETURN s.name AS name")
			.fetchAs(String.class).mappedBy((ts, record) -> record.get("name").asString()).one().orElseThrow();
		Map<String, Object> involved = this.cypher.query("""
				MATCH (:Stakeholder)-[:INVOLVED_IN]->(i:Intervention) WHERE i.retired IS NULL
				RETURN i.id AS key, i.name AS name ORDER BY key LIMIT 1""").fetch().one().orElseThrow();
		var response = this.graphQl.document("""
				query($intervention: String!) {
				  stakeholder(key: "ministerie-ocw") {
				    key
				    involvements(first: 2) { stakeholder { name type } }
				    involvementsConnection(first: 1) { edges { node { stakeholder { summary } } } } }
				  intervention(key: $intervention) {
				    stakeholders(first: 1) { target { ... on Intervention { name status } } } } }""")
			.variable("intervention", involved.get("key"))
			.execute();
		response.errors().verify();
		response.path("stakeholder.involvements[*].stakeholder.name").entityList(String.class)
			.containsExactly(stakeholderName, stakeholderName);
		response.path("stakeholder.involvements[0].stakeholder.type").entity(String.class).isEqualTo("MINISTRY");
		response.path("stakeholder.involvementsConnection.edges[0].node.stakeholder.summary").entity(String.class)
			.satisfies((summary) -> assertThat(summary).isNotBlank());
		response.path("intervention.stakeholders[0].target.name").entity(String.class).isEqualTo(involved.get("name"));
		response.path("intervention.stakeholders[0].target.status").entity(String.class)
			.satisfies((status) -> assertThat(status).isNotBlank());
	}

	@Test
	void aConnectionsTotalCountIsTheLengthOfTheListWithTheSameFilter() {
		String query = """
				query($where: InterventionWhere) { problem(key: "leervertraging") {
				    all: interventions { key }
				    filtered: interventions(where: $where) { key }
				    page: interventionsConnection(first: 3) { totalCount }
				    filteredPage: interventionsConnection(where: $where, first: 3) { totalCount edges { node { key } } } } }""";
		Map<String, Object> where = Map.of("sectors", Map.of("key", Map.of("eq", "po")));
		var response = this.graphQl.document(query).variable("where", where).execute();
		List<String> all = response.path("problem.all[*].key").entityList(String.class).get();
		List<String> filtered = response.path("problem.filtered[*].key").entityList(String.class).get();
		int total = response.path("problem.page.totalCount").entity(Integer.class).get();
		int filteredTotal = response.path("problem.filteredPage.totalCount").entity(Integer.class).get();
		assertThat(total).isEqualTo(all.size()).isGreaterThan(filteredTotal);
		assertThat(filteredTotal).isEqualTo(filtered.size()).isGreaterThan(3);
		assertThat(filtered).isEqualTo(keys("""
				MATCH (:Problem {id: 'leervertraging'})<-[:ADDRESSES]-(i:Intervention)-[:FOR_SECTOR]->(:Sector {id: 'po'})
				WHERE i.retired IS NULL
				RETURN DISTINCT i.id AS key, coalesce(i.date, i.name, i.title, i.id) AS sort ORDER BY sort, key""",
				Map.of()));
		response.path("problem.filteredPage.edges[*].node.key").entityList(String.class)
			.isEqualTo(filtered.subList(0, 3));
	}

	@Test
	void pagingThroughAConnectionWithAfterVisitsEveryItemOnceInItsOrder() {
		String query = """
				query($after: String) { sector(key: "po") {
				    interventions(orderBy: [{status: ASC}, {name: DESC}]) { key }
				    interventionsConnection(orderBy: [{status: ASC}, {name: DESC}], first: 7, after: $after) {
				      totalCount edges { cursor node { key } } pageInfo { hasNextPage hasPreviousPage endCursor } } } }""";
		List<String> whole = this.graphQl.document(query).execute().path("sector.interventions[*].key")
			.entityList(String.class).get();
		assertThat(whole).hasSizeGreaterThan(14);
		List<String> seen = new ArrayList<>();
		String after = null;
		boolean hasNext = true;
		int pages = 0;
		while (hasNext) {
			var page = this.graphQl.document(query).variable("after", after).execute();
			seen.addAll(page.path("sector.interventionsConnection.edges[*].node.key").entityList(String.class).get());
			page.path("sector.interventionsConnection.totalCount").entity(Integer.class).isEqualTo(whole.size())
				.path("sector.interventionsConnection.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(pages > 0);
			hasNext = page.path("sector.interventionsConnection.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = page.path("sector.interventionsConnection.pageInfo.endCursor").entity(String.class).get();
			pages++;
		}
		assertThat(seen).isEqualTo(whole);
		assertThat(pages).isEqualTo((whole.size() + 6) / 7);
	}

	private static final String PO_PAGES = """
			query($first: Int, $after: String, $last: Int, $before: String) { sector(key: "po") {
			    interventionsConnection(orderBy: [{status: ASC}, {name: DESC}], first: $first, after: $after, last: $last,
			        before: $before) {
			      totalCount edges { cursor node { key } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } }""";

	/** One page of po's interventions: {@code first}/{@code after} or {@code last}/{@code before}. */
	private Map<String, Object> poPage(Integer first, String after, Integer last, String before) {
		return this.graphQl.document(PO_PAGES).variable("first", first).variable("after", after).variable("last", last)
			.variable("before", before).execute().path("sector.interventionsConnection").entity(MAP).get();
	}

	private static List<String> pageKeys(Map<String, Object> page) {
		return ((List<?>) page.get("edges")).stream().map((edge) -> (String) ((Map<?, ?>) ((Map<?, ?>) edge).get("node")).get("key"))
			.toList();
	}

	private static Object pageInfo(Map<String, Object> page, String field) {
		return ((Map<?, ?>) page.get("pageInfo")).get(field);
	}

	@Test
	void pagingBackwardThroughAConnectionGivesTheForwardPagesReversed() {
		List<List<String>> forward = new ArrayList<>();
		List<String> startCursors = new ArrayList<>();
		String after = null;
		do {
			Map<String, Object> page = poPage(7, after, null, null);
			forward.add(pageKeys(page));
			startCursors.add((String) pageInfo(page, "startCursor"));
			after = (Boolean) pageInfo(page, "hasNextPage") ? (String) pageInfo(page, "endCursor") : null;
		}
		while (after != null);
		List<String> whole = forward.stream().flatMap(List::stream).toList();
		assertThat(forward).hasSizeGreaterThan(2);
		assertThat(whole).doesNotHaveDuplicates().isEqualTo(keys("""
				MATCH (:Sector {id: 'po'})<-[:FOR_SECTOR]-(i:Intervention) WHERE i.retired IS NULL
				RETURN i.id AS key ORDER BY i.status, i.name DESC, i.id""", Map.of()));
		// the page before each forward page's first item is the forward page before it
		for (int k = forward.size() - 1; k > 0; k--) {
			Map<String, Object> page = poPage(null, null, forward.get(k - 1).size(), startCursors.get(k));
			assertThat(pageKeys(page)).as("page %s", k - 1).isEqualTo(forward.get(k - 1));
			assertThat(pageInfo(page, "hasPreviousPage")).isEqualTo(k > 1);
			assertThat(pageInfo(page, "hasNextPage")).isEqualTo(true);
			assertThat(page.get("totalCount")).isEqualTo(whole.size());
		}
		// from the end with `last` alone, and on with each page's start cursor, every item comes once, in order
		List<String> seen = new ArrayList<>();
		String before = null;
		boolean hasPrevious = true;
		while (hasPrevious) {
			Map<String, Object> page = poPage(null, null, 7, before);
			List<String> keys = pageKeys(page);
			assertThat(pageInfo(page, "hasNextPage")).isEqualTo(!seen.isEmpty());
			seen.addAll(0, keys);
			hasPrevious = (Boolean) pageInfo(page, "hasPreviousPage");
			before = (String) pageInfo(page, "startCursor");
			assertThat(seen).hasSizeLessThanOrEqualTo(whole.size());
		}
		assertThat(seen).isEqualTo(whole);
	}

	@Test
	void aNestedConnectionRefusesForwardAndBackwardAtOnceAsTheTopLevelListsDo() {
		for (String arguments : List.of("first: 2, last: 2", "after: \"eA\", before: \"eA\"", "last: 0")) {
			List<String> root = new ArrayList<>();
			this.graphQl.document("{ interventions(" + arguments + ") { totalCount } }").execute().errors()
				.satisfy((errors) -> errors.forEach((error) -> root.add(error.getMessage())));
			assertThat(root).hasSize(1);
			this.graphQl.document("{ sector(key: \"po\") { interventionsConnection(" + arguments + ") { totalCount } } }")
				.execute()
				.errors()
				.expect((e) -> "BAD_USER_INPUT".equals(e.getExtensions().get("code"))
						&& e.getMessage().equals("interventionsConnection." + root.get(0)))
				.verify();
		}
	}

	@Test
	void aCursorOfAnotherNodesListIsBadUserInput() {
		String query = """
				query($key: String, $after: String, $before: String) { problem(key: $key) {
				    interventionsConnection(first: 1, after: $after, before: $before) {
				      edges { node { key } } pageInfo { endCursor } } } }""";
		String cursor = this.graphQl.document(query).variable("key", "leervertraging").execute()
			.path("problem.interventionsConnection.pageInfo.endCursor").entity(String.class).get();
		this.graphQl.document(query).variable("key", "leervertraging").variable("after", cursor).execute()
			.path("problem.interventionsConnection.edges").entityList(Object.class).hasSize(1);
		assertThat(keys("MATCH (:Problem {id: 'kansenongelijkheid'})<-[:ADDRESSES]-(i:Intervention)"
				+ " WHERE i.retired IS NULL RETURN i.id AS key", Map.of())).hasSizeGreaterThan(1);
		for (String argument : List.of("after", "before")) {
			this.graphQl.document(argument.equals("after") ? query : query.replace("first: 1, ", "last: 1, "))
				.variable("key", "kansenongelijkheid")
				.variable(argument, cursor)
				.execute()
				.errors()
				.expect((e) -> "BAD_USER_INPUT".equals(e.getExtensions().get("code"))
						&& ("interventionsConnection." + argument).equals(e.getExtensions().get("argument"))
						&& e.getMessage().equals("interventionsConnection." + argument
								+ ": a cursor of the same list of another node; page with the cursors this query returned"))
				.verify();
		}
		// one cursor under many problems is foreign to all but one of them
		this.graphQl.document("""
				query($after: String) { problems(first: 50) { edges { node {
				    interventionsConnection(after: $after) { totalCount } } } } }""")
			.variable("after", cursor)
			.execute()
			.errors()
			.expect((e) -> "interventionsConnection.after".equals(e.getExtensions().get("argument")))
			.verify();
	}

	@Test
	void aliasedSelectionsWithDifferentArgumentsEachGetTheirOwnAnswerForEveryParent() {
		List<Map<String, Object>> problems = this.graphQl.document("""
				{ problems(first: 100) { edges { node { key
				    running: interventions(where: {statusIn: [RUNNING]}) { key }
				    firstTwo: interventions(orderBy: [{key: DESC}], first: 2) { key }
				    count: interventionsConnection(where: {statusIn: [RUNNING]}) { totalCount } } } } }""")
			.execute()
			.path("problems.edges[*].node").entityList(MAP).get();
		assertThat(problems).hasSizeGreaterThan(10);
		int withRunning = 0;
		for (Map<String, Object> problem : problems) {
			Map<String, Object> key = Map.of("key", problem.get("key"));
			List<String> running = keys("""
					MATCH (:Problem {id: $key})<-[:ADDRESSES]-(i:Intervention) WHERE i.retired IS NULL AND i.status = 'RUNNING'
					RETURN i.id AS key ORDER BY coalesce(i.date, i.name, i.title, i.id), i.id""", key);
			assertThat(keysOf(problem.get("running"))).as("running of %s", problem.get("key")).isEqualTo(running);
			assertThat(((Map<?, ?>) problem.get("count")).get("totalCount")).isEqualTo(running.size());
			assertThat(keysOf(problem.get("firstTwo"))).as("first two of %s", problem.get("key")).isEqualTo(keys("""
					MATCH (:Problem {id: $key})<-[:ADDRESSES]-(i:Intervention) WHERE i.retired IS NULL
					RETURN i.id AS key ORDER BY i.id DESC LIMIT 2""", key));
			withRunning += running.isEmpty() ? 0 : 1;
		}
		assertThat(withRunning).isGreaterThan(1);
	}

	@Test
	void whereTheRootFieldDoesNotReadAFieldItIsLoadedForItsNodeWithTheSameArguments() {
		// related interventions come from logic of their own, so their nested lists are read apart from the root's
		List<Map<String, Object>> related = this.graphQl.document("""
				{ interventions(first: 40) { edges { node { related { key
				    problems(orderBy: [{name: DESC}], first: 2) { key }
				    problemsConnection(first: 1) { totalCount pageInfo { hasNextPage } } } } } } }""")
			.execute()
			.path("interventions.edges[*].node.related[*]").entityList(MAP).get();
		assertThat(related).isNotEmpty();
		assertThat(related.stream().filter((intervention) -> firstTwoAndPageOfOne(intervention, "problems", keys("""
				MATCH (:Intervention {id: $key})-[:ADDRESSES]->(p:Problem) WHERE p.retired IS NULL
				RETURN p.id AS key ORDER BY p.name DESC, p.id""", Map.of("key", intervention.get("key"))))).toList())
			.isNotEmpty();
	}

	@Test
	void aTiesStakeholdersHaveTheirNestedListsWithTheirArguments() {
		List<Map<String, Object>> ties = this.graphQl.document("""
				{ stakeholder(key: "ministerie-ocw") { connections { to { key
				    parts(orderBy: [{name: DESC}], first: 2) { key }
				    partsConnection(first: 1) { totalCount edges { node { key } } pageInfo { hasNextPage } } } } } }""")
			.execute()
			.path("stakeholder.connections[*].to").entityList(MAP).get();
		assertThat(ties).isNotEmpty();
		assertThat(ties.stream().filter((to) -> firstTwoAndPageOfOne(to, "parts", keys("""
				MATCH (:Stakeholder {id: $key})<-[:PART_OF]-(p:Stakeholder) WHERE p.retired IS NULL
				RETURN p.id AS key ORDER BY p.name DESC, p.id""", Map.of("key", to.get("key"))))).toList()).isNotEmpty();
	}

	/**
	 * Whether {@code node}'s list {@code list} (its first two) and {@code <list>Connection} (a page of one) agree with
	 * {@code expected}, which is not empty; fails where they disagree.
	 */
	private static boolean firstTwoAndPageOfOne(Map<String, Object> node, String list, List<String> expected) {
		assertThat(keysOf(node.get(list))).as("%s of %s", list, node.get("key"))
			.isEqualTo(expected.subList(0, Math.min(2, expected.size())));
		Map<?, ?> page = (Map<?, ?>) node.get(list + "Connection");
		assertThat(page.get("totalCount")).isEqualTo(expected.size());
		assertThat(((Map<?, ?>) page.get("pageInfo")).get("hasNextPage")).isEqualTo(expected.size() > 1);
		return !expected.isEmpty();
	}

	@Test
	void involvementsAreFilteredByTheirRoleAndTheNodeAtTheOtherEnd() {
		var response = this.graphQl.document("""
				{ stakeholder(key: "ministerie-ocw") {
				    funds: involvements(where: {roleIn: [FUNDS]}) { role target { id ... on Programme { key }
				      ... on Intervention { key } } }
				    programmes: involvements(where: {programme: {}}, first: 2) { target { ... on Programme { key } } } }
				  programme(key: "np-onderwijs") { stakeholders(where: {roleIn: [FUNDS, RESPONSIBLE]}) {
				    role stakeholder { key } } } }""").execute();
		List<String> funded = keys("""
				MATCH (:Stakeholder {id: 'ministerie-ocw'})-[r:INVOLVED_IN]->(t) WHERE t.retired IS NULL AND r.role = 'FUNDS'
				RETURN t.id AS key ORDER BY coalesce(t.date, t.name, t.title, t.id), t.id""", Map.of());
		assertThat(funded).isNotEmpty();
		response.path("stakeholder.funds[*].target.key").entityList(String.class).isEqualTo(funded)
			.path("stakeholder.funds[*].role").entityList(String.class)
			.satisfies((roles) -> assertThat(roles).containsOnly("FUNDS"));
		response.path("stakeholder.programmes[*].target.key").entityList(String.class).isEqualTo(keys("""
				MATCH (:Stakeholder {id: 'ministerie-ocw'})-[:INVOLVED_IN]->(t:Programme) WHERE t.retired IS NULL
				RETURN t.id AS key ORDER BY coalesce(t.date, t.name, t.title, t.id), t.id LIMIT 2""", Map.of()));
		List<String> involved = keys("""
				MATCH (:Programme {id: 'np-onderwijs'})<-[r:INVOLVED_IN]-(t:Stakeholder)
				WHERE t.retired IS NULL AND r.role IN ['FUNDS', 'RESPONSIBLE']
				RETURN t.id AS key ORDER BY coalesce(t.date, t.name, t.title, t.id), t.id""", Map.of());
		assertThat(involved).contains("kabinet");
		response.path("programme.stakeholders[*].stakeholder.key").entityList(String.class).isEqualTo(involved);
	}

	/** The involvements of OCW as {@code role key} of the other end, in the order a Cypher {@code ORDER BY} gives. */
	private List<String> involvementsOfOcw(String orderBy) {
		return keys("MATCH (:Stakeholder {id: 'ministerie-ocw'})-[r:INVOLVED_IN]->(t) WHERE t.retired IS NULL"
				+ " RETURN r.role + ' ' + t.id AS key ORDER BY " + orderBy, Map.of());
	}

	private static final String OCW_INVOLVEMENTS = """
			query($orderBy: [InvolvementOrderBy!], $where: InvolvementWhere, $first: Int, $after: String) {
			  stakeholder(key: "ministerie-ocw") {
			    involvements(where: $where, orderBy: $orderBy) { role target { ... on Programme { key }
			      ... on Intervention { key } } }
			    involvementsConnection(where: $where, orderBy: $orderBy, first: $first, after: $after) {
			      totalCount edges { cursor node { role target { ... on Programme { key } ... on Intervention { key } } } }
			      pageInfo { hasNextPage hasPreviousPage endCursor } } } }""";

	private static List<String> involvements(Object items) {
		return ((List<?>) items).stream().map((item) -> (Map<?, ?>) item)
			.map((item) -> item.get("role") + " " + ((Map<?, ?>) item.get("target")).get("key"))
			.toList();
	}

	@Test
	void involvementsAreSortedByRoleOrTheNameAtTheOtherEndAsCypherSortsThem() {
		var response = this.graphQl.document(OCW_INVOLVEMENTS)
			.variable("orderBy", List.of(Map.of("role", "DESC"), Map.of("name", "ASC")))
			.execute();
		List<String> expected = involvementsOfOcw("r.role DESC, t.name, t.id, head(labels(t)), r.identity");
		assertThat(expected.stream().map((e) -> e.split(" ")[0]).distinct()).as("several roles").hasSizeGreaterThan(2);
		response.path("stakeholder.involvements").entity(Object.class)
			.satisfies((items) -> assertThat(involvements(items)).isEqualTo(expected));
		List<String> pageOfThree = involvements(this.graphQl.document(OCW_INVOLVEMENTS)
			.variable("orderBy", List.of(Map.of("name", "DESC")))
			.variable("first", 3)
			.execute()
			.path("stakeholder.involvementsConnection.edges[*].node").entityList(Object.class).get());
		assertThat(pageOfThree)
			.isEqualTo(involvementsOfOcw("t.name DESC, t.id, head(labels(t)), r.identity LIMIT 3"));
	}

	@Test
	void anInvolvementConnectionsTotalCountIsTheNumberOfMatchingInvolvements() {
		for (Map<String, Object> where : List.of(Map.<String, Object>of(), Map.<String, Object>of("roleIn", List.of("FUNDS")),
				Map.<String, Object>of("intervention", Map.of()))) {
			int expected = this.cypher.query("""
					MATCH (:Stakeholder {id: 'ministerie-ocw'})-[r:INVOLVED_IN]->(t) WHERE t.retired IS NULL
					  AND ($role = '' OR r.role = $role) AND (NOT $interventions OR t:Intervention)
					RETURN count(*) AS n""")
				.bind(where.containsKey("roleIn") ? "FUNDS" : "").to("role")
				.bind(where.containsKey("intervention")).to("interventions")
				.fetchAs(Integer.class).mappedBy((ts, record) -> record.get("n").asInt()).one().orElseThrow();
			var response = this.graphQl.document(OCW_INVOLVEMENTS).variable("where", where).variable("first", 1).execute();
			response.path("stakeholder.involvementsConnection.totalCount").entity(Integer.class).isEqualTo(expected)
				.path("stakeholder.involvements").entityList(Object.class).hasSize(expected)
				.path("stakeholder.involvementsConnection.pageInfo.hasNextPage").entity(Boolean.class)
				.isEqualTo(expected > 1);
		}
	}

	@Test
	void pagingThroughAStakeholdersInvolvementsOneAtATimeVisitsEachOnceThoughOneNodeHasTwoRoles() {
		List<String> whole = involvementsOfOcw("coalesce(t.date, t.name, t.title, t.id), t.id, head(labels(t)), r.identity");
		List<String> targets = whole.stream().map((e) -> e.split(" ")[1]).toList();
		assertThat(targets).as("a node OCW has two roles in, so the key alone does not order its involvements")
			.hasSizeGreaterThan(targets.stream().distinct().toList().size());
		assertThat(whole).hasSizeGreaterThan(20).doesNotHaveDuplicates();
		List<String> seen = new ArrayList<>();
		String after = null;
		boolean hasNext = true;
		while (hasNext) {
			var page = this.graphQl.document(OCW_INVOLVEMENTS).variable("first", 1).variable("after", after).execute();
			page.path("stakeholder.involvementsConnection.totalCount").entity(Integer.class).isEqualTo(whole.size())
				.path("stakeholder.involvementsConnection.pageInfo.hasPreviousPage").entity(Boolean.class)
				.isEqualTo(!seen.isEmpty());
			seen.addAll(involvements(page.path("stakeholder.involvementsConnection.edges[*].node")
				.entityList(Object.class).get()));
			hasNext = page.path("stakeholder.involvementsConnection.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = page.path("stakeholder.involvementsConnection.pageInfo.endCursor").entity(String.class).get();
			assertThat(seen).as("pages so far").hasSizeLessThanOrEqualTo(whole.size());
		}
		assertThat(seen).isEqualTo(whole);
	}

	@Test
	void aProgrammesStakeholdersPageInTheirOrderWithTheStakeholdersFieldsAndTotal() {
		var response = this.graphQl.document("""
				{ programme(key: "np-onderwijs") {
				    stakeholdersConnection(orderBy: [{name: ASC}, {role: DESC}], first: 4) {
				      totalCount edges { node { role stakeholder { key name } } } } } }""").execute();
		List<String> expected = keys("""
				MATCH (:Programme {id: 'np-onderwijs'})<-[r:INVOLVED_IN]-(t:Stakeholder) WHERE t.retired IS NULL
				RETURN r.role + ' ' + t.id + ' ' + t.name AS key ORDER BY t.name, r.role DESC, t.id, r.identity""", Map.of());
		response.path("programme.stakeholdersConnection.totalCount").entity(Integer.class).isEqualTo(expected.size())
			.path("programme.stakeholdersConnection.edges[*].node").entityList(MAP)
			.satisfies((nodes) -> assertThat(nodes.stream().map((node) -> node.get("role") + " "
					+ ((Map<?, ?>) node.get("stakeholder")).get("key") + " " + ((Map<?, ?>) node.get("stakeholder")).get("name"))
				.toList()).isEqualTo(expected.subList(0, 4)));
	}

	@Test
	void anInvolvementCursorOfAnotherOrderIsBadUserInput() {
		String byRole = this.graphQl.document(OCW_INVOLVEMENTS)
			.variable("orderBy", List.of(Map.of("role", "ASC")))
			.variable("first", 1)
			.execute()
			.path("stakeholder.involvementsConnection.pageInfo.endCursor").entity(String.class).get();
		this.graphQl.document(OCW_INVOLVEMENTS)
			.variable("first", 1)
			.variable("after", byRole)
			.execute()
			.errors()
			.expect((e) -> "BAD_USER_INPUT".equals(e.getExtensions().get("code"))
					&& "involvementsConnection.after".equals(e.getExtensions().get("argument")))
			.verify();
	}

	@Test
	void aPageSizeOutOfRangeOrAForeignCursorIsBadUserInput() {
		this.graphQl.document("{ problem(key: \"leervertraging\") { interventions(first: 101) { key } } }")
			.execute()
			.errors()
			.expect((e) -> "BAD_USER_INPUT".equals(e.getExtensions().get("code"))
					&& e.getMessage().equals("interventions.first: must be between 1 and 100, was 101"))
			.verify();
		String rootCursor = this.graphQl.document("{ interventions(first: 1) { pageInfo { endCursor } } }")
			.execute().path("interventions.pageInfo.endCursor").entity(String.class).get();
		this.graphQl.document("query($after: String) { problem(key: \"leervertraging\") {"
				+ " interventionsConnection(after: $after) { totalCount } } }")
			.variable("after", rootCursor)
			.execute()
			.errors()
			.expect((e) -> "BAD_USER_INPUT".equals(e.getExtensions().get("code"))
					&& "interventionsConnection.after".equals(e.getExtensions().get("argument")))
			.verify();
	}

	/** The evidence item that documents the most nodes of the most kinds. */
	private String widestEvidence() {
		return keys("""
				MATCH (e:Evidence)-[:DOCUMENTS]->(t) WHERE e.retired IS NULL AND t.retired IS NULL
				WITH e, count(DISTINCT head(labels(t))) AS kinds, count(t) AS n
				RETURN e.id AS key ORDER BY kinds DESC, n DESC, e.id LIMIT 1""", Map.of()).get(0);
	}

	/** {@code Label:key} of each item of a list of nodes of several kinds, as {@code ... on Node { id }} gives it. */
	private static List<String> labelled(Object items) {
		return ((List<?>) items).stream()
			.map((item) -> GlobalId.decode((String) ((Map<?, ?>) item).get("id")))
			.map((id) -> id.type() + ":" + id.key())
			.toList();
	}

	@Test
	void aListOfSeveralKindsIsFilteredByKindSortedAndCutAsCypherReadsIt() {
		String evidence = widestEvidence();
		Map<String, Object> key = Map.of("key", evidence);
		List<String> all = keys("""
				MATCH (:Evidence {id: $key})-[:DOCUMENTS]->(t) WHERE t.retired IS NULL
				RETURN head(labels(t)) + ':' + t.id AS key ORDER BY coalesce(t.date, t.name, t.title, t.id), t.id, head(labels(t))""",
				key);
		assertThat(all.stream().map((k) -> k.split(":")[0]).distinct()).as("kinds documented").hasSizeGreaterThan(1);
		assertThat(all).hasSizeGreaterThan(3);
		var response = this.graphQl.document("""
				query($key: String) { evidence(key: $key) {
				    documents { id }
				    sorted: documents(orderBy: [{kind: DESC}, {name: ASC}], first: 3) { id }
				    problemsOrProgrammes: documents(where: {OR: [{problem: {}}, {programme: {kindIn: [PROGRAMME, FUND]}}]}) { id }
				    counted: documentsConnection(where: {NOT: {key: {eq: "lerarentekort"}}}, first: 1) { totalCount
				      pageInfo { hasNextPage } } } }""").variable("key", evidence).execute();
		response.path("evidence.documents").entity(Object.class)
			.satisfies((items) -> assertThat(labelled(items)).isEqualTo(all));
		response.path("evidence.sorted").entity(Object.class).satisfies((items) -> assertThat(labelled(items))
			.isEqualTo(keys("""
					MATCH (:Evidence {id: $key})-[:DOCUMENTS]->(t) WHERE t.retired IS NULL
					RETURN head(labels(t)) + ':' + t.id AS key
					ORDER BY head(labels(t)) DESC, coalesce(t.name, t.title), t.id LIMIT 3""", key)));
		response.path("evidence.problemsOrProgrammes").entity(Object.class).satisfies((items) -> assertThat(labelled(items))
			.isEqualTo(keys("""
					MATCH (:Evidence {id: $key})-[:DOCUMENTS]->(t) WHERE t.retired IS NULL
					  AND (t:Problem OR (t:Programme AND t.kind IN ['PROGRAMME', 'FUND']))
					RETURN head(labels(t)) + ':' + t.id AS key
					ORDER BY coalesce(t.date, t.name, t.title, t.id), t.id, head(labels(t))""", key)));
		int counted = (int) all.stream().filter((k) -> !k.endsWith(":lerarentekort")).count();
		response.path("evidence.counted.totalCount").entity(Integer.class).isEqualTo(counted)
			.path("evidence.counted.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(counted > 1);
	}

	@Test
	void pagingThroughAListOfSeveralKindsForwardAndBackwardVisitsEachNodeOnce() {
		String evidence = widestEvidence();
		String query = """
				query($key: String, $first: Int, $after: String, $last: Int, $before: String) { evidence(key: $key) {
				    documents(orderBy: [{key: ASC}]) { id }
				    documentsConnection(orderBy: [{key: ASC}], first: $first, after: $after, last: $last, before: $before) {
				      totalCount edges { node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } }""";
		List<String> whole = labelled(this.graphQl.document(query).variable("key", evidence).execute()
			.path("evidence.documents").entity(Object.class).get());
		List<String> forward = new ArrayList<>();
		List<String> backward = new ArrayList<>();
		String after = null;
		String before = null;
		boolean more = true;
		while (more) {
			Map<String, Object> page = this.graphQl.document(query).variable("key", evidence).variable("first", 2)
				.variable("after", after).execute().path("evidence.documentsConnection").entity(MAP).get();
			forward.addAll(labelled(((List<?>) page.get("edges")).stream().map((e) -> ((Map<?, ?>) e).get("node")).toList()));
			more = (Boolean) pageInfo(page, "hasNextPage");
			after = (String) pageInfo(page, "endCursor");
			assertThat(page.get("totalCount")).isEqualTo(whole.size());
		}
		more = true;
		while (more) {
			Map<String, Object> page = this.graphQl.document(query).variable("key", evidence).variable("last", 2)
				.variable("before", before).execute().path("evidence.documentsConnection").entity(MAP).get();
			backward.addAll(0, labelled(((List<?>) page.get("edges")).stream().map((e) -> ((Map<?, ?>) e).get("node")).toList()));
			more = (Boolean) pageInfo(page, "hasPreviousPage");
			before = (String) pageInfo(page, "startCursor");
		}
		assertThat(whole).doesNotHaveDuplicates().hasSizeGreaterThan(3);
		assertThat(forward).isEqualTo(whole);
		assertThat(backward).isEqualTo(whole);
	}

	@Test
	void whatEvidenceSupportsIsFilteredByWhatEachKindIsAsCypherFiltersIt() {
		String evidence = keys("""
				MATCH (e:Evidence)<-[:SUPPORTED_BY]-(t) WHERE e.retired IS NULL AND t.retired IS NULL
				WITH e, count(t) AS n RETURN e.id AS key ORDER BY n DESC, e.id LIMIT 1""", Map.of()).get(0);
		Map<String, Object> key = Map.of("key", evidence);
		var response = this.graphQl.document("""
				query($key: String) { evidence(key: $key) {
				    supports { id }
				    running: supports(where: {intervention: {statusIn: [RUNNING]}}, orderBy: [{name: DESC}]) { id }
				    supportsConnection(where: {intervention: {statusIn: [RUNNING]}}, first: 1) { totalCount } } }""")
			.variable("key", evidence).execute();
		List<String> running = keys("""
				MATCH (:Evidence {id: $key})<-[:SUPPORTED_BY]-(t:Intervention) WHERE t.retired IS NULL AND t.status = 'RUNNING'
				RETURN 'Intervention:' + t.id AS key ORDER BY t.name DESC, t.id""", key);
		response.path("evidence.supports").entityList(Object.class).hasSizeGreaterThan(running.size())
			.path("evidence.running").entity(Object.class)
			.satisfies((items) -> assertThat(labelled(items)).isEqualTo(running).isNotEmpty())
			.path("evidence.supportsConnection.totalCount").entity(Integer.class).isEqualTo(running.size());
	}

	/** The stakeholder with the most ties, among those with ties both ways. */
	private String mostTied() {
		return keys("""
				MATCH (s:Stakeholder)-[r:CONNECTED_TO]-(:Stakeholder) WHERE s.retired IS NULL
				WITH s, count(r) AS n, count(CASE WHEN startNode(r) = s THEN 1 END) AS out
				RETURN s.id AS key ORDER BY (out > 0 AND out < n) DESC, n DESC, s.id LIMIT 1""", Map.of()).get(0);
	}

	/** The ties of {@code key} as {@code role from to}, in the order a Cypher {@code ORDER BY} on {@code r}, {@code t}, {@code s} gives. */
	private List<String> tiesOf(String key, String where, String orderBy, String type) {
		return keys("MATCH (s:Stakeholder {id: $key})-[r:CONNECTED_TO]-(t:Stakeholder) WHERE t.retired IS NULL"
				+ where + " RETURN r.role + ' ' + startNode(r).id + ' ' + endNode(r).id AS key ORDER BY " + orderBy,
				Map.of("key", key, "type", type));
	}

	private static final String TIES = """
			query($key: String, $where: StakeholderTieWhere, $orderBy: [StakeholderTieOrderBy!], $first: Int, $after: String,
			    $last: Int, $before: String) { stakeholder(key: $key) {
			    all: connections { role from { key name } to { key name } }
			    connections(where: $where, orderBy: $orderBy) { role from { key } to { key } }
			    connectionsConnection(where: $where, orderBy: $orderBy, first: $first, after: $after, last: $last,
			        before: $before) {
			      totalCount edges { node { role from { key } to { key } } }
			      pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } }""";

	private static List<String> ties(Object items) {
		return ((List<?>) items).stream().map((item) -> (Map<?, ?>) item)
			.map((tie) -> tie.get("role") + " " + ((Map<?, ?>) tie.get("from")).get("key") + " "
					+ ((Map<?, ?>) tie.get("to")).get("key"))
			.toList();
	}

	@Test
	void aStakeholdersTiesComeOutgoingFirstAndAreFilteredAndSortedAsCypherReadsThem() {
		String tied = mostTied();
		String type = keys("MATCH (:Stakeholder {id: $key})-[:CONNECTED_TO]-(t:Stakeholder) WHERE t.retired IS NULL"
				+ " RETURN t.type AS key ORDER BY t.type LIMIT 1", Map.of("key", tied)).get(0);
		var response = this.graphQl.document(TIES).variable("key", tied)
			.variable("where", Map.of("stakeholder", Map.of("typeIn", List.of(type))))
			.variable("orderBy", List.of(Map.of("role", "DESC"), Map.of("name", "ASC")))
			.variable("first", 2)
			.execute();
		List<String> all = tiesOf(tied, "", "startNode(r) = s DESC, coalesce(t.date, t.name, t.title, t.id), t.id, r.identity",
				type);
		assertThat(all).hasSizeGreaterThan(2);
		assertThat(all.stream().map((tie) -> tie.split(" ")[1].equals(tied)).distinct()).as("both ways")
			.hasSize(2);
		response.path("stakeholder.all").entity(Object.class).satisfies((items) -> assertThat(ties(items)).isEqualTo(all))
			.path("stakeholder.all[*].from.name").entityList(String.class).satisfies((names) -> assertThat(names)
				.isEqualTo(keys("MATCH (s:Stakeholder {id: $key})-[r:CONNECTED_TO]-(t:Stakeholder)"
						+ " WHERE t.retired IS NULL RETURN startNode(r).name AS key ORDER BY startNode(r) = s DESC,"
						+ " coalesce(t.date, t.name, t.title, t.id), t.id, r.identity", Map.of("key", tied))));
		List<String> filtered = tiesOf(tied, " AND t.type = $type",
				"r.role DESC, t.name, t.id, startNode(r) = s DESC, r.identity", type);
		assertThat(filtered).isNotEmpty();
		response.path("stakeholder.connections").entity(Object.class)
			.satisfies((items) -> assertThat(ties(items)).isEqualTo(filtered))
			.path("stakeholder.connectionsConnection.totalCount").entity(Integer.class).isEqualTo(filtered.size())
			.path("stakeholder.connectionsConnection.edges[*].node").entity(Object.class)
			.satisfies((items) -> assertThat(ties(items)).isEqualTo(filtered.subList(0, Math.min(2, filtered.size()))));
	}

	@Test
	void pagingThroughAStakeholdersTiesForwardAndBackwardVisitsEachOnce() {
		String tied = mostTied();
		var whole = this.graphQl.document(TIES).variable("key", tied).variable("where", Map.of("roleIn", List.of("FUNDS", "PARTNERS_WITH",
				"ADVISES", "REPRESENTS", "SUPERVISES", "COMMISSIONS", "MEMBER_OF"))).execute()
			.path("stakeholder.connections").entity(Object.class).get();
		List<String> all = ties(whole);
		assertThat(all).hasSizeGreaterThan(2).doesNotHaveDuplicates();
		List<String> forward = new ArrayList<>();
		String after = null;
		boolean more = true;
		while (more) {
			Map<String, Object> page = this.graphQl.document(TIES).variable("key", tied).variable("first", 1).variable("after", after)
				.execute().path("stakeholder.connectionsConnection").entity(MAP).get();
			forward.addAll(ties(((List<?>) page.get("edges")).stream().map((e) -> ((Map<?, ?>) e).get("node")).toList()));
			more = (Boolean) pageInfo(page, "hasNextPage");
			after = (String) pageInfo(page, "endCursor");
		}
		List<String> backward = new ArrayList<>();
		String before = null;
		more = true;
		while (more) {
			Map<String, Object> page = this.graphQl.document(TIES).variable("key", tied).variable("last", 1).variable("before", before)
				.execute().path("stakeholder.connectionsConnection").entity(MAP).get();
			backward.addAll(0, ties(((List<?>) page.get("edges")).stream().map((e) -> ((Map<?, ?>) e).get("node")).toList()));
			more = (Boolean) pageInfo(page, "hasPreviousPage");
			before = (String) pageInfo(page, "startCursor");
		}
		assertThat(forward).isEqualTo(all);
		assertThat(backward).isEqualTo(all);
	}

	private static List<String> keysOf(Object items) {
		return ((List<?>) items).stream().map((item) -> (String) ((Map<?, ?>) item).get("key")).toList();
	}

}
