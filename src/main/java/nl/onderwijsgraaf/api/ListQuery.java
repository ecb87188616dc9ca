package nl.onderwijsgraaf.api;

import java.util.List;
import java.util.Map;

/**
 * The {@code where} and {@code orderBy} arguments of a top-level list as GraphQL hands them over (input objects as
 * maps); {@link WhereGrammar} checks and compiles them.
 */
public record ListQuery(Map<String, Object> where, List<Map<String, Object>> orderBy) {

	public static final ListQuery ALL = new ListQuery(null, null);

}
