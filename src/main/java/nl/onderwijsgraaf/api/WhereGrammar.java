package nl.onderwijsgraaf.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import nl.onderwijsgraaf.model.GraphModel;
import nl.onderwijsgraaf.model.NodeKind;
import nl.onderwijsgraaf.model.Property;
import nl.onderwijsgraaf.model.PropertyType;
import nl.onderwijsgraaf.model.RelationshipField;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.stereotype.Component;

/**
 * The one {@code where}/{@code orderBy} grammar of every top-level list, compiled to a parameterised Cypher
 * condition. What may be filtered and sorted, and the pattern of each relationship field, is read from the
 * {@link GraphModel}: a {@code <Type>Where} field is a filterable property or relationship field of the kind
 * {@code <Type>}, an {@code <Type>OrderBy} field a sortable property ({@link nl.onderwijsgraaf.model.ModelContract}
 * holds the SDL inputs and the model together). User values only ever become parameters; property names only come
 * from the model, checked against {@link #PROPERTY}.
 */
@Component
public class WhereGrammar {

	/**
	 * Most {@code <Type>Where} inputs nested in one another ({@code AND}, {@code OR}, {@code NOT} and relationship
	 * fields each add one): each relationship level is a Cypher subquery, and a hostile nesting must get a clear
	 * error rather than exhaust the stack or the planner.
	 */
	public static final int MAX_NESTING = 10;

	/**
	 * Most conditions in one {@code where}: each operator, relationship field and {@code AND}/{@code OR}/{@code NOT}
	 * item counts one. Each is a term the planner weighs and every node tests, and an {@code OR} of 1,500 items took
	 * 18 s; refused with {@code FILTER_TOO_COMPLEX}.
	 */
	public static final int MAX_CONDITIONS = 50;

	/**
	 * Most relationship fields nested in one another: each is an {@code EXISTS} subquery run for every candidate of
	 * the one above, so a chain multiplies the degrees along it (a chain of four ran into the 10 s timeout); refused
	 * with {@code FILTER_TOO_COMPLEX}.
	 */
	public static final int MAX_RELATIONSHIP_DEPTH = 2;

	/** Most values in an {@code in} list; refused with {@code FILTER_TOO_COMPLEX}. */
	public static final int MAX_IN_VALUES = 100;

	private static final ErrorCode TOO_COMPLEX = ErrorCode.FILTER_TOO_COMPLEX;

	private static final Pattern PROPERTY = Pattern.compile("[a-zA-Z][a-zA-Z0-9]*");

	private static final GraphModel MODEL = GraphModel.graph();

	/** The key, which every kind has and every {@code <Type>Where} filters (stored as {@code id}). */
	private static final Property KEY = new Property("key", PropertyType.TEXT, null, Set.of(Property.Trait.FILTER));

	/**
	 * The type of the items of a list of nodes of several kinds, whose {@code NodeWhere} tests the key and, with a
	 * field per kind, that a node is of that kind and matches its kind's {@code Where}.
	 */
	public static final String ANY_KIND = "Node";

	/**
	 * The {@code Where} of each edge type (e.g. {@code InvolvementWhere}), by edge type, with the enum of its role:
	 * its {@code role} tests the relationship, its other fields the node at the other end (which must carry the
	 * field's label).
	 */
	private static final Map<String, String> EDGE_WHERE = edgeRoles();

	private final ObjectProvider<GraphQlSource> graphQlSource;

	public WhereGrammar(ObjectProvider<GraphQlSource> graphQlSource) {
		this.graphQlSource = graphQlSource;
	}

	/** The condition {@code where} puts on the nodes {@code n} of {@code type}; {@code true} when it is null. */
	public CypherCondition where(String type, Map<String, Object> where) {
		return where(type, where, "n", "");
	}

	/**
	 * The condition {@code where} puts on the nodes {@code variable} of {@code type}, for a condition inside a larger
	 * query (a nested list's): the variables it introduces and the parameters it binds start with {@code prefix}, so
	 * they meet none of the query's own.
	 */
	public CypherCondition where(String type, Map<String, Object> where, String variable, String prefix) {
		Compilation compilation = new Compilation(schema(), prefix);
		String text = (where != null) ? compilation.node(type + "Where", variable, null, where, "where") : "true";
		return new CypherCondition(text, compilation.parameters);
	}

