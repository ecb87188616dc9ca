package nl.onderwijsgraaf.security;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedOutputType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import nl.onderwijsgraaf.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.GraphQlSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random valid queries generated from the schema the service runs: a random query field, random values for its
 * arguments as variables (within and outside their ranges: real keys and ids, random and injected text, large and
 * negative numbers, random enums and lists, {@code where} inputs with nested {@code AND}/{@code OR}/{@code NOT} and
 * relationship conditions a few inputs deep), and random sub-selections a few levels deep, with inline fragments on
 * interfaces. None may get a 5xx or an {@code INTERNAL_ERROR}, every error must have a code, and none may be a
 * syntax or validation error (the generator writes only valid queries). Seeded, so a failure can be replayed.
 */
@ServiceTest
class SchemaFuzzTest {

	private static final long SEED = 20_260_611L;

	private static final int QUERIES = 2_000;

	private static final int MAX_NESTING = 3;

	/**
	 * Deepest input object in a generated value: the {@code where} inputs refer to themselves ({@code AND}, {@code OR},
	 * {@code NOT}, relationship fields), so values stop here; optional fields get rarer with depth to keep them small.
	 */
	private static final int MAX_INPUT_NESTING = 4;

	private static final List<String> KNOWN_KEYS = List.of("lerarentekort", "leervertraging", "mk-zomerschool",
			"mk-feedback", "ministerie-ocw", "np-onderwijs", "po", "vo", "ouders", "rotterdam", "fi", "d003",
			"doelgebied-a", "ref-eef-feedback");

	private static final List<String> TYPES = List.of("Problem", "Intervention", "Stakeholder", "Programme", "Evidence",
			"Source", "Sector", "Country");

	private static final List<String> WORDS = List.of("leraar", "tekort", "zomerschool", "bijles", "kansengelijkheid",
			"welbevinden", "feedback", "lezen", "school", "gemeente", "npo", "cultuur", "onderwijs", "ouders");

	@LocalServerPort
	int port;

	@Autowired
	GraphQlSource graphQlSource;

	private final Random random = new Random(SEED);

	@Test
	void randomValidQueriesNeverGetAServerErrorOrAnInternalError() {
		GraphQLSchema schema = this.graphQlSource.schema();
		List<GraphQLFieldDefinition> roots = schema.getQueryType().getFieldDefinitions();
		GraphQlHttp http = new GraphQlHttp(this.port);
		List<String> failures = new ArrayList<>();
		for (int i = 0; i < QUERIES; i++) {
			GraphQLFieldDefinition root = roots.get(this.random.nextInt(roots.size()));
			Map<String, Object> variables = new LinkedHashMap<>();
			String query = query(schema, root, variables);
			GraphQlHttp.Answer answer = http.post(query, variables, null);
			List<String> codes = answer.codes();
			if (answer.status() >= 500 || codes.contains("INTERNAL_ERROR") || codes.contains(null)
					|| codes.contains("GRAPHQL_PARSE_FAILED") || codes.contains("GRAPHQL_VALIDATION_FAILED")) {
				failures.add("#" + i + " " + query + " " + variables + " -> " + answer.status() + " " + answer.body());
			}
		}
		assertThat(failures).as("%d failures", failures.size()).isEmpty();
	}

	private String query(GraphQLSchema schema, GraphQLFieldDefinition root, Map<String, Object> variables) {
		List<String> declarations = new ArrayList<>();
		List<String> arguments = new ArrayList<>();
		for (GraphQLArgument argument : root.getArguments()) {
			if (GraphQLTypeUtil.isNonNull(argument.getType()) || this.random.nextInt(5) > 0) {
				String name = "v" + declarations.size();
				declarations.add("$" + name + ": " + GraphQLTypeUtil.simplePrint(argument.getType()));
				arguments.add(argument.getName() + ": $" + name);
				variables.put(name, value(argument.getType(), 0));
			}
		}
		return "query" + (declarations.isEmpty() ? "" : "(" + String.join(", ", declarations) + ")") + " { "
				+ root.getName() + (arguments.isEmpty() ? "" : "(" + String.join(", ", arguments) + ")")
				+ selection(schema, root.getType(), 0) + " }";
	}

