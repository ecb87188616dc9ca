package nl.onderwijsgraaf.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.stereotype.Component;

/**
 * The one {@code where}/{@code orderBy} grammar of every top-level list, compiled to a parameterised Cypher
 * condition. What may be filtered and sorted is read from the SDL: the fields of {@code <Type>Where} and
 * {@code <Type>OrderBy}, each of which must be a scalar or enum field of the object type {@code <Type>}; relationship
 * fields take their Cypher pattern from {@link #RELATIONSHIPS}, a table in code. User values only ever become
 * parameters; property names only come from the schema, checked against {@link #PROPERTY}.
 */
@Component
public class WhereGrammar {

	/** The pattern of each relationship filter, from the filtered node {@code (n)} to the related one. */
	static final Map<String, String> RELATIONSHIPS = Map.ofEntries(
			Map.entry("ProblemWhere.interventions", "<-[:ADDRESSES]-"),
			Map.entry("ProblemWhere.sectors", "-[:FOR_SECTOR]->"),
			Map.entry("ProblemWhere.targetGroups", "-[:FOR_GROUP]->"),
			Map.entry("ProblemWhere.related", "-[:RELATED_TO]-"),
			Map.entry("ProblemWhere.practices", "<-[:BEARS_ON]-"),
			Map.entry("ProblemWhere.themes", "-[:IN_THEME]->"),
			Map.entry("ProblemWhere.sources", "-[:CITES]->"),
			Map.entry("InterventionWhere.problems", "-[:ADDRESSES]->"),
			Map.entry("InterventionWhere.evidence", "-[:SUPPORTED_BY]->"),
			Map.entry("InterventionWhere.stakeholders", "<-[:INVOLVED_IN]-"),
			Map.entry("InterventionWhere.programmes", "-[:PART_OF]->"),
			Map.entry("InterventionWhere.goals", "-[:SERVES]->"),
			Map.entry("InterventionWhere.sectors", "-[:FOR_SECTOR]->"),
			Map.entry("InterventionWhere.targetGroups", "-[:FOR_GROUP]->"),
			Map.entry("InterventionWhere.places", "-[:IN_PLACE]->"),
			Map.entry("InterventionWhere.parallels", "<-[:PARALLEL_TO]-"),
			Map.entry("InterventionWhere.sources", "-[:CITES]->"),
			Map.entry("EvidenceWhere.sources", "-[:CITES]->"),
			Map.entry("EvidenceWhere.aboutProblems", "-[:DOCUMENTS]->"),
			Map.entry("EvidenceWhere.aboutProgrammes", "-[:DOCUMENTS]->"),
			Map.entry("EvidenceWhere.aboutStakeholders", "-[:DOCUMENTS]->"),
			Map.entry("EvidenceWhere.aboutCountries", "-[:DOCUMENTS]->"),
			Map.entry("EvidenceWhere.aboutEvents", "-[:DOCUMENTS]->"),
			Map.entry("EvidenceWhere.aboutGoals", "-[:DOCUMENTS]->"),
			Map.entry("EvidenceWhere.aboutPlaces", "-[:DOCUMENTS]->"),
			Map.entry("EvidenceWhere.aboutInterventions", "-[:DOCUMENTS]->"),
			Map.entry("EvidenceWhere.supportsInterventions", "<-[:SUPPORTED_BY]-"),
			Map.entry("StakeholderWhere.places", "-[:IN_PLACE]->"),
			Map.entry("StakeholderWhere.partOf", "-[:PART_OF]->"),
			Map.entry("StakeholderWhere.parts", "<-[:PART_OF]-"),
			Map.entry("StakeholderWhere.involvements", "-[:INVOLVED_IN]->"),
			Map.entry("StakeholderWhere.sources", "-[:CITES]->"),
			Map.entry("ProgrammeWhere.partOf", "-[:PART_OF]->"),
			Map.entry("ProgrammeWhere.parts", "<-[:PART_OF]-"),
			Map.entry("ProgrammeWhere.stakeholders", "<-[:INVOLVED_IN]-"),
			Map.entry("ProgrammeWhere.problems", "-[:ADDRESSES]->"),
			Map.entry("ProgrammeWhere.goals", "-[:HAS_GOAL]->"),
			Map.entry("ProgrammeWhere.sectors", "-[:FOR_SECTOR]->"),
			Map.entry("ProgrammeWhere.interventions", "<-[:PART_OF]-"),
			Map.entry("ProgrammeWhere.sources", "-[:CITES]->"),
			Map.entry("GoalWhere.programmes", "<-[:HAS_GOAL]-"),
			Map.entry("GoalWhere.interventions", "<-[:SERVES]-"),
			Map.entry("TimelineEventWhere.programmes", "-[:CONCERNS]->"),
			Map.entry("TimelineEventWhere.problems", "-[:CONCERNS]->"),
			Map.entry("CountryWhere.practices", "<-[:IN_COUNTRY]-"),
			Map.entry("InternationalPracticeWhere.country", "-[:IN_COUNTRY]->"),
			Map.entry("InternationalPracticeWhere.problems", "-[:BEARS_ON]->"),
			Map.entry("InternationalPracticeWhere.parallels", "-[:PARALLEL_TO]->"),
			Map.entry("SectorWhere.interventions", "<-[:FOR_SECTOR]-"),
			Map.entry("TargetGroupWhere.interventions", "<-[:FOR_GROUP]-"),
			Map.entry("PlaceWhere.interventions", "<-[:IN_PLACE]-"),
			Map.entry("PlaceWhere.stakeholders", "<-[:IN_PLACE]-"));