	/**
	 * The condition an edge type's {@code where} (e.g. {@code InvolvementWhere}) puts on the relationship
	 * {@code relationship} and the node {@code node} at its other end, inside a larger query, as
	 * {@link #where(String, Map, String, String)} does for a node.
	 */
	public CypherCondition whereEdge(String edgeType, Map<String, Object> where, String node, String relationship,
			String prefix) {
		Compilation compilation = new Compilation(schema(), prefix);
		String text = (where != null) ? compilation.node(edgeType + "Where", node, relationship, where, "where") : "true";
		return new CypherCondition(text, compilation.parameters);
	}

	/** The sort keys {@code orderBy} names on {@code n}, ending with the key so that pages are stable. */
	public List<Keyset.SortKey> orderBy(String type, List<Map<String, Object>> orderBy) {
		return orderBy(type, orderBy, "n");
	}

	/** The sort keys {@code orderBy} names on {@code variable}, ending with the key so that pages are stable. */
	public List<Keyset.SortKey> orderBy(String type, List<Map<String, Object>> orderBy, String variable) {
		NodeKind kind = MODEL.kind(type);
		return orderBy(type, orderBy, variable, (field) -> {
			Property property = kind.property(field);
			return (field.equals("key") || (property != null && property.sortable())) ? property(variable, field) : null;
		});
	}

	/**
	 * The sort keys an edge type's {@code orderBy} (e.g. {@code InvolvementOrderBy}) names: its {@code role} on the
	 * relationship {@code relationship}, its other fields on the node {@code node} at the other end
	 * ({@link GraphModel#edgeSortFields}); ending with that node's key. Two edges may join the same nodes, so a
	 * caller that pages adds what tells them apart.
	 */
	public List<Keyset.SortKey> orderByEdge(String edgeType, List<Map<String, Object>> orderBy, String node,
			String relationship) {
		Set<String> sortable = MODEL.edgeSortFields(edgeType);
		return orderBy(edgeType, orderBy, node, (field) -> !sortable.contains(field) ? null
				: property(field.equals("role") ? relationship : node, field));
	}

	/**
	 * The sort keys a {@code NodeOrderBy} names on the node {@code variable}, which may be of several kinds
	 * ({@link GraphModel#NODE_SORT_FIELDS}): its kind's label, its key, its name or else its title; ending with the key.
	 * Two kinds may share a key, so a caller that pages adds the label.
	 */
	public List<Keyset.SortKey> orderByAnyKind(List<Map<String, Object>> orderBy, String variable) {
		return orderBy(ANY_KIND, orderBy, variable, (field) -> switch (field) {
			case "kind" -> "head(labels(" + variable + "))";
			case "key" -> property(variable, field);
			case "name" -> "coalesce(" + property(variable, field) + ", " + property(variable, "title") + ")";
			default -> null;
		});
	}

	/** The sort keys of {@code orderBy}, each field's expression given by {@code sortable} (null: no sort field). */
	private static List<Keyset.SortKey> orderBy(String type, List<Map<String, Object>> orderBy, String variable,
			Function<String, String> sortable) {
		List<Keyset.SortKey> terms = new ArrayList<>();
		for (int i = 0; orderBy != null && i < orderBy.size(); i++) {
			String path = "orderBy[" + i + "]";
			Map<String, Object> entry = orderBy.get(i);
			List<String> given = entry.entrySet().stream().filter((e) -> e.getValue() != null).map(Map.Entry::getKey).toList();
			if (given.size() != 1) {
				throw new InvalidInputException(path, "name exactly one field, e.g. {name: ASC}; named " + given.size());
			}
			String field = given.get(0);
			String expression = sortable.apply(field);
			if (expression == null) {
				throw new InvalidInputException(path + "." + field, "not a sort field of " + type);
			}
			terms.add(new Keyset.SortKey(expression, "DESC".equals(String.valueOf(entry.get(field))), field.equals("key")));
		}
		terms.add(new Keyset.SortKey(variable + ".id", false, true));
		return terms;
	}

