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

	/**
	 * One term of the order: a Cypher expression (nulls sort last ascending, first descending, as Cypher's do), and
	 * whether every item has a value for it (a node's key), so that a page led by it can be read in the order of an
	 * index on it from where its cursor points, instead of sorting the whole list.
	 */
	public record SortKey(String expression, boolean descending, boolean present) {

		public SortKey(String expression, boolean descending) {
			this(expression, descending, false);
		}

		SortKey reversed() {
			return new SortKey(this.expression, !this.descending, this.present);
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

	/**
	 * What a client reads of a page besides its items: the number of all items that match ({@code totalCount}), and
	 * whether items lie behind the page and ahead of it in the direction it is read ({@code hasPreviousPage} and
	 * {@code hasNextPage} paging forward, the other way round backward). The total and what lies behind cost a pass
	 * over the list, what lies ahead one item more; a page whose client does not select them is spared them.
	 */
	public record Counts(boolean total, boolean behind, boolean ahead) {

		/** All of them, for a caller that does not know what its client selects. */
		public static final Counts ALL = new Counts(true, true, true);

		/** What a selection that names {@code totalCount}, {@code hasNextPage} and {@code hasPreviousPage} reads. */
		public static Counts of(boolean totalCount, boolean hasNextPage, boolean hasPreviousPage, PageRequest request) {
			return request.backward() ? new Counts(totalCount, hasNextPage, hasPreviousPage)
					: new Counts(totalCount, hasPreviousPage, hasNextPage);
		}

	}

	private Keyset() {
	}

	/**
	 * The page {@code request} asks for of the list {@code scope} (see {@link Cursor#scopeOf}), in one query: the
	 * number of all items that match and whether any lie before the page, and the page's items.
	 */
	public static <T> Connection<T> page(GraphReads reads, String scope, Query<T> query, PageRequest request) {
		return page(reads, scope, query, request, Counts.ALL);
	}

	/**
	 * Like {@link #page(GraphReads, String, Query, PageRequest)}, counting only what {@code counts} asks for; the
	 * total of a page that does not count it is null, what lies behind or ahead of it that it does not ask for is
	 * false. Whether items follow the page is read with it, as one item more.
	 */
	public static <T> Connection<T> page(GraphReads reads, String scope, Query<T> query, PageRequest request,
			Counts counts) {
		List<SortKey> order = readOrder(query.order(), request);
		Map<String, Object> parameters = new HashMap<>(query.where().parameters());
		List<Object> from = cursorKey(scope, order, request);
		String beyond = (from != null) ? beyond(order, from, "", parameters) : "true";
		parameters.put("pageSize", request.size() + (counts.ahead() ? 1 : 0));
		String matched = query.match() + " WHERE (" + query.where().text() + ")";
		String total = counts.total() ? "COUNT { " + matched + " }" : "null";
		String behind = (counts.behind() && from != null) ? "EXISTS { " + matched + " AND NOT " + beyond + " }" : "false";
		Map<String, Object> row = reads.rows("RETURN " + total + " AS total, " + behind + " AS behind, COLLECT { "
				+ matched + " AND " + seek(order, from) + " AND " + beyond + " WITH * " + orderBy(order)
				+ " LIMIT $pageSize RETURN {" + ITEM_SORT_KEY + ": " + sortKey(order) + ", " + query.entries()
				+ "} } AS page", parameters)
			.get(0);
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> records = (List<Map<String, Object>>) row.get("page");
		boolean ahead = records.size() > request.size();
		List<T> items = new ArrayList<>(request.size());
		List<String> cursors = new ArrayList<>(request.size());
		for (Map<String, Object> record : records.subList(0, Math.min(records.size(), request.size()))) {
			items.add(query.mapper().apply(record));
			cursors.add(Cursor.keyset(scope, new ArrayList<>((List<?>) record.get(ITEM_SORT_KEY))));
		}
		Number counted = (Number) row.get("total");
		return connection(items, cursors, (Boolean) row.get("behind"), ahead,
				(counted != null) ? counted.intValue() : null, request.backward());
	}

	/**
	 * What a page in {@code order} may start its read from, implied by where it starts: where the first term is one
	 * every item has a value for, its value from the cursor on ({@code >=} the cursor's, or {@code <=} descending; every
	 * value without a cursor), which an index on it reads in order, so the page costs its own size, not the list's.
	 * {@code true} otherwise.
	 */
	private static String seek(List<SortKey> order, List<Object> from) {
		SortKey first = order.get(0);
		if (!first.present()) {
			return "true";
		}
		return (from == null || from.get(0) == null) ? first.expression() + " IS NOT NULL"
				: first.expression() + (first.descending() ? " <= " : " >= ") + "$cursorKey0";
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
	 * into the list's order when paging backward), when items lie {@code behind} it and {@code ahead} of it in the
	 * direction read and {@code total} match in all (null: not counted).
	 */
	public static <T> Connection<T> connection(List<T> items, List<String> cursors, boolean behind, boolean ahead,
			Integer total, boolean backward) {
		if (!backward) {
			return Connection.keyset(items, cursors, ahead, behind, total);
		}
		List<T> reversedItems = new ArrayList<>(items);
		List<String> reversedCursors = new ArrayList<>(cursors);
		Collections.reverse(reversedItems);
		Collections.reverse(reversedCursors);
		return Connection.keyset(reversedItems, reversedCursors, behind, ahead, total);
	}

	/** The condition that a row lies after the request's cursor in {@code order}; {@code true} without a cursor. */
	private static String beyond(String scope, List<SortKey> order, PageRequest request, String prefix,
			Map<String, Object> parameters) {
		List<Object> key = cursorKey(scope, order, request);
		return (key != null) ? beyond(order, key, prefix, parameters) : "true";
	}

	/** The sort key the request's cursor carries; null without a cursor. A cursor of another list is bad input. */
	private static List<Object> cursorKey(String scope, List<SortKey> order, PageRequest request) {
		Cursor cursor = request.cursor(scope);
		if (cursor != null && (cursor.key() == null || cursor.key().size() != order.size())) {
			throw new InvalidInputException(request.cursorArgument(), "not a cursor of this connection");
		}
		return (cursor != null) ? cursor.key() : null;
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
