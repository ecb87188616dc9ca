package nl.onderwijsgraaf.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import nl.onderwijsgraaf.graph.GraphReads;

/**
 * Keyset paging: a page starts right after (or, backward, right before) the sort key its cursor carries, not at a
 * position. Why: a curator who inserts or retires an item between two page fetches then shifts nothing, so a client
 * paging through a list sees each item that stayed exactly once; and no page costs more than its own size. The
 * order must end with a unique key, as every order here ends with the node's key.
 */
public final class Keyset {

	/** The entry of a page's item that holds its sort key. */
	private static final String ITEM_SORT_KEY = "__sortKey";

	/** One term of the order: a Cypher expression (nulls sort last ascending, first descending, as Cypher's do). */
	public record SortKey(String expression, boolean descending) {

		SortKey reversed() {
			return new SortKey(this.expression, !this.descending);
		}

		public String orderTerm() {
			return this.expression + (this.descending ? " DESC" : " ASC");
		}

	}

	/**
	 * The list to page: a MATCH and its condition, the entries of the map each item is read as (their parameters
	 * bound with the condition's) and how that map, with plain Java values, becomes an item.
	 */
	public record Query<T>(String match, CypherCondition where, String entries, List<SortKey> order,
			Function<Map<String, Object>, T> mapper) {
	}

	private Keyset() {
	}

	/**
	 * The page {@code request} asks for of the list {@code scope} (see {@link Cursor#scopeOf}), in one query: the
	 * number of all items that match and of those before the page, and the page's items.
	 */
	public static <T> Connection<T> page(GraphReads reads, String scope, Query<T> query, PageRequest request) {
		List<SortKey> order = readOrder(query.order(), request);
		Map<String, Object> parameters = new HashMap<>(query.where().parameters());
		String beyond = beyond(scope, order, request, "", parameters);
		parameters.put("pageSize", request.size());
		String matched = query.match() + " WHERE (" + query.where().text() + ")";
		Map<String, Object> row = reads.rows(matched + " WITH count(*) AS total, count(CASE WHEN NOT " + beyond
				+ " THEN 1 END) AS passed RETURN total, passed, COLLECT { " + matched + " AND " + beyond + " WITH * "
				+ orderBy(order) + " LIMIT $pageSize RETURN {" + ITEM_SORT_KEY + ": " + sortKey(order) + ", "
				+ query.entries() + "} } AS page", parameters)
			.get(0);
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> records = (List<Map<String, Object>>) row.get("page");
		int total = ((Number) row.get("total")).intValue();
		int passed = ((Number) row.get("passed")).intValue();
		List<T> items = new ArrayList<>(records.size());
		List<String> cursors = new ArrayList<>(records.size());
		for (Map<String, Object> record : records) {
			items.add(query.mapper().apply(record));
			cursors.add(Cursor.keyset(scope, new ArrayList<>((List<?>) record.get(ITEM_SORT_KEY))));
		}
		return connection(items, cursors, passed, total, request.backward());
	}

	/**
	 * The order a page of a list in {@code order} is read in: that order paging forward, the reverse paging backward
	 * (the rows nearest the cursor come first, and {@link #connection} turns the page back).
	 */
	public static List<SortKey> readOrder(List<SortKey> order, PageRequest request) {
		return request.backward() ? order.stream().map(SortKey::reversed).toList() : order;
	}

	/** The Cypher clause that sorts by {@code order}. */
	public static String orderBy(List<SortKey> order) {
		return "ORDER BY " + String.join(", ", order.stream().map(SortKey::orderTerm).toList());
	}

	/** The list of a row's values of {@code order}, which its cursor carries. */
	public static String sortKey(List<SortKey> order) {
		return "[" + String.join(", ", order.stream().map(SortKey::expression).toList()) + "]";
	}

	/**
	 * Where a page starts inside a larger query (a nested list's, read with its parent): the condition that a row lies
	 * beyond the request's cursor in {@code readOrder}, the {@link #readOrder} of the page ({@code true} without a
	 * cursor), its parameters named from {@code prefix}. A cursor of another list, filter or order is bad input, as
	 * for {@link #page}.
	 */
	public static CypherCondition resume(String scope, List<SortKey> readOrder, PageRequest request, String prefix) {
		Map<String, Object> parameters = new HashMap<>();
		return new CypherCondition(beyond(scope, readOrder, request, prefix, parameters), parameters);
	}

	/**
	 * The page of {@code items} with their cursors, both in the {@link #readOrder} they were read in (turned back
	 * into the list's order when paging backward), when {@code passed} rows lie before it in the direction read and
	 * {@code total} match in all.
	 */
	public static <T> Connection<T> connection(List<T> items, List<String> cursors, int passed, int total,
			boolean backward) {
		int rest = total - passed - items.size();
		if (!backward) {
			return Connection.keyset(items, cursors, rest > 0, passed > 0, total);
		}
		List<T> reversedItems = new ArrayList<>(items);
		List<String> reversedCursors = new ArrayList<>(cursors);
		Collections.reverse(reversedItems);
		Collections.reverse(reversedCursors);
		return Connection.keyset(reversedItems, reversedCursors, passed > 0, rest > 0, total);
	}

	/** The condition that a row lies after the request's cursor in {@code order}; {@code true} without a cursor. */
	private static String beyond(String scope, List<SortKey> order, PageRequest request, String prefix,
			Map<String, Object> parameters) {
		Cursor cursor = request.cursor(scope);
		if (cursor != null && (cursor.key() == null || cursor.key().size() != order.size())) {
			throw new InvalidInputException(request.cursorArgument(), "not a cursor of this connection");
		}
		return (cursor != null) ? beyond(order, cursor.key(), prefix, parameters) : "true";
	}

	/**
	 * The condition that a row comes after {@code key} in {@code order}: after on the first term, or equal on it and
	 * after on the rest. Null cursor values are written as IS NULL tests since {@code = null} is never true; the whole
	 * is coalesced because a comparison with a null or another type is null, which must count as "not after".
	 */
	private static String beyond(List<SortKey> order, List<Object> key, String prefix, Map<String, Object> parameters) {
		String condition = null;
		for (int i = order.size() - 1; i >= 0; i--) {
			SortKey term = order.get(i);
			String x = term.expression();
			String parameter = "$" + prefix + "cursorKey" + i;
			Object value = key.get(i);
			parameters.put(prefix + "cursorKey" + i, value);
			String after;
			if (value == null) {
				after = term.descending() ? x + " IS NOT NULL" : "false";
			}
			else {
				after = term.descending() ? x + " < " + parameter : "(" + x + " > " + parameter + " OR " + x + " IS NULL)";
			}
			String same = (value == null) ? x + " IS NULL" : x + " = " + parameter;
			condition = (condition == null) ? after : "(" + after + " OR (" + same + " AND " + condition + "))";
		}
		return "coalesce(" + condition + ", false)";
	}

}