	private static Map<String, String> edgeRoles() {
		Map<String, String> roles = new HashMap<>();
		MODEL.relationships().stream().filter((r) -> r.edgeType() != null).forEach((r) -> roles.put(r.edgeType(), r.role()));
		return Map.copyOf(roles);
	}

	private GraphQLSchema schema() {
		return this.graphQlSource.getObject().schema();
	}

	private static GraphQLInputObjectType inputType(GraphQLSchema schema, String name) {
		if (schema.getType(name) instanceof GraphQLInputObjectType input) {
			return input;
		}
		throw new IllegalStateException("The schema has no input " + name);
	}

	private static String property(String variable, String field) {
		if (!PROPERTY.matcher(field).matches()) {
			throw new IllegalStateException("Not a property name: " + field);
		}
		return variable + ".`" + (field.equals("key") ? "id" : field) + "`";
	}

	/**
	 * How many related nodes a relationship field asks to match: {@code problems} some, {@code problemsAll} every
	 * one (also when there is none), {@code problemsNone} none.
	 */
	private enum Quantifier {

		SOME(""), ALL("All"), NONE("None");

		private final String suffix;

		Quantifier(String suffix) {
			this.suffix = suffix;
		}

		/** The quantifier a {@code <Type>Where} field name asks for. */
		static Quantifier of(String field) {
			return (field.endsWith(ALL.suffix)) ? ALL : (field.endsWith(NONE.suffix)) ? NONE : SOME;
		}

		/** The relationship field the {@code <Type>Where} field quantifies. */
		String relationshipField(String field) {
			return field.substring(0, field.length() - this.suffix.length());
		}

	}

	/** One compilation: the parameters it binds and fresh variable names for nested patterns. */
	private static final class Compilation {

		private final GraphQLSchema schema;

		private final Map<String, Object> parameters = new HashMap<>();

		private int variables;

		private int nesting;

		private int conditionCount;

		private int relationshipDepth;

		/** What the variables and parameters of this compilation start with. */
		private final String prefix;

		Compilation(GraphQLSchema schema, String prefix) {
			this.schema = schema;
			this.prefix = prefix;
		}

		/**
		 * The condition of a {@code <Type>Where} on node {@code node}; for a relationship filter, {@code relationship}
		 * is the relationship variable its property fields test.
		 */
		String node(String inputName, String node, String relationship, Map<String, Object> where, String path) {
			if (this.nesting == MAX_NESTING) {
				throw new InvalidInputException(path,
						"conditions nest more than " + MAX_NESTING + " deep (AND, OR, NOT and relationship fields each count)");
			}
			this.nesting++;
			counted(path);
			String condition = conditions(inputName, node, relationship, where, path);
			this.nesting--;
			return condition;
		}

		private String conditions(String inputName, String node, String relationship, Map<String, Object> where,
				String path) {
			GraphQLInputObjectType input = inputType(this.schema, inputName);
			String typeName = inputName.substring(0, inputName.length() - "Where".length());
			List<String> conditions = new ArrayList<>();
			for (Map.Entry<String, Object> entry : where.entrySet()) {
				String field = entry.getKey();
				Object value = entry.getValue();
				String fieldPath = path + "." + field;
				GraphQLInputObjectField definition = input.getField(field);
				if (definition == null) {
					throw new InvalidInputException(fieldPath, "not a field of " + inputName);
				}
				if (value == null) {
					continue;
				}
				switch (field) {
					case "AND", "OR" -> {
						List<String> parts = new ArrayList<>();
						List<?> items = (List<?>) value;
						for (int i = 0; i < items.size(); i++) {
							parts.add(node(inputName, node, relationship, map(items.get(i)), fieldPath + "[" + i + "]"));
						}
						conditions.add(field.equals("AND") ? all(parts) : any(parts));
					}
					case "NOT" -> conditions.add(not(node(inputName, node, relationship, map(value), fieldPath)));
					default -> conditions.add((value instanceof List<?> values)
							? oneOf(typeName, field, node, relationship, values, fieldPath)
							: field(typeName, definition, node, relationship, map(value), fieldPath));
				}
			}
			return all(conditions);
		}

