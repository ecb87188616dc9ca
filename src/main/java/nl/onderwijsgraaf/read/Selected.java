package nl.onderwijsgraaf.read;

import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;

/**
 * One field of a request's selection, as the read compiler needs it: its name, the key it answers under (its alias,
 * else its name), the object types it was selected on (empty: any; set by {@code ... on Type} in a union or
 * interface), the fields selected under it and its arguments (two aliased selections of one field may give it
 * different ones).
 *
 * @param name the schema field
 * @param resultKey the alias, else the name
 * @param onTypes the object types the field was selected on; empty when it applies to every type
 * @param children the fields selected under it
 * @param arguments its arguments as graphql-java resolved them (variables and defaults filled in)
 */
public record Selected(String name, String resultKey, Set<String> onTypes, List<Selected> children,
		Map<String, Object> arguments) {

	/** A field without arguments. */
	public Selected(String name, String resultKey, Set<String> onTypes, List<Selected> children) {
		this(name, resultKey, onTypes, children, Map.of());
	}

	/** A field without alias selected on every type, for tests and for code that builds selections. */
	public static Selected field(String name, Selected... children) {
		return new Selected(name, name, Set.of(), List.of(children));
	}

	/** The same field with {@code arguments}. */
	public Selected with(Map<String, Object> arguments) {
		return new Selected(this.name, this.resultKey, this.onTypes, this.children, arguments);
	}

	/** The immediate fields of a graphql-java selection set, with theirs below them. */
	public static List<Selected> of(DataFetchingFieldSelectionSet selection) {
		return selection.getImmediateFields().stream().map(Selected::of).toList();
	}

	private static Selected of(SelectedField field) {
		return new Selected(field.getName(), field.getResultKey(), Set.copyOf(field.getObjectTypeNames()),
				of(field.getSelectionSet()), field.getArguments());
	}

	/** The argument {@code name}, or null when it is not given. */
	@SuppressWarnings("unchecked")
	public <T> T argument(String name) {
		return (T) this.arguments.get(name);
	}

	/** Whether the field applies to a node of type {@code type}. */
	public boolean appliesTo(String type) {
		return this.onTypes.isEmpty() || this.onTypes.contains(type);
	}

}
