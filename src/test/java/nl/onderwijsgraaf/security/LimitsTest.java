package nl.onderwijsgraaf.security;

import java.util.Map;

import nl.onderwijsgraaf.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Each limit refuses an operation beyond it with its own code, and lets one within it run (default limits). */
@ServiceTest
class LimitsTest {

	@LocalServerPort
	int port;

	private GraphQlHttp.Answer post(String query) {
		return new GraphQlHttp(this.port).post(query, null, null).assertWellFormed(null);
	}

	/** {@code levels} fields deep along a single-object field, so that the cost stays low. */
	private static String nested(int levels) {
		return "{ intervention(key: \"mk-zomerschool\") { " + "partOf { ".repeat(levels - 2) + "key"
				+ " }".repeat(levels - 2) + " } }";
	}

	@Test
	void anOperationTwelveLevelsDeepRuns() {
		assertThat(post(nested(12)).codes()).isEmpty();
	}

	@Test
	void anOperationDeeperThanTheLimitIsRefused() {
		assertThat(post(nested(13)).codes()).containsExactly("QUERY_TOO_DEEP");
	}

	@Test
	void aFirstThatMultipliesNestedListsBeyondTheCostIsRefused() {
		assertThat(post("{ interventions(first: 100) { edges { node { problems { interventions { problems { key } } } } } } }")
			.codes()).containsExactly("QUERY_TOO_COMPLEX");
	}

	@Test
	void theSameSelectionOnASmallPageRuns() {
		assertThat(post("{ interventions(first: 2) { edges { node { problems { interventions { problems { key } } } } } } }")
			.codes()).isEmpty();
	}

	@Test
	void theCostCountsAFirstGivenAsVariable() {
		var answer = new GraphQlHttp(this.port).post(
				"query($n: Int) { interventions(first: $n) { edges { node { problems { interventions { problems { key } } } } } } }",
				Map.of("n", 100), null);
		assertThat(answer.codes()).containsExactly("QUERY_TOO_COMPLEX");
	}

	@Test
	void aFragmentBombIsRefusedBeforeItRuns() {
		StringBuilder document = new StringBuilder("{ problems { edges { node { ...F30 } } } }\n");
		document.append("fragment F0 on Problem { key }\n");
		for (int i = 1; i <= 30; i++) {
			document.append("fragment F").append(i).append(" on Problem { ...F").append(i - 1).append(" ...F")
				.append(i - 1).append(" }\n");
		}
		assertThat(post(document.toString()).codes()).containsExactly("QUERY_TOO_COMPLEX");
	}

	@Test
	void moreAliasesThanTheLimitAreRefused() {
		StringBuilder aliases = new StringBuilder();
		for (int i = 0; i < 31; i++) {
			aliases.append(" a").append(i).append(": key");
		}
		assertThat(post("{ problems(first: 1) { edges { node {" + aliases + " } } } }").codes())
			.containsExactly("TOO_MANY_ALIASES");
	}

	@Test
	void moreRootFieldsThanTheLimitAreRefused() {
		assertThat(post("{" + " __typename".repeat(21) + " }").codes()).containsExactly("TOO_MANY_ROOT_FIELDS");
	}

	@Test
	void aBodyLargerThanTheLimitIsRefusedWith413() {
		var answer = new GraphQlHttp(this.port).post("{ search(query: \"" + "x".repeat(70_000) + "\") { totalCount } }",
				null, null);
		assertThat(answer.status()).isEqualTo(413);
		assertThat(answer.codes()).containsExactly("PAYLOAD_TOO_LARGE");
	}

	@Test
	void aBatchIsRefusedWithAClearError() {
		var answer = new GraphQlHttp(this.port).post("[{\"query\":\"{ __typename }\"}]", null);
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.codes()).containsExactly("BATCHING_NOT_SUPPORTED");
	}

	@Test
	void aBodyThatIsNotJsonGetsCodeBadRequest() {
		var answer = new GraphQlHttp(this.port).post("not json", null);
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.codes()).containsExactly("BAD_REQUEST");
	}

	@Test
	void syntaxErrorsAndValidationErrorsGetTheirCodes() {
		assertThat(post("{ problems(first: 1) {").codes()).containsExactly("GRAPHQL_PARSE_FAILED");
		assertThat(post("{ noSuchField }").codes()).containsExactly("GRAPHQL_VALIDATION_FAILED");
	}

	@Test
	void aVariableOfTheWrongTypeIsBadUserInput() {
		assertThat(new GraphQlHttp(this.port)
			.post("query($n: Int) { problems(first: $n) { totalCount } }", Map.of("n", "many"), null)
			.codes()).containsExactly("BAD_USER_INPUT");
	}

	@Test
	void answersCarryTheRateLimitHeaders() {
		var answer = post("{ __typename }");
		assertThat(answer.headers()).containsKeys("x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-reset");
	}

	@Test
	void introspectionIsOnByDefault() {
		assertThat(post("{ __schema { queryType { name } } }").json().path("data").path("__schema").path("queryType")
			.path("name").asString()).isEqualTo("Query");
	}

}