	/**
	 * Filters on a relationship rather than a node: their property fields are the relationship's, their
	 * {@code <Type>Where} fields test the node at the other end (which must carry that label).
	 */
	static final Set<String> RELATIONSHIP_FILTERS = Set.of("InvolvementWhere");

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

	private static final String TOO_COMPLEX = "FILTER_TOO_COMPLEX";

	private static final Pattern PROPERTY = Pattern.compile("[a-zA-Z][a-zA-Z0-9]*");

	private static final Set<String> SCALAR_FILTERS = Set.of("StringFilter", "IntFilter", "FloatFilter", "BooleanFilter");

	private final ObjectProvider<GraphQlSource> graphQlSource;

	public WhereGrammar(ObjectProvider<GraphQlSource> graphQlSource) {
		this.graphQlSource = graphQlSource;
	}

	/** The condition {@code where} puts on the nodes {@code n} of {@code type}; {@code true} when it is null. */
	public CypherCondition where(String type, Map<String, Object> where) {
		Compilation compilation = new Compilation(schema());
		String text = (where != null) ? compilation.node(type + "Where", "n", null, where, "where") : "true";
		return new CypherCondition(text, compilation.parameters);
	}

	/** The sort keys {@code orderBy} names on {@code n}, ending with the key so that pages are stable. */
	public List<Keyset.SortKey> orderBy(String type, List<Map<String, Object>> orderBy) {
		GraphQLInputObjectType input = inputType(schema(), type + "OrderBy");
		List<Keyset.SortKey> terms = new ArrayList<>();
		for (int i = 0; orderBy != null && i < orderBy.size(); i++) {
			String path = "orderBy[" + i + "]";
			Map<String, Object> entry = orderBy.get(i);
			List<String> given = entry.entrySet().stream().filter((e) -> e.getValue() != null).map(Map.Entry::getKey).toList();
			if (given.size() != 1) {
				throw new InvalidInputException(path, "name exactly one field, e.g. {name: ASC}; named " + given.size());
			}
			String field = given.get(0);
			if (input.getField(field) == null) {
				throw new InvalidInputException(path + "." + field, "not a sort field of " + type);
			}
			terms.add(new Keyset.SortKey(property("n", field), "DESC".equals(String.valueOf(entry.get(field)))));
		}
		terms.add(new Keyset.SortKey("n.id", false));
		return terms;
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

	/** One compilation: the parameters it binds and fresh variable names for nested patterns. */
	private static final class Compilation {

		private final GraphQLSchema schema;

		private final Map<String, Object> parameters = new HashMap<>();

		private int variables;

		private int nesting;

		private int conditionCount;

		private int relationshipDepth;

		Compilation(GraphQLSchema schema) {
			this.schema = schema;
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
			String objectName = inputName.substring(0, inputName.length() - "Where".length());
			GraphQLObjectType object = (GraphQLObjectType) this.schema.getType(objectName);
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
					default -> conditions.add(field(inputName, object, definition, node, relationship, map(value), fieldPath));
				}
			}
			return all(conditions);
		}

