package nl.onderwijsgraaf.curation;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who sees what of the graph's history: the audit log (names, content before and after) for curators only; the
 * public change feed says what changed and when, never who or what it held.
 */
@CuratedServiceTest
class ChangeFeedTest {

	@Autowired
	HttpGraphQlTester tester;

	GraphQlTester anonymous;

	GraphQlTester curator;

	GraphQlTester reader;

	@BeforeEach
	void clients() {
		this.anonymous = Testers.anonymous(this.tester);
		this.curator = Testers.curator(this.tester);
		this.reader = this.tester.mutate().header("Authorization", "Bearer test-reader-token").build();
	}

	@Test
	void theAuditLogIsForCuratorsOnly() {
		String audit = "{ auditLog { totalCount edges { node { curator before after } } } }";
		this.anonymous.document(audit).execute().errors()
			.expect((e) -> "UNAUTHENTICATED".equals(e.getExtensions().get("code"))).verify()
			.path("auditLog").pathDoesNotExist();
		this.reader.document(audit).execute().errors()
			.expect((e) -> "FORBIDDEN".equals(e.getExtensions().get("code"))).verify()
			.path("auditLog").pathDoesNotExist();
		this.curator.document(audit).execute().errors().verify().path("auditLog.totalCount").hasValue();
	}

	@Test
	void curatorNotesOnEvidenceAndSourcesAreForCuratorsOnly() {
		String notes = """
				{ evidence(key: "d003-ev-budget-8-5-miljard") { claim note } source(key: "d002") { title note } }""";
		// a reader still gets the claim and the title; only the notes are refused
		this.anonymous.document(notes).execute().errors()
			.expect((e) -> "UNAUTHENTICATED".equals(e.getExtensions().get("code"))).verify()
			.path("evidence.claim").hasValue()
			.path("evidence.note").valueIsNull()
			.path("source.note").valueIsNull();
		this.reader.document(notes).execute().errors()
			.expect((e) -> "FORBIDDEN".equals(e.getExtensions().get("code"))).verify()
			.path("source.title").hasValue()
			.path("source.note").valueIsNull();
		this.curator.document(notes).execute().errors().verify()
			.path("evidence.note").entity(String.class).satisfies((n) -> assertThat(n).contains("8,5 miljard"))
			.path("source.note").hasValue();
	}

	@Test
	void theChangeFeedShowsACuratorsChangeWithoutNameOrContent() {
		this.curator.document(CurationMutationsTest.CREATE_PROBLEM)
			.variable("input", CurationMutationsTest.problem("feedprobleem", "Probleem voor de wijzigingenstroom"))
			.execute().path("createProblem.errors").entityList(Object.class).hasSize(0);
		var latest = this.anonymous.document("""
				{ changes(last: 1) { totalCount edges { node { sequence at generation kind key id operation } }
				  pageInfo { hasNextPage hasPreviousPage } } }""").execute();
		latest.path("changes.edges[0].node.kind").entity(String.class).isEqualTo("Problem");
		latest.path("changes.edges[0].node.key").entity(String.class).isEqualTo("feedprobleem");
		latest.path("changes.edges[0].node.operation").entity(String.class).isEqualTo("CREATE");
		latest.path("changes.edges[0].node.generation").entity(Integer.class).satisfies((g) -> assertThat(g).isPositive());
		latest.path("changes.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
		String id = latest.path("changes.edges[0].node.id").entity(String.class).get();
		this.anonymous.document("query($id: ID!) { node(id: $id) { ... on Problem { key } } }").variable("id", id)
			.execute().path("node.key").entity(String.class).isEqualTo("feedprobleem");

		List<String> fields = this.anonymous.document("{ __type(name: \"GraphChange\") { fields { name } } }").execute()
			.path("__type.fields[*].name").entityList(String.class).get();
		assertThat(fields).doesNotContain("curator", "before", "after");
	}

	@Test
	void followingTheFeedFromACursorGivesOnlyLaterChanges() {
		// a change before the cursor, so that the feed has an end to follow from whichever test runs first
		this.curator.document(CurationMutationsTest.CREATE_PROBLEM)
			.variable("input", CurationMutationsTest.problem("voorprobleem", "Probleem voor de cursor"))
			.execute().path("createProblem.errors").entityList(Object.class).hasSize(0);
		String end = this.anonymous.document("{ changes(last: 1) { pageInfo { endCursor } } }").execute()
			.path("changes.pageInfo.endCursor").entity(String.class).get();
		this.curator.document(CurationMutationsTest.CREATE_PROBLEM)
			.variable("input", CurationMutationsTest.problem("volgprobleem", "Probleem om de stroom te volgen"))
			.execute().path("createProblem.errors").entityList(Object.class).hasSize(0);
		this.anonymous.document("query($after: String) { changes(after: $after) { edges { node { key operation } } } }")
			.variable("after", end).execute()
			.path("changes.edges[*].node.key").entityList(String.class).containsExactly("volgprobleem");
	}

}
