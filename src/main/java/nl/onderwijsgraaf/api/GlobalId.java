package nl.onderwijsgraaf.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The opaque global id of a node: its GraphQL type and stable key, base64url-encoded, so that clients treat it as
 * a token and {@code node(id:)} can tell which kind to look in.
 */
public record GlobalId(String type, String key) {

	public static String encode(String type, String key) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString((type + ":" + key).getBytes(StandardCharsets.UTF_8));
	}

	/** Decodes an id; a string that is not one of ours is bad input, with a message that says so. */
	public static GlobalId decode(String id) {
		try {
			String text = new String(Base64.getUrlDecoder().decode(id), StandardCharsets.UTF_8);
			int colon = text.indexOf(':');
			if (colon > 0 && colon < text.length() - 1) {
				return new GlobalId(text.substring(0, colon), text.substring(colon + 1));
			}
		}
		catch (IllegalArgumentException ex) {
			// not base64: reported below
		}
		throw new InvalidInputException("id", "'" + abbreviate(id) + "' is not a global id of this API");
	}

	private static String abbreviate(String text) {
		return (text.length() <= 60) ? text : text.substring(0, 60) + "…";
	}

	@Override
	public String toString() {
		return encode(this.type, this.key);
	}

}
