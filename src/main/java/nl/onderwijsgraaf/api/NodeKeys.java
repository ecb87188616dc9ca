package nl.onderwijsgraaf.api;

import java.util.regex.Pattern;

/**
 * Arguments that name a node by global id or by stable key ({@code problem: "leervertraging"} or
 * {@code problem: "UHJvYmxlbTpsZWVydmVydHJhZ2luZw"}). Keys are lower-case slugs and global ids always start with an
 * upper-case letter (the base64 of a type name), so the two never overlap.
 */
public final class NodeKeys {

	private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private NodeKeys() {
	}

	/**
	 * The key that {@code value} names for a node of {@code type}, or null when it is a well-formed global id of
	 * another kind (it can match nothing); a value that is neither a key nor a global id is bad input for
	 * {@code argument}.
	 */
	public static String keyOf(String argument, String value, Class<? extends GraphNode> type) {
		if (KEY.matcher(value).matches()) {
			return value;
		}
		GlobalId id;
		try {
			id = GlobalId.decode(value);
		}
		catch (InvalidInputException ex) {
			throw new InvalidInputException(argument, "'" + abbreviate(value) + "' is neither a key nor a global id of "
					+ "this API");
		}
		return id.type().equals(type.getSimpleName()) ? id.key() : null;
	}

	private static String abbreviate(String text) {
		return (text.length() <= 60) ? text : text.substring(0, 60) + "…";
	}

}
