package nl.onderwijsgraaf.api;

import java.util.ArrayList;
import java.util.List;

/** A Relay connection: one page of items with cursors, paging state and the total over all pages. */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, int totalCount) {

	public record Edge<T>(String cursor, T node) {
	}

	public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
	}

	/** Builds the page that starts at {@code paging.offset()} from its items and the total count. */
	public static <T> Connection<T> of(List<T> items, Paging paging, int totalCount) {
		List<Edge<T>> edges = new ArrayList<>(items.size());
		for (int i = 0; i < items.size(); i++) {
			edges.add(new Edge<>(Paging.cursor(paging.offset() + i), items.get(i)));
		}
		PageInfo pageInfo = new PageInfo(paging.offset() + items.size() < totalCount, paging.offset() > 0,
				edges.isEmpty() ? null : edges.get(0).cursor(), edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor());
		return new Connection<>(edges, pageInfo, totalCount);
	}

}
