package nl.onderwijsgraaf.curation;

import java.time.Duration;

import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Testers for the curation tests, as an anonymous reader and as the test curator. Why a long timeout: the machine
 * that runs the suite may be busy; these tests assert outcomes, not speed.
 */
final class Testers {

	private static final Duration PATIENCE = Duration.ofSeconds(120);

	private Testers() {
	}

	static GraphQlTester anonymous(HttpGraphQlTester tester) {
		return tester.mutate().webTestClient((client) -> client.responseTimeout(PATIENCE)).responseTimeout(PATIENCE)
			.build();
	}

	static GraphQlTester curator(HttpGraphQlTester tester) {
		return tester.mutate().webTestClient((client) -> client.responseTimeout(PATIENCE)).responseTimeout(PATIENCE)
			.header("Authorization", "Bearer test-curator-token").build();
	}

}