		/**
		 * The condition of one field of {@code <Type>Where}: a property of the kind (or, on an edge type's
		 * {@code Where}, of the relationship {@code relationship}), a relationship field of the kind, or on an edge
		 * type's {@code Where} the node at the other end; on {@code NodeWhere} the key, or the node's kind and its
		 * kind's {@code Where}.
		 */
		private String field(String typeName, GraphQLInputObjectField definition, String node, String relationship,
				Map<String, Object> value, String path) {
			String inputName = GraphQLTypeUtil.unwrapAll(definition.getType()).getName();
			String field = definition.getName();
			NodeKind kind = MODEL.kind(typeName);
			if (typeName.equals(ANY_KIND) && field.equals("key")) {
				return scalar(property(node, field), null, value, path);
			}
			if (EDGE_WHERE.containsKey(typeName) || typeName.equals(ANY_KIND)) {
				if (field.equals("role")) {
					return scalar(property(relationship, field), enumType(EDGE_WHERE.get(typeName)), value, path);
				}
				String label = inputName.substring(0, inputName.length() - "Where".length());
				return all(List.of(node + ":`" + label + "`", node(inputName, node, null, value, path)));
			}
			Property property = (field.equals("key")) ? KEY : kind.property(field);
			if (property != null && property.filterable()) {
				return scalar(property(node, field), (property.enumType() != null) ? enumType(property.enumType()) : null,
						value, path);
			}
			Quantifier quantifier = Quantifier.of(field);
			RelationshipField related = MODEL.field(typeName, quantifier.relationshipField(field));
			if (related == null || !related.filter() || (quantifier != Quantifier.SOME && related.one())) {
				throw new IllegalStateException(typeName + "Where." + field + " is no filter the model declares");
			}
			String other = this.prefix + "n" + (++this.variables);
			if (this.relationshipDepth == MAX_RELATIONSHIP_DEPTH) {
				throw new InvalidInputException(TOO_COMPLEX, path, "relationship filters nest more than "
						+ MAX_RELATIONSHIP_DEPTH + " deep; filter on fewer relationships in a row");
			}
			this.relationshipDepth++;
			String edge = (related.edgeType() != null) ? this.prefix + "r" + this.variables : null;
			String pattern = "(" + node + ")" + ((edge != null) ? related.pattern(edge) + "(" + other + ")"
					: related.pattern("") + "(" + other + ":`" + related.target() + "`)");
			String matches = node(inputName, other, edge, value, path);
			this.relationshipDepth--;
			// Why retired IS NULL: a related node a curator retired is gone from the API, so it matches no filter.
			String live = other + ".retired IS NULL";
			return switch (quantifier) {
				case SOME -> exists(pattern, all(List.of(live, matches)));
				case NONE -> not(exists(pattern, all(List.of(live, matches))));
				case ALL -> not(exists(pattern, all(List.of(live, not(matches)))));
			};
		}

		private GraphQLEnumType enumType(String name) {
			return (GraphQLEnumType) this.schema.getType(name);
		}

		/**
		 * A typed {@code <property>In} list of an enum property (on an edge type's {@code Where}, of its role): the
		 * property is one of the values, which GraphQL has already checked against the enum.
		 */
		private String oneOf(String typeName, String field, String node, String relationship, List<?> values,
				String path) {
			String name = field.substring(0, field.length() - "In".length());
			boolean edge = EDGE_WHERE.containsKey(typeName);
			Property property = edge ? null : MODEL.kind(typeName).property(name);
			boolean typed = edge ? name.equals("role")
					: property != null && property.filterable() && property.type() == PropertyType.ENUM;
			if (!typed) {
				throw new IllegalStateException(typeName + "Where." + field + " is no enum filter the model declares");
			}
			counted(path);
			checkSize(values, path);
			return property(edge ? relationship : node, name) + " IN " + parameter(values);
		}

