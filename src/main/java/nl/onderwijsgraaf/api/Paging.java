package nl.onderwijsgraaf.api;

/**
 * An offset page, for connections whose order cannot be resumed from an item's sort key (search by relevance,
 * rankings computed in memory): {@code limit} items from {@code offset}, never deeper than {@link #MAX_WINDOW}.
 * Why a window: finding the items after offset N costs memory and time in N (Lucene keeps a queue of N hits), so an
 * unbounded offset lets one request exhaust the service. Cursors carry the position and the connection's scope.
 */
public record Paging(String scope, int offset, int limit) {

	/** The deepest item an offset connection serves, as Elasticsearch's {@code index.max_result_window}. */
	public static final int MAX_WINDOW = 10_000;

	public static final int DEFAULT_SIZE = PageRequest.DEFAULT_SIZE;

	/** A forward page of the connection {@code scope} (see {@link Cursor#scopeOf}). */
	public static Paging of(String scope, Integer first, String after) {
		PageRequest request = PageRequest.of(first, after);
		Cursor cursor = request.cursor(scope);
		if (cursor != null && cursor.position() == null) {
			throw new InvalidInputException("after", "not a cursor of this connection");
		}
		long offset = (cursor != null) ? cursor.position() + 1L : 0;
		if (offset >= MAX_WINDOW) {
			throw new InvalidInputException("after", "pages end after " + MAX_WINDOW
					+ " items (the maximum result window); narrow the query to see further");
		}
		return new Paging(scope, (int) offset, (int) Math.min(request.size(), MAX_WINDOW - offset));
	}

	/** A forward page of a result set with no arguments of its own. */
	public static Paging of(Integer first, String after) {
		return of("", first, after);
	}

	String cursor(int position) {
		return Cursor.offset(this.scope, position);
	}

}
