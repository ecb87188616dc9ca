package nl.onderwijsgraaf.problem;

import nl.onderwijsgraaf.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
class ProblemQueriesTest {

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void teacherShortageIsOneProblemCitedByEveryDocumentThatTreatsIt() {
		var sources = this.graphQl.document("""
				{ problem(key: "lerarentekort") { name nameEn provenance { source { key } } } }""")
			.execute()
			.path("problem.name").entity(String.class).isEqualTo("Lerarentekort")
			.path("problem.provenance[*].source.key").entityList(String.class).get();
		assertThat(sources).contains("d000", "d002", "d004");
	}

}