		private static void checkSize(List<?> values, String path) {
			if (values.size() > MAX_IN_VALUES) {
				throw new InvalidInputException(TOO_COMPLEX, path,
						"lists " + values.size() + " values; at most " + MAX_IN_VALUES + " are allowed");
			}
		}

		/** Counts one more condition, refusing the filter when it has more than {@link #MAX_CONDITIONS}. */
		private void counted(String path) {
			if (++this.conditionCount > MAX_CONDITIONS) {
				throw new InvalidInputException(TOO_COMPLEX, path, "the filter has more than " + MAX_CONDITIONS
						+ " conditions (operators, relationship fields and AND, OR and NOT items each count)");
			}
		}

		/** The operators of one filter on {@code subject}; {@code enumType} is the enum of an enum property, else null. */
		private String scalar(String subject, GraphQLEnumType enumType, Map<String, Object> filter, String path) {
			List<String> conditions = new ArrayList<>();
			for (Map.Entry<String, Object> entry : filter.entrySet()) {
				String operator = entry.getKey();
				Object value = entry.getValue();
				if (value == null) {
					continue;
				}
				String operatorPath = path + "." + operator;
				counted(operatorPath);
				if (value instanceof List<?> list) {
					checkSize(list, operatorPath);
				}
				if (enumType != null) {
					checkEnumValues(enumType, operator, value, operatorPath);
				}
				String parameter = parameter(value);
				conditions.add(switch (operator) {
					case "eq" -> subject + " = " + parameter;
					case "in" -> subject + " IN " + parameter;
					case "contains" -> "toLower(" + subject + ") CONTAINS toLower(" + parameter + ")";
					case "gte" -> subject + " >= " + parameter;
					case "lte" -> subject + " <= " + parameter;
					default -> throw new InvalidInputException(operatorPath, "not an operator of this filter");
				});
			}
			return all(conditions);
		}

		/*
		 * Conditions are built with constants folded away, so that a constant never stands beside a subquery: the
		 * Neo4j 5 planner fails on some such mixes ("There should be at least one subquery expression").
		 */

		private static String all(List<String> conditions) {
			if (conditions.contains("false")) {
				return "false";
			}
			List<String> terms = conditions.stream().filter((condition) -> !condition.equals("true")).toList();
			return (terms.size() <= 1) ? (terms.isEmpty() ? "true" : terms.get(0)) : "(" + String.join(") AND (", terms) + ")";
		}

		private static String any(List<String> conditions) {
			if (conditions.contains("true")) {
				return "true";
			}
			List<String> terms = conditions.stream().filter((condition) -> !condition.equals("false")).toList();
			return (terms.size() <= 1) ? (terms.isEmpty() ? "false" : terms.get(0)) : "(" + String.join(") OR (", terms) + ")";
		}

		private static String not(String condition) {
			return switch (condition) {
				case "true" -> "false";
				case "false" -> "true";
				default -> "NOT (" + condition + ")";
			};
		}

		private static String exists(String pattern, String condition) {
			return switch (condition) {
				case "true" -> "EXISTS { MATCH " + pattern + " }";
				case "false" -> "false";
				default -> "EXISTS { MATCH " + pattern + " WHERE " + condition + " }";
			};
		}

		private static void checkEnumValues(GraphQLEnumType type, String operator, Object value, String path) {
			if (operator.equals("contains")) {
				throw new InvalidInputException(path, "not allowed on an enum field; use eq or in");
			}
			List<String> allowed = type.getValues().stream().map(GraphQLEnumValueDefinition::getName).toList();
			List<?> values = (value instanceof List<?> list) ? list : List.of(value);
			for (Object each : values) {
				if (!allowed.contains(String.valueOf(each))) {
					throw new InvalidInputException(path,
							"'" + each + "' is not a " + type.getName() + "; use one of " + String.join(", ", allowed));
				}
			}
		}

		private String parameter(Object value) {
			String name = this.prefix + "w" + this.parameters.size();
			this.parameters.put(name, value);
			return "$" + name;
		}

		@SuppressWarnings("unchecked")
		private static Map<String, Object> map(Object value) {
			return (Map<String, Object>) value;
		}

	}

}
