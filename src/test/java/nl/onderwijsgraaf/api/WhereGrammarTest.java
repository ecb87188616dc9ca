package nl.onderwijsgraaf.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import nl.onderwijsgraaf.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The one where/orderBy grammar of every top-level list, on the seeded graph. */
@ServiceTest
class WhereGrammarTest {

	@Autowired
	HttpGraphQlTester graphQl;

	@LocalServerPort
	int port;

	@Test
	void filtersByRelationshipAndEnumAndSortsDescendingAcrossPages() {
		String document = """
				query($after: String) { interventions(first: 2, after: $after,
				    where: {problems: {key: {eq: "leervertraging"}}, status: {in: ["RUNNING", "EVALUATED"]}},
				    orderBy: [{name: DESC}]) {
				  totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { node { key } } } }""";
		var first = this.graphQl.document(document).execute();
		first.path("interventions.totalCount").entity(Integer.class).isEqualTo(31)
			.path("interventions.edges[*].node.key").entityList(String.class)
			.containsExactly("mk-zomerschool", "mk-vroegschoolse-interventies")
			.path("interventions.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(false);
		String after = first.path("interventions.pageInfo.endCursor").entity(String.class).get();
		this.graphQl.document(document).variable("after", after).execute()
			.path("interventions.edges[*].node.key").entityList(String.class)
			.containsExactly("mk-uitbreiding-onderwijstijd", "mk-tijdelijke-aanstelling-personeel")
			.path("interventions.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(true)
			.path("interventions.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
	}

	@Test
	void findsStakeholdersInvolvedInAProgrammeWithARole() {
		this.graphQl.document("""
				{ stakeholders(where: {involvements: {role: {eq: "FUNDS"}, programme: {key: {eq: "np-onderwijs"}}}}) {
				    totalCount edges { node { key } } } }""")
			.execute()
			.path("stakeholders.edges[*].node.key").entityList(String.class).containsExactly("kabinet");
	}

	@Test
	void findsInterventionsByTheRoleOfAStakeholderInThem() {
		this.graphQl.document("""
				{ interventions(where: {stakeholders: {role: {eq: "FUNDS"}, stakeholder: {key: {eq: "ministerie-ocw"}}}}) {
				    edges { node { key } } } }""")
			.execute()
			.path("interventions.edges[*].node.key").entityList(String.class)
			.containsExactly("d000-breng-cultuur-naar-publiek", "d000-cultify", "d000-cultuurshot",
					"d001-npo-flankerende-steun-gemeenten", "d003-np-onderwijs-caribisch-nederland",
					"d003-school-en-omgeving-coalities", "d003-school-en-omgeving-via-bekostiging");
	}

	@Test
	void comparesNumbersAndSortsByMoreThanOneField() {
		this.graphQl.document("""
				{ evidenceItems(where: {ratingScheme: {eq: "EEF_TOOLKIT"}, impactMonths: {gte: 7}},
				    orderBy: [{impactMonths: DESC}, {key: ASC}]) { totalCount edges { node { key impactMonths } } } }""")
			.execute()
			.path("evidenceItems.edges[*].node.key").entityList(String.class)
			.containsExactly("ref-eef-metacognition-and-self-regulation", "ref-eef-reading-comprehension-strategies")
			.path("evidenceItems.edges[*].node.impactMonths").entityList(Integer.class).containsExactly(8, 7);
	}

	@Test
	void containsIgnoresCase() {
		this.graphQl.document("{ problems(where: {name: {contains: \"LERAREN\"}}) { totalCount edges { node { key } } } }")
			.execute()
			.path("problems.totalCount").entity(Integer.class).isEqualTo(8)
			.path("problems.edges[0].node.key").entity(String.class).isEqualTo("beperkte-loopbaanperspectieven-leraren");
	}

	@Test
	void notNegatesARelationshipFilter() {
		this.graphQl.document("{ all: countries { totalCount } without: countries(where: {NOT: {practices: {}}}) { totalCount } "
				+ "with: countries(where: {practices: {}}) { totalCount } }")
			.execute()
			// the United States has practices since Uncommon Schools and its giving culture got a node (issue 12)
			.path("without.totalCount").entity(Integer.class).isEqualTo(4)
			.path("with.totalCount").entity(Integer.class).isEqualTo(11)
			.path("all.totalCount").entity(Integer.class).isEqualTo(15);
	}

	@Test
	void allAndNoneAskEveryOrNoRelatedNodeToMatch() {
		var response = this.graphQl.document("""
				{ without: countries(where: {NOT: {practices: {}}}) { totalCount }
				  none: countries(where: {practicesNone: {}}) { totalCount }
				  onlyFinnish: countries(where: {practicesAll: {country: {key: {eq: "fi"}}}}) { edges { node { key } } } }""")
			.execute();
		int without = response.path("without.totalCount").entity(Integer.class).get();
		assertThat(without).isPositive();
		response.path("none.totalCount").entity(Integer.class).isEqualTo(without)
			// Finland, and the countries without practices (every one of none matches)
			.path("onlyFinnish.edges[*].node.key").entityList(String.class).hasSize(without + 1).contains("fi");
	}

	@Test
	void anEmptyOrMatchesNothingAndAnEmptyAndEverything() {
		this.graphQl.document("{ none: sources(where: {OR: []}) { totalCount edges { node { key } } } "
				+ "all: sources(where: {AND: []}) { totalCount } }")
			.execute()
			.path("none.totalCount").entity(Integer.class).isEqualTo(0)
			.path("none.edges").entityList(Object.class).hasSize(0)
			.path("all.totalCount").entity(Integer.class).isEqualTo(8);
	}

	@Test
	void everyTopLevelListTakesWhereAndOrderBy() {
		for (String list : List.of("problems", "interventions", "evidenceItems", "stakeholders", "programmes", "goals",
				"events", "countries", "practices", "sectors", "targetGroups", "places", "sources")) {
			this.graphQl.document("{ " + list + "(where: {key: {eq: \"bestaat-niet\"}}, orderBy: [{key: DESC}]) { totalCount } }")
				.execute()
				.path(list + ".totalCount").entity(Integer.class).isEqualTo(0);
		}
		this.graphQl.document("{ goals(where: {type: {eq: \"DOELGEBIED\"}}, orderBy: [{code: DESC}]) { edges { node { code } } } }")
			.execute()
			.path("goals.edges[*].node.code").entityList(String.class).containsExactly("F", "E", "D", "C", "B", "A");
	}

	@Test
	void enumFieldsFilterByTheirEnumTypeAndAMisspeltValueFailsValidation() {
		this.graphQl.document("""
				{ typed: interventions(where: {problems: {key: {eq: "leervertraging"}}, statusIn: [RUNNING, EVALUATED]}) {
				    totalCount }
				  byRole: stakeholders(where: {involvements: {roleIn: [FUNDS], programme: {key: {eq: "np-onderwijs"}}}}) {
				    edges { node { key } } } }""")
			.execute()
			.path("typed.totalCount").entity(Integer.class).isEqualTo(31)
			.path("byRole.edges[*].node.key").entityList(String.class).containsExactly("kabinet");
		this.graphQl.document("{ interventions(where: {statusIn: [RUNING]}) { totalCount } }")
			.execute()
			.errors()
			.expect((e) -> "BAD_USER_INPUT".equals(e.getExtensions().get("code")) && e.getMessage().contains("RUNING"))
			.verify();
	}

	@Test
	void rejectsAnEnumValueNamingItsPath() {
		this.graphQl.document("{ interventions(where: {OR: [{status: {eq: \"BOGUS\"}}]}) { totalCount } }")
			.execute()
			.errors()
			.expect((e) -> "BAD_USER_INPUT".equals(e.getExtensions().get("code"))
					&& "where.OR[0].status.eq".equals(e.getExtensions().get("argument"))
					&& e.getMessage().startsWith("where.OR[0].status.eq: 'BOGUS' is not a InterventionStatus"))
			.verify();
	}

	@Test
	void rejectsContainsOnAnEnumField() {
		this.graphQl.document("{ interventions(where: {status: {contains: \"RUN\"}}) { totalCount } }")
			.execute()
			.errors()
			.expect((e) -> "BAD_USER_INPUT".equals(e.getExtensions().get("code"))
					&& e.getMessage().equals("where.status.contains: not allowed on an enum field; use eq or in"))
			.verify();
	}

	@Test
	void rejectsAnUnknownFieldAsBadUserInput() {
		this.graphQl.document("{ problems(where: {foo: {eq: \"x\"}}) { totalCount } }")
			.execute()
			.errors()
			.expect((e) -> "BAD_USER_INPUT".equals(e.getExtensions().get("code"))
					&& "where".equals(e.getExtensions().get("argument")) && e.getMessage().contains("'foo'"))
			.verify();
	}

	@Test
	void rejectsAnOrderByEntryThatNamesTwoFields() {
		this.graphQl.document("{ problems(orderBy: [{key: ASC, name: DESC}]) { totalCount } }")
			.execute()
			.errors()
			.expect((e) -> "BAD_USER_INPUT".equals(e.getExtensions().get("code"))
					&& e.getMessage().equals("orderBy[0]: name exactly one field, e.g. {name: ASC}; named 2"))
			.verify();
	}

	@Test
	void servesTheSdlOverHttp() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql/schema")).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("input InterventionWhere {", "orderBy: [InterventionOrderBy!] = []");
	}

}
