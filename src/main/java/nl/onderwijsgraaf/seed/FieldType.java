package nl.onderwijsgraaf.seed;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The value types a seed field may hold; {@link #check} says what is wrong with a value, or null when nothing is. */
@FunctionalInterface
public interface FieldType {

	String check(Object value);

	FieldType TEXT = (value) -> (value instanceof String s && !s.isBlank()) ? null : "must be a non-empty text";

	FieldType INTEGER = (value) -> (value instanceof Integer || value instanceof Long) ? null : "must be a whole number";

	FieldType NUMBER = (value) -> (value instanceof Number) ? null : "must be a number";

	FieldType BOOLEAN = (value) -> (value instanceof Boolean) ? null : "must be true or false";

	FieldType DATE = (value) -> (value instanceof String s && s.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) ? null
			: "must be a quoted date as YYYY, YYYY-MM or YYYY-MM-DD";

	/** A passage as printed in a source: short enough to state one claim. */
	FieldType QUOTE = (value) -> (TEXT.check(value) != null) ? TEXT.check(value)
			: (((String) value).length() > 300) ? "must be at most 300 characters (a passage, not a page)" : null;

	FieldType TEXT_LIST = (value) -> (value instanceof List<?> list && list.stream().allMatch((i) -> TEXT.check(i) == null))
			? null : "must be a list of non-empty texts";

	/** One value of a closed set (an enum of the GraphQL schema). */
	static FieldType oneOf(String... values) {
		return oneOf(List.of(values));
	}

	/** One value of a closed set (an enum of the GraphQL schema). */
	static FieldType oneOf(List<String> values) {
		Set<String> allowed = new TreeSet<>(values);
		return (value) -> (value instanceof String s && allowed.contains(s)) ? null
				: "must be one of " + allowed + ", not '" + value + "'";
	}

}
