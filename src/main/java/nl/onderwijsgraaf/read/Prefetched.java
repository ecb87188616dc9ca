package nl.onderwijsgraaf.read;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The relationship fields a root field's read already loaded, by the object they belong to (by identity: equal
 * records read at two places keep their own values) and the field's result key. Handed down the execution as
 * graphql-java's local context, so a relationship field returns its value from here instead of loading it again;
 * filled before the root field completes and only read afterwards.
 */
public final class Prefetched {

	/** What {@link #get} gives for a field that was not loaded. */
	public static final Object ABSENT = new Object();

	private final Map<Object, Map<String, Object>> values = new IdentityHashMap<>();

	void put(Object source, String resultKey, Object value) {
		this.values.computeIfAbsent(source, (s) -> new HashMap<>()).put(resultKey, value);
	}

	/** The value loaded for the field, or {@link #ABSENT}. */
	public Object get(Object source, String resultKey) {
		Map<String, Object> fields = this.values.get(source);
		return (fields != null) ? fields.getOrDefault(resultKey, ABSENT) : ABSENT;
	}

	boolean isEmpty() {
		return this.values.isEmpty();
	}

}
