package nl.onderwijsgraaf.api;

/**
 * A page as a client asks for it: {@code first}/{@code after} pages forward, {@code last}/{@code before} backward,
 * 1–100 items (default 20). The cursor is read only once the connection's scope is known ({@link Cursor}), since a
 * cursor is valid only for the list, filter and order that issued it.
 */
public record PageRequest(int size, boolean backward, String cursor) {

	public static final int DEFAULT_SIZE = 20;

	public static final int MAX_SIZE = 100;

	public static PageRequest of(Integer first, String after) {
		return of(first, after, null, null);
	}

	public static PageRequest of(Integer first, String after, Integer last, String before) {
		boolean backward = last != null || before != null;
		if (backward && (first != null || after != null)) {
			throw new InvalidInputException((last != null) ? "last" : "before",
					"page forward (first, after) or backward (last, before), not both");
		}
		Integer given = backward ? last : first;
		int size = (given != null) ? given : DEFAULT_SIZE;
		if (size < 1 || size > MAX_SIZE) {
			throw new InvalidInputException(backward ? "last" : "first",
					"must be between 1 and " + MAX_SIZE + ", was " + size);
		}
		return new PageRequest(size, backward, backward ? before : after);
	}

	/** The argument the cursor came in, for error messages. */
	String cursorArgument() {
		return this.backward ? "before" : "after";
	}

	/**
	 * Refuses the request's cursor when another node's list issued it: the cursor of a nested list (of
	 * {@code scope}) is bound to the node it lists for, {@code owner} (its key), as well as to its field, filter and
	 * order, since the same sort key means another place in another node's list.
	 */
	public void checkOwner(String scope, String owner) {
		Cursor cursor = cursor(scope);
		if (cursor != null && !owner.equals(cursor.owner())) {
			throw new InvalidInputException(cursorArgument(),
					"a cursor of the same list of another node; page with the cursors this query returned");
		}
	}

	/** The request's cursor read for the connection {@code scope}; null when the page starts at an end. */
	Cursor cursor(String scope) {
		return (this.cursor != null) ? Cursor.decode(this.cursor, cursorArgument(), scope) : null;
	}

}
