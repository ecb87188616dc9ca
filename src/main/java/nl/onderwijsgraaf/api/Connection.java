package nl.onderwijsgraaf.api;

import java.util.ArrayList;
import java.util.List;

/**
 * A Relay connection: one page of items with cursors, paging state and the total over all pages (null where it was not
 * counted because the client did not select it).
 */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, Integer totalCount) {

	public record Edge<T>(String cursor, T node) {
	}

	public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
	}

	/**
	 * Builds the offset page that starts at {@code paging.offset()}; there is no next page past the maximum result
	 * window.
	 */
	public static <T> Connection<T> of(List<T> items, Paging paging, int totalCount) {
		List<Edge<T>> edges = new ArrayList<>(items.size());
		for (int i = 0; i < items.size(); i++) {
			edges.add(new Edge<>(paging.cursor(paging.offset() + i), items.get(i)));
		}
		int end = paging.offset() + items.size();
		return of(edges, end < Math.min(totalCount, Paging.MAX_WINDOW), paging.offset() > 0, totalCount);
	}

	/** The page of a list that has no items, such as the list of a node that does not exist. */
	public static <T> Connection<T> empty() {
		return of(List.of(), false, false, 0);
	}

	/** Builds a page whose cursors each carry the item's sort key ({@link Keyset}). */
	public static <T> Connection<T> keyset(List<T> items, List<String> cursors, boolean hasNextPage,
			boolean hasPreviousPage, Integer totalCount) {
		List<Edge<T>> edges = new ArrayList<>(items.size());
		for (int i = 0; i < items.size(); i++) {
			edges.add(new Edge<>(cursors.get(i), items.get(i)));
		}
		return of(edges, hasNextPage, hasPreviousPage, totalCount);
	}

	private static <T> Connection<T> of(List<Edge<T>> edges, boolean hasNextPage, boolean hasPreviousPage,
			Integer totalCount) {
		PageInfo pageInfo = new PageInfo(hasNextPage, hasPreviousPage, edges.isEmpty() ? null : edges.get(0).cursor(),
				edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor());
		return new Connection<>(edges, pageInfo, totalCount);
	}

}
