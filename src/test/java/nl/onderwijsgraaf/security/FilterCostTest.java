package nl.onderwijsgraaf.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.onderwijsgraaf.ServiceTest;
import nl.onderwijsgraaf.api.CypherCondition;
import nl.onderwijsgraaf.api.WhereGrammar;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.summary.Plan;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A {@code where} is bounded before any Cypher runs: its conditions, its chains of relationship filters and its
 * {@code in} lists each have a limit, refused with {@code FILTER_TOO_COMPLEX} and a message that names the limit;
 * and the Cypher a filter on a key or an indexed property compiles to starts from the index.
 */
@ServiceTest
class FilterCostTest {

	@LocalServerPort
	int port;

	@Autowired
	WhereGrammar grammar;

	@Autowired
	Driver driver;

	private JsonError refusal(String query) {
		GraphQlHttp.Answer answer = new GraphQlHttp(this.port).post(query, null, null).assertWellFormed(null);
		assertThat(answer.codes()).as(answer.body()).containsExactly("FILTER_TOO_COMPLEX");
		var error = answer.json().path("errors").get(0);
		return new JsonError(error.path("message").asString(), error.path("extensions").path("argument").asString());
	}

	private record JsonError(String message, String argument) {

	}

	@Test
	void aWideOrIsRefusedNamingTheConditionLimit() {
		StringBuilder or = new StringBuilder();
		for (int i = 0; i < WhereGrammar.MAX_CONDITIONS; i++) {
			or.append("{key: {eq: \"p").append(i).append("\"}} ");
		}
		JsonError error = refusal("{ problems(where: {OR: [" + or + "]}) { totalCount } }");
		assertThat(error.message()).contains("more than " + WhereGrammar.MAX_CONDITIONS + " conditions");
	}

	@Test
	void aChainOfThreeRelationshipFiltersIsRefusedNamingTheDepthLimit() {
		JsonError error = refusal("{ problems(where: {interventions: {problems: {interventions: {key: {eq: \"x\"}}}}})"
				+ " { totalCount } }");
		assertThat(error.message()).contains("nest more than " + WhereGrammar.MAX_RELATIONSHIP_DEPTH + " deep");
		assertThat(error.argument()).isEqualTo("where.interventions.problems.interventions");
	}

	@Test
	void aLongInListIsRefusedNamingTheListLimit() {
		List<String> keys = new ArrayList<>();
		for (int i = 0; i <= WhereGrammar.MAX_IN_VALUES; i++) {
			keys.add("p" + i);
		}
		GraphQlHttp.Answer answer = new GraphQlHttp(this.port).post(
				"query($k: [String!]) { interventions(where: {key: {in: $k}}) { totalCount } }", Map.of("k", keys), null);
		assertThat(answer.codes()).containsExactly("FILTER_TOO_COMPLEX");
		assertThat(answer.json().path("errors").get(0).path("message").asString())
			.contains("at most " + WhereGrammar.MAX_IN_VALUES);
	}

	@Test
	void filtersWithinTheLimitsRun() {
		GraphQlHttp.Answer answer = new GraphQlHttp(this.port)
			.post("{ problems(where: {interventions: {problems: {key: {in: [\"leervertraging\"]}}}}) { totalCount } }",
					null, null)
			.assertWellFormed(null);
		assertThat(answer.codes()).isEmpty();
		assertThat(answer.json().path("data").path("problems").path("totalCount").asInt()).isPositive();
	}

	@Test
	void aKeyFilterStartsFromTheUniqueIndex() {
		assertThat(operators("Problem", Map.of("key", Map.of("eq", "lerarentekort")))).contains("NodeUniqueIndexSeek");
		assertThat(operators("Problem", Map.of("key", Map.of("in", List.of("lerarentekort", "leervertraging")))))
			.contains("NodeUniqueIndexSeek");
	}

	@Test
	void aFilterOnAnIndexedPropertyStartsFromItsIndex() {
		assertThat(operators("Intervention", Map.of("kind", Map.of("eq", "TIP")))).contains("NodeIndexSeek");
	}

	/** The operators of the plan of a page query with this {@code where}, as the service builds it. */
	private List<String> operators(String label, Map<String, Object> where) {
		CypherCondition condition = this.grammar.where(label, where);
		try (var session = this.driver.session()) {
			Plan plan = session.run("EXPLAIN MATCH (n:`" + label + "`) WHERE n.retired IS NULL AND (" + condition.text()
					+ ") RETURN n", condition.parameters()).consume().plan();
			List<String> operators = new ArrayList<>();
			collect(plan, operators);
			return operators;
		}
	}

	private static void collect(Plan plan, List<String> operators) {
		operators.add(plan.operatorType().replaceAll("@.*", ""));
		plan.children().forEach((child) -> collect(child, operators));
	}

}
