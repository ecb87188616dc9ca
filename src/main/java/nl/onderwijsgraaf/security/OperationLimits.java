package nl.onderwijsgraaf.security;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import graphql.language.Argument;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.Value;
import graphql.language.VariableDefinition;
import graphql.language.VariableReference;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import nl.onderwijsgraaf.api.ErrorCode;
import nl.onderwijsgraaf.api.Paging;

/**
 * Measures one operation of a parsed document against the {@link LimitsProperties}: depth, estimated cost, aliases
 * and root fields, with fragments expanded, in one walk. Fragment measures are memoized, so a fragment bomb (each
 * fragment spreading the previous one twice) is measured in time linear in the document, and its exponential size
 * shows in the numbers; no other count may walk the expanded operation, since that walk is what a bomb multiplies.
 * Introspection fields ({@code __schema}, {@code __type}) are not measured; graphql-java's good-faith introspection
 * check bounds them.
 */
final class OperationLimits {

	/** Numbers saturate here, far above any limit, so that no product overflows. */
	private static final long CAP = 1_000_000_000L;

	private final LimitsProperties limits;

	private final GraphQLSchema schema;

	private final Map<String, FragmentDefinition> fragments;

	private final Map<String, Object> variables;

	private final Map<String, Value<?>> variableDefaults = new HashMap<>();

	private final Map<String, Measure> measuredFragments = new HashMap<>();

	private final Set<String> fragmentsInProgress = new HashSet<>();

	/** Selection sets walked so far: at most one per selection set in the document and page size it is seen at. */
	private int selectionSetsWalked;

	OperationLimits(LimitsProperties limits, GraphQLSchema schema, Map<String, FragmentDefinition> fragments,
			Map<String, Object> variables) {
		this.limits = limits;
		this.schema = schema;
		this.fragments = fragments;
		this.variables = variables;
	}

	/** The first limit the operation exceeds, or empty when it keeps to all of them. */
	Optional<LimitViolation> check(OperationDefinition operation) {
		for (VariableDefinition definition : operation.getVariableDefinitions()) {
			this.variableDefaults.put(definition.getName(), definition.getDefaultValue());
		}
		GraphQLFieldsContainer root = switch (operation.getOperation()) {
			case MUTATION -> this.schema.getMutationType();
			case SUBSCRIPTION -> this.schema.getSubscriptionType();
			default -> this.schema.getQueryType();
		};
		Measure measure = measure(operation.getSelectionSet(), root, this.limits.listSize());
		if (measure.fields() > this.limits.maxRootFields()) {
			return violation(ErrorCode.TOO_MANY_ROOT_FIELDS, "The operation asks for " + shown(measure.fields())
					+ " top-level fields; at most " + this.limits.maxRootFields() + " are allowed");
		}
		if (measure.aliases() > this.limits.maxAliases()) {
			return violation(ErrorCode.TOO_MANY_ALIASES, "The operation uses " + shown(measure.aliases())
					+ " aliases; at most " + this.limits.maxAliases() + " are allowed");
		}
		if (measure.depth() > this.limits.maxDepth()) {
			return violation(ErrorCode.QUERY_TOO_DEEP, "The operation nests fields " + shown(measure.depth())
					+ " deep; at most " + this.limits.maxDepth() + " levels are allowed");
		}
		if (measure.cost() > this.limits.maxCost()) {
			return violation(ErrorCode.QUERY_TOO_COMPLEX, "The operation's estimated cost is " + shown(measure.cost())
					+ "; at most " + this.limits.maxCost() + " is allowed (a connection's `first` multiplies the cost "
					+ "of what is below it; ask for smaller pages or fewer nested lists)");
		}
		return Optional.empty();
	}

	/**
	 * Depth, aliases and cost of a selection set on {@code type} (null when unknown: the engine's validation will
	 * report it, and the numbers still count). {@code listSize} is the length assumed for list fields in it: the
	 * page size when the set belongs to a connection.
	 */
	private Measure measure(SelectionSet selections, GraphQLType type, long listSize) {
		this.selectionSetsWalked++;
		Measure total = Measure.NONE;
		for (Selection<?> selection : selections.getSelections()) {
			Measure part;
			if (selection instanceof Field field) {
				part = measure(field, type, listSize);
			}
			else if (selection instanceof InlineFragment inline) {
				GraphQLType condition = (inline.getTypeCondition() != null)
						? this.schema.getType(inline.getTypeCondition().getName()) : type;
				part = measure(inline.getSelectionSet(), condition, listSize);
			}
			else if (selection instanceof FragmentSpread fragmentSpread) {
				part = measureFragment(fragmentSpread.getName(), listSize);
			}
			else {
				part = Measure.NONE;
			}
			total = total.plus(part);
		}
		return total;
	}

