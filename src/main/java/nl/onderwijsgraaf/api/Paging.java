package nl.onderwijsgraaf.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A page request from {@code first}/{@code after}: 1–100 items (default 20) after an opaque cursor. Cursors encode
 * the position in the connection's fixed order, so following {@code endCursor} walks every item exactly once.
 */
public record Paging(int offset, int limit) {

	public static final int DEFAULT_SIZE = 20;

	public static final int MAX_SIZE = 100;

	private static final String PREFIX = "cursor:";

	public static Paging of(Integer first, String after) {
		int size = (first != null) ? first : DEFAULT_SIZE;
		if (size < 1 || size > MAX_SIZE) {
			throw new InvalidInputException("first", "must be between 1 and " + MAX_SIZE + ", was " + size);
		}
		return new Paging((after != null) ? decode(after) + 1 : 0, size);
	}

	public static String cursor(int position) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + position).getBytes(StandardCharsets.UTF_8));
	}

	private static int decode(String cursor) {
		try {
			String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			if (text.startsWith(PREFIX)) {
				int position = Integer.parseInt(text.substring(PREFIX.length()));
				if (position >= 0) {
					return position;
				}
			}
		}
		catch (IllegalArgumentException ex) {
			// not one of our cursors: reported below
		}
		throw new InvalidInputException("after", "not a cursor of this connection");
	}

}
