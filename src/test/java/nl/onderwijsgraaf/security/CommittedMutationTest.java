package nl.onderwijsgraaf.security;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import nl.onderwijsgraaf.ServiceTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A mutation that committed is answered as committed, however long it took, and a client that did not get the answer
 * can send the request again with the same {@code Idempotency-Key} and gets the first result, with nothing made
 * twice. With a timeout of 200 ms, which a create on a busy machine outlasts: queries are cancelled at it, writes are
 * not.
 */
@ServiceTest
@TestPropertySource(properties = "onderwijsgraaf.limits.timeout=200ms")
class CommittedMutationTest {

	private static final String CREATE_PROBLEM = """
			mutation($input: CreateProblemInput!) {
			  createProblem(input: $input) { problem { id key version } errors { code message } } }""";

	private static final Duration PATIENCE = Duration.ofSeconds(120);

	@LocalServerPort
	int port;

	@Autowired
	Driver driver;

	private static Map<String, Object> problem(String key) {
		return Map.of("key", key, "name", "Testprobleem " + key, "nameEn", "A test problem", "summary",
				"Een probleem om te testen.", "domain", "EDUCATION", "provenance", List.of("d003 p.12"));
	}

	private GraphQlHttp.Answer create(String key, String idempotencyKey) {
		return new GraphQlHttp(this.port).postWithin(PATIENCE,
				GraphQlHttp.JSON.writeValueAsString(Map.of("query", CREATE_PROBLEM, "variables",
						Map.of("input", problem(key)))),
				"Bearer test-curator-token", idempotencyKey);
	}

	private long count(String cypher, Map<String, Object> parameters) {
		try (var session = this.driver.session()) {
			return session.run(cypher, parameters).single().get(0).asLong();
		}
	}

	@Test
	void everySavedCreateIsReportedAsSaved() {
		for (int i = 0; i < 5; i++) {
			String key = "opgeslagen-" + i;
			GraphQlHttp.Answer answer = create(key, null).assertWellFormed(null);
			assertThat(answer.codes()).as(answer.body()).isEmpty();
			assertThat(answer.json().path("data").path("createProblem").path("problem").path("key").asString())
				.isEqualTo(key);
			assertThat(count("MATCH (p:Problem {id: $key}) RETURN count(p)", Map.of("key", key))).isEqualTo(1);
		}
	}

	@Test
	void aRetryWithTheSameKeyAnswersTheFirstResultAndChangesNothing() {
		JsonNode first = create("herhaald", "retry-1").json().path("data").path("createProblem");
		assertThat(first.path("errors")).isEmpty();
		long audit = count("MATCH (a:AuditEntry) RETURN count(a)", Map.of());
		long generation = count("MATCH (m:GraphMeta) RETURN m.generation", Map.of());

		JsonNode again = create("herhaald", "retry-1").json().path("data").path("createProblem");

		assertThat(again.path("errors")).as(again.toString()).isEmpty(); // not ALREADY_EXISTS
		assertThat(again.path("problem")).isEqualTo(first.path("problem"));
		assertThat(count("MATCH (p:Problem {id: 'herhaald'}) RETURN count(p)", Map.of())).isEqualTo(1);
		assertThat(count("MATCH (a:AuditEntry) RETURN count(a)", Map.of())).isEqualTo(audit);
		assertThat(count("MATCH (m:GraphMeta) RETURN m.generation", Map.of())).isEqualTo(generation);
	}

	@Test
	void aKeySentAgainWithAnotherChangeIsRefused() {
		assertThat(create("eerste-wijziging", "retry-2").codes()).isEmpty();
		JsonNode other = create("andere-wijziging", "retry-2").json().path("data").path("createProblem");
		assertThat(other.path("errors").get(0).path("code").asString()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
		assertThat(count("MATCH (p:Problem {id: 'andere-wijziging'}) RETURN count(p)", Map.of())).isZero();
	}

	@Test
	void withoutAKeyASecondCreateIsRefusedAsExisting() {
		assertThat(create("zonder-sleutel", null).codes()).isEmpty();
		JsonNode again = create("zonder-sleutel", null).json().path("data").path("createProblem");
		assertThat(again.path("errors").get(0).path("code").asString()).isEqualTo("ALREADY_EXISTS");
	}

	@Test
	void aMalformedKeyIsRefused() {
		assertThat(create("slechte-sleutel", "x".repeat(201)).codes()).containsExactly("BAD_REQUEST");
		assertThat(count("MATCH (p:Problem {id: 'slechte-sleutel'}) RETURN count(p)", Map.of())).isZero();
	}

}
