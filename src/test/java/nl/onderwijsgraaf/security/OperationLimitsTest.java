package nl.onderwijsgraaf.security;

import java.util.Map;
import java.util.Optional;

import graphql.language.Document;
import graphql.language.FragmentDefinition;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The limits' measure walks each fragment once, however often it is spread, and refuses what a bomb expands to. */
class OperationLimitsTest {

	private static final GraphQLSchema SCHEMA = new SchemaGenerator().makeExecutableSchema(new SchemaParser()
		.parse("type Query { problem: Problem problems(first: Int): [Problem] }"
				+ " type Problem { key: String related: [Problem] }"),
			RuntimeWiring.newRuntimeWiring().build());

	private static final LimitsProperties DEFAULTS = new LimitsProperties(null, null, null, null, null, null, null, null, null,
			null);

	/** Fragment F0 selects {@code leaf} on {@code type}; each next fragment spreads the previous one twice. */
	static String fragmentBomb(int levels, String type, String selection, String leaf) {
		StringBuilder document = new StringBuilder(selection.replace("$", "...F" + levels));
		document.append(" fragment F0 on ").append(type).append(" { ").append(leaf).append(" }");
		for (int i = 1; i <= levels; i++) {
			document.append(" fragment F").append(i).append(" on ").append(type).append(" { ...F").append(i - 1)
				.append(" ...F").append(i - 1).append(" }");
		}
		return document.toString();
	}

	private static Result measure(String text) {
		Document document = Parser.parse(text);
		OperationDefinition operation = document.getDefinitionsOfType(OperationDefinition.class).get(0);
		Map<String, FragmentDefinition> fragments = new java.util.HashMap<>();
		document.getDefinitionsOfType(FragmentDefinition.class).forEach((f) -> fragments.put(f.getName(), f));
		OperationLimits limits = new OperationLimits(DEFAULTS, SCHEMA, fragments, Map.of());
		return new Result(limits.check(operation), limits.selectionSetsWalked());
	}

	private record Result(Optional<OperationLimits.LimitViolation> violation, int walked) {

		String code() {
			return this.violation.map((v) -> v.code().name()).orElse("OK");
		}

	}

	@Test
	void aSixtyFragmentBombOfRootFieldsWalksEachFragmentOnce() {
		Result result = measure(fragmentBomb(60, "Query", "{ $ }", "__typename"));
		assertThat(result.code()).isEqualTo("TOO_MANY_ROOT_FIELDS");
		assertThat(result.walked()).isEqualTo(62); // the operation and 61 fragments
	}

	@Test
	void aSixtyFragmentBombInsideAListWalksEachFragmentOnce() {
		Result result = measure(fragmentBomb(60, "Problem", "{ problems(first: 5) { $ } }", "key"));
		assertThat(result.code()).isEqualTo("QUERY_TOO_COMPLEX");
		assertThat(result.walked()).isEqualTo(63); // the operation, the list and 61 fragments
	}

	@Test
	void aFragmentSpreadTwiceStillCountsItsFieldsTwice() {
		StringBuilder spreads = new StringBuilder("{");
		for (int i = 0; i < 11; i++) {
			spreads.append(" ...Two");
		}
		Result result = measure(spreads + " } fragment Two on Query { a: problem { key } b: problem { key } }");
		assertThat(result.code()).isEqualTo("TOO_MANY_ROOT_FIELDS"); // 22 root fields, beyond 20
		assertThat(result.walked()).isEqualTo(4); // the operation, the fragment and its two fields
	}

}
