package nl.onderwijsgraaf.api;

import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The opaque cursor of a connection's item: a digest of the connection's scope (which list, filter and order issued
 * it) and either the item's sort key (keyset paging) or its position (offset paging), as base64url JSON; a nested
 * list's cursor also names its owner, the node whose list it is. Why the digest and the owner: a cursor used with
 * another list, filter or order, or with the same field of another node, would silently give a wrong page; with
 * them, that is a {@code BAD_USER_INPUT} error.
 */
public record Cursor(String scope, List<Object> key, Integer position, String owner) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** The digest of a scope: the list's name and its arguments that decide which items come in which order. */
	public static String scopeOf(String list, Object... arguments) {
		StringBuilder text = new StringBuilder(list);
		for (Object argument : arguments) {
			text.append('|').append(canonical(argument));
		}
		return Digests.sha256(text.toString()).substring(0, 16);
	}

	/** Input maps in a fixed key order, so that the same filter written in another order has the same scope. */
	private static Object canonical(Object value) {
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> sorted = new TreeMap<>();
			map.forEach((k, v) -> sorted.put(String.valueOf(k), canonical(v)));
			return sorted;
		}
		if (value instanceof List<?> list) {
			return list.stream().map(Cursor::canonical).toList();
		}
		return value;
	}

	public static String keyset(String scope, List<Object> key) {
		return keyset(scope, null, key);
	}

	/** The keyset cursor of an item of the nested list of node {@code owner} (its key); null for a top-level list. */
	public static String keyset(String scope, String owner, List<Object> key) {
		return encode(new Cursor(scope, key, null, owner));
	}

	public static String offset(String scope, int position) {
		return encode(new Cursor(scope, null, position, null));
	}

	private static String encode(Cursor cursor) {
		Map<String, Object> fields = new TreeMap<>();
		fields.put("s", cursor.scope());
		if (cursor.key() != null) {
			fields.put("k", cursor.key());
		}
		else {
			fields.put("p", cursor.position());
		}
		if (cursor.owner() != null) {
			fields.put("o", cursor.owner());
		}
		return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(fields));
	}

	/**
	 * Whether a value can be a sort key we issued: a string, a number the graph can hold, a boolean or null. Why:
	 * a tampered cursor with a map, a list or a number beyond 64 bits would reach the query and fail there.
	 */
	private static boolean isSortValue(Object value) {
		return value == null || value instanceof String || value instanceof Boolean || value instanceof Integer
				|| value instanceof Long || value instanceof Double;
	}

	/**
	 * The cursor given as {@code argument}, checked against the connection's scope; a cursor that is not ours or
	 * belongs to another list, filter or order is bad input.
	 */
	static Cursor decode(String cursor, String argument, String scope) {
		Map<?, ?> fields;
		try {
			fields = JSON.readValue(Base64.getUrlDecoder().decode(cursor), Map.class);
		}
		catch (IllegalArgumentException | JacksonException ex) {
			throw new InvalidInputException(argument, "not a cursor of this connection");
		}
		if (fields == null || !(fields.get("s") instanceof String given)) {
			throw new InvalidInputException(argument, "not a cursor of this connection");
		}
		if (!given.equals(scope)) {
			throw new InvalidInputException(argument,
					"a cursor of another list, filter or order; page with the cursors this query returned");
		}
		String owner = (fields.get("o") instanceof String o) ? o : null;
		if (fields.get("k") instanceof List<?> key && key.stream().allMatch(Cursor::isSortValue)) {
			return new Cursor(given, Collections.unmodifiableList(new ArrayList<Object>(key)), null, owner);
		}
		if (fields.get("p") instanceof Integer position && position >= 0) {
			return new Cursor(given, null, position, owner);
		}
		throw new InvalidInputException(argument, "not a cursor of this connection");
	}

}
