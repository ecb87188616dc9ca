package nl.onderwijsgraaf.curation;

import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** Testers for the curation tests, as an anonymous reader and as the test curator. */
final class Testers {

	private Testers() {
	}

	static GraphQlTester anonymous(HttpGraphQlTester tester) {
		return tester;
	}

	static GraphQlTester curator(HttpGraphQlTester tester) {
		return tester.mutate().header("Authorization", "Bearer test-curator-token").build();
	}

}
