package nl.onderwijsgraaf.api;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;
import nl.onderwijsgraaf.ServiceTest;
import nl.onderwijsgraaf.model.GraphModel;
import nl.onderwijsgraaf.model.NodeKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every field the schema offers under a node, with the fields of what it gives (and theirs, one level more), answers
 * without an error: for each kind, its best-linked node is looked up once per field of its type, and each field is asked with
 * every field below it that needs no argument. This asks the questions no other test asks in just that shape: a
 * field read from a record that was projected for another selection, an edge that names its own node, a list of
 * several kinds (nulls in non-null fields, a missing property, a loader that does not know a parent).
 */
@ServiceTest
class EverySelectionAnswersTest {

	/** How deep below a node's field the selection goes. */
	private static final int DEPTH = 2;

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Neo4jClient cypher;

	@Autowired
	GraphQlSource source;

	@Test
	void everyFieldOfEveryKindAnswersWithWhatIsSelectedBelowIt() {
		// a curator, who may read every field (a curator's note too)
		// (with a patient timeout: the suite may run on a busy machine; this asserts answers, not speed)
		HttpGraphQlTester curator = this.graphQl.mutate()
			.header("Authorization", "Bearer test-curator-token")
			.webTestClient((client) -> client.responseTimeout(Duration.ofSeconds(120)))
			.responseTimeout(Duration.ofSeconds(120))
			.build();
		GraphQLSchema schema = this.source.schema();
		GraphQLObjectType query = schema.getQueryType();
		List<String> failures = new ArrayList<>();
		int asked = 0;
		for (NodeKind kind : GraphModel.graph().kinds()) {
			GraphQLFieldDefinition lookup = lookup(query, kind.label());
			if (lookup == null) {
				continue;
			}
			String key = bestLinked(kind.label());
			GraphQLObjectType type = (GraphQLObjectType) schema.getType(kind.label());
			for (GraphQLFieldDefinition field : type.getFieldDefinitions()) {
				if (field.getArguments().stream().anyMatch((a) -> GraphQLTypeUtil.isNonNull(a.getType()))) {
					continue;
				}
				String selected = selection(schema, field, DEPTH);
				String document = "query($key: String!) { " + lookup.getName() + "(key: $key) { key " + selected
						+ " } }";
				asked++;
				var errors = new ArrayList<String>();
				try {
					curator.document(document).variable("key", key).execute().errors().satisfy((list) -> list
						.forEach((error) -> errors.add(error.getMessage() + " at " + error.getPath())));
				}
				catch (RuntimeException ex) {
					errors.add(ex.toString());
				}
				if (!errors.isEmpty()) {
					failures.add(kind.label() + "(" + key + ")." + field.getName() + ": " + errors);
				}
			}
		}
		assertThat(asked).as("fields asked").isGreaterThan(200);
		assertThat(failures).isEmpty();
	}

	/** The query field that looks a node of {@code label} up by its key. */
	private static GraphQLFieldDefinition lookup(GraphQLObjectType query, String label) {
		return query.getFieldDefinitions().stream()
			.filter((f) -> GraphQLTypeUtil.unwrapAll(f.getType()).getName().equals(label))
			.filter((f) -> f.getArgument("key") != null)
			.findFirst()
			.orElse(null);
	}

	/** The key of the node of {@code label} with the most relationships, so that most fields have something to read. */
	private String bestLinked(String label) {
		return this.cypher.query("MATCH (n) WHERE $label IN labels(n) AND n.retired IS NULL"
				+ " RETURN n.id AS key ORDER BY COUNT { (n)--() } DESC, n.id LIMIT 1")
			.bind(label)
			.to("label")
			.fetchAs(String.class)
			.mappedBy((ts, record) -> record.get("key").asString())
			.one()
			.orElseThrow();
	}

	/**
	 * {@code field} with, when it is an object, every field below it that needs no argument, {@code depth} levels deep
	 * (objects at the last level left out); null for an object field at depth 0. Where the field may be of several
	 * types, a field they have with different types (which one selection cannot ask of all) is left out.
	 */
	private static String selection(GraphQLSchema schema, GraphQLFieldDefinition field, int depth) {
		GraphQLType type = GraphQLTypeUtil.unwrapAll(field.getType());
		if (!(type instanceof GraphQLObjectType || type instanceof GraphQLInterfaceType
				|| type instanceof GraphQLUnionType)) {
			return field.getName();
		}
		if (depth == 0) {
			return null;
		}
		// a list that pages reads two items: what is asked is every field, not every item
		String name = field.getName() + ((field.getArgument("first") != null) ? "(first: 2)" : "");
		List<GraphQLObjectType> possible = (type instanceof GraphQLObjectType object) ? List.of(object)
				: possibleTypes(schema, (GraphQLNamedType) type);
		Map<String, Set<String>> typesByField = new HashMap<>();
		possible.forEach((object) -> object.getFieldDefinitions()
			.forEach((f) -> typesByField.computeIfAbsent(f.getName(), (n) -> new HashSet<>())
				.add(GraphQLTypeUtil.simplePrint(f.getType()))));
		String fragments = possible.stream()
			.map((object) -> "... on " + object.getName() + " { " + object.getFieldDefinitions()
				.stream()
				.filter((f) -> f.getArguments().stream().noneMatch((a) -> GraphQLTypeUtil.isNonNull(a.getType())))
				.filter((f) -> typesByField.get(f.getName()).size() == 1)
				.map((f) -> selection(schema, f, depth - 1))
				.filter(Objects::nonNull)
				.collect(Collectors.joining(" ")) + " }")
			.collect(Collectors.joining(" "));
		return name + " { __typename " + fragments + " }";
	}

	private static List<GraphQLObjectType> possibleTypes(GraphQLSchema schema, GraphQLNamedType type) {
		if (type instanceof GraphQLUnionType union) {
			return union.getTypes().stream().map(GraphQLObjectType.class::cast).toList();
		}
		return schema.getImplementations((GraphQLInterfaceType) type);
	}

}