		private String field(String inputName, GraphQLObjectType object, GraphQLInputObjectField definition, String node,
				String relationship, Map<String, Object> value, String path) {
			String typeName = GraphQLTypeUtil.unwrapAll(definition.getType()).getName();
			String field = definition.getName();
			if (SCALAR_FILTERS.contains(typeName)) {
				GraphQLFieldDefinition target = (object != null) ? object.getFieldDefinition(field) : null;
				if (target == null) {
					throw new IllegalStateException(inputName + "." + field + " filters no field of " + object);
				}
				String subject = property((relationship != null) ? relationship : node, field);
				return scalar(subject, GraphQLTypeUtil.unwrapAll(target.getType()), value, path);
			}
			String label = typeName.substring(0, typeName.length() - "Where".length());
			if (RELATIONSHIP_FILTERS.contains(inputName)) {
				return all(List.of(node + ":`" + label + "`", node(typeName, node, null, value, path)));
			}
			String arrow = RELATIONSHIPS.get(inputName + "." + field);
			if (arrow == null) {
				throw new IllegalStateException("No relationship pattern for " + inputName + "." + field);
			}
			String other = "n" + (++this.variables);
			if (this.relationshipDepth == MAX_RELATIONSHIP_DEPTH) {
				throw new InvalidInputException(TOO_COMPLEX, path, "relationship filters nest more than "
						+ MAX_RELATIONSHIP_DEPTH + " deep; filter on fewer relationships in a row");
			}
			this.relationshipDepth++;
			String condition;
			if (RELATIONSHIP_FILTERS.contains(typeName)) {
				String edge = "r" + this.variables;
				condition = exists("(" + node + ")" + arrow.replace("[:", "[" + edge + ":") + "(" + other + ")",
						all(List.of(other + ".retired IS NULL", node(typeName, other, edge, value, path))));
			}
			else {
				// Why retired IS NULL: a related node a curator retired is gone from the API, so it matches no filter.
				condition = exists("(" + node + ")" + arrow + "(" + other + ":`" + label + "`)",
						all(List.of(other + ".retired IS NULL", node(typeName, other, null, value, path))));
			}
			this.relationshipDepth--;
			return condition;
		}

		/** Counts one more condition, refusing the filter when it has more than {@link #MAX_CONDITIONS}. */
		private void counted(String path) {
			if (++this.conditionCount > MAX_CONDITIONS) {
				throw new InvalidInputException(TOO_COMPLEX, path, "the filter has more than " + MAX_CONDITIONS
						+ " conditions (operators, relationship fields and AND, OR and NOT items each count)");
			}
		}

		private String scalar(String subject, GraphQLType fieldType, Map<String, Object> filter, String path) {
			List<String> conditions = new ArrayList<>();
			for (Map.Entry<String, Object> entry : filter.entrySet()) {
				String operator = entry.getKey();
				Object value = entry.getValue();
				if (value == null) {
					continue;
				}
				String operatorPath = path + "." + operator;
				counted(operatorPath);
				if (value instanceof List<?> list && list.size() > MAX_IN_VALUES) {
					throw new InvalidInputException(TOO_COMPLEX, operatorPath,
							"lists " + list.size() + " values; at most " + MAX_IN_VALUES + " are allowed");
				}
				if (fieldType instanceof GraphQLEnumType enumType) {
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
			String name = "w" + this.parameters.size();
			this.parameters.put(name, value);
			return "$" + name;
		}

		@SuppressWarnings("unchecked")
		private static Map<String, Object> map(Object value) {
			return (Map<String, Object>) value;
		}

	}

}