	private Measure measure(Field field, GraphQLType parent, long listSize) {
		long aliases = (field.getAlias() != null) ? 1 : 0;
		if (field.getName().startsWith("__")) {
			return new Measure(1, aliases, 1, 1);
		}
		GraphQLFieldDefinition definition = (parent instanceof GraphQLFieldsContainer container)
				? container.getFieldDefinition(field.getName()) : null;
		GraphQLOutputType type = (definition != null) ? definition.getType() : null;
		boolean paged = definition != null && definition.getArgument("first") != null;
		boolean list = type != null && GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(type));
		// a connection's first sizes the lists below it (its edges); a nested list's own first can only shorten it
		long childListSize = (paged && !list) ? pageSize(field) : this.limits.listSize();
		long multiplier = list ? (paged ? Math.min(listSize, pageSize(field)) : listSize) : 1;
		Measure children = (field.getSelectionSet() != null)
				? measure(field.getSelectionSet(), (type != null) ? GraphQLTypeUtil.unwrapAll(type) : null,
						childListSize)
				: Measure.NONE;
		return new Measure(Math.min(CAP, 1 + children.depth()), Math.min(CAP, aliases + children.aliases()),
				Math.min(CAP, multiplier * (1 + children.cost())), 1);
	}

	private Measure measureFragment(String name, long listSize) {
		FragmentDefinition fragment = this.fragments.get(name);
		String key = name + "@" + listSize;
		if (fragment == null || !this.fragmentsInProgress.add(key)) {
			return Measure.NONE; // unknown or cyclic: the engine's validation reports it
		}
		Measure measure = this.measuredFragments.get(key);
		if (measure == null) {
			measure = measure(fragment.getSelectionSet(), this.schema.getType(fragment.getTypeCondition().getName()),
					listSize);
			this.measuredFragments.put(key, measure);
		}
		this.fragmentsInProgress.remove(key);
		return measure;
	}

	/** The {@code first} a connection field asks for: literal, variable, variable default or the default page. */
	private long pageSize(Field field) {
		Argument first = field.getArguments().stream().filter((a) -> a.getName().equals("first") || a.getName().equals("last")).findFirst().orElse(null);
		Object value = (first != null) ? first.getValue() : null;
		if (value instanceof VariableReference variable) {
			value = this.variables.containsKey(variable.getName()) ? this.variables.get(variable.getName())
					: this.variableDefaults.get(variable.getName());
		}
		if (value instanceof IntValue literal) {
			value = literal.getValue();
		}
		long size = (value instanceof Number number) ? number.longValue() : Paging.DEFAULT_SIZE;
		return Math.max(1, Math.min(CAP, size));
	}

	/** How many selection sets the measures so far walked, to show that fragments are walked once, not per spread. */
	int selectionSetsWalked() {
		return this.selectionSetsWalked;
	}

	private static String shown(long number) {
		return (number >= CAP) ? "more than " + CAP : Long.toString(number);
	}

	private static Optional<LimitViolation> violation(ErrorCode code, String message) {
		return Optional.of(new LimitViolation(code, message));
	}

	/** A limit an operation exceeds: its error code and a message that says by how much. */
	record LimitViolation(ErrorCode code, String message) {

	}

	/**
	 * What a selection set asks for: its depth, aliases and cost, and {@code fields}, its own fields with fragments
	 * expanded (the top-level fields, for an operation's selection set).
	 */
	private record Measure(long depth, long aliases, long cost, long fields) {

		static final Measure NONE = new Measure(0, 0, 0, 0);

		Measure plus(Measure other) {
			return new Measure(Math.max(this.depth, other.depth), Math.min(CAP, this.aliases + other.aliases),
					Math.min(CAP, this.cost + other.cost), Math.min(CAP, this.fields + other.fields));
		}

	}

}