	private String selection(GraphQLSchema schema, GraphQLOutputType type, int nesting) {
		var named = GraphQLTypeUtil.unwrapAll(type);
		if (!(named instanceof GraphQLFieldsContainer container)) {
			return "";
		}
		StringBuilder selection = new StringBuilder(" { __typename");
		List<GraphQLFieldDefinition> fields = container.getFieldDefinitions()
			.stream()
			.filter((field) -> field.getArguments().stream().noneMatch((a) -> GraphQLTypeUtil.isNonNull(a.getType())))
			.filter((field) -> nesting < MAX_NESTING || !(GraphQLTypeUtil.unwrapAll(field.getType()) instanceof GraphQLFieldsContainer))
			.toList();
		// each field once: the same field twice with different sub-selections may not merge (FieldsConflict)
		List<GraphQLFieldDefinition> shuffled = new ArrayList<>(fields);
		Collections.shuffle(shuffled, this.random);
		for (GraphQLFieldDefinition field : shuffled.subList(0, Math.min(shuffled.size(), 1 + this.random.nextInt(4)))) {
			selection.append(' ').append(field.getName()).append(selection(schema, field.getType(), nesting + 1));
		}
		if (!(named instanceof GraphQLObjectType)) {
			List<GraphQLObjectType> implementations = schema.getImplementations((graphql.schema.GraphQLInterfaceType) named);
			if (!implementations.isEmpty()) {
				GraphQLNamedOutputType chosen = implementations.get(this.random.nextInt(implementations.size()));
				selection.append(" ... on ").append(chosen.getName()).append(selection(schema, chosen, nesting + 1));
			}
		}
		return selection.append(" }").toString();
	}

	/** A random value of {@code type}, which is {@code inputs} input objects down in the argument. */
	private Object value(GraphQLInputType type, int inputs) {
		if (type instanceof GraphQLNonNull nonNull) {
			return value((GraphQLInputType) nonNull.getWrappedType(), inputs);
		}
		if (this.random.nextInt(10) == 0) {
			return null;
		}
		if (type instanceof GraphQLList list) {
			List<Object> values = new ArrayList<>();
			for (int n = this.random.nextInt(5); n > 0; n--) {
				Object value = value((GraphQLInputType) list.getWrappedType(), inputs);
				if (value != null || !(list.getWrappedType() instanceof GraphQLNonNull)) {
					values.add(value);
				}
			}
			return values;
		}
		if (type instanceof GraphQLEnumType enumType) {
			return enumType.getValues().get(this.random.nextInt(enumType.getValues().size())).getName();
		}
		if (type instanceof GraphQLInputObjectType input) {
			Map<String, Object> fields = new LinkedHashMap<>();
			for (GraphQLInputObjectField field : input.getFieldDefinitions()) {
				boolean optionalTaken = inputs < MAX_INPUT_NESTING && this.random.nextInt(2 + 2 * inputs) == 0;
				if (GraphQLTypeUtil.isNonNull(field.getType()) || optionalTaken) {
					fields.put(field.getName(), value(field.getType(), inputs + 1));
				}
			}
			return fields;
		}
		return switch (((GraphQLScalarType) type).getName()) {
			case "Int" -> integer();
			case "Float" -> this.random.nextGaussian() * 1_000;
			case "Boolean" -> this.random.nextBoolean();
			default -> text();
		};
	}

	private int integer() {
		return switch (this.random.nextInt(8)) {
			case 0 -> 0;
			case 1 -> -1 - this.random.nextInt(1_000);
			case 2 -> 100 + this.random.nextInt(3);
			case 3 -> Integer.MAX_VALUE;
			default -> 1 + this.random.nextInt(20);
		};
	}

	private String text() {
		return switch (this.random.nextInt(9)) {
			case 0, 1 -> KNOWN_KEYS.get(this.random.nextInt(KNOWN_KEYS.size()));
			case 2 -> encode(TYPES.get(this.random.nextInt(TYPES.size())) + ":"
					+ KNOWN_KEYS.get(this.random.nextInt(KNOWN_KEYS.size())));
			case 3 -> encode("cursor:" + (this.random.nextInt(200) - 10));
			case 4 -> String.join(" ", List.of(WORDS.get(this.random.nextInt(WORDS.size())),
					WORDS.get(this.random.nextInt(WORDS.size()))));
			case 5 -> HostileInputTest.INJECTIONS.get(this.random.nextInt(HostileInputTest.INJECTIONS.size()));
			case 6 -> randomCharacters(this.random.nextInt(600));
			case 7 -> "";
			default -> randomCharacters(1 + this.random.nextInt(30));
		};
	}

	private String randomCharacters(int length) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < length; i++) {
			int kind = this.random.nextInt(10);
			text.appendCodePoint((kind < 6) ? 'a' + this.random.nextInt(26)
					: (kind < 8) ? ' ' + this.random.nextInt(95) : 0xA0 + this.random.nextInt(0x2000));
		}
		return text.toString();
	}

	private static String encode(String text) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
	}

}
