package nl.onderwijsgraaf.api;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a fact comes from, parsed from the provenance strings the seed writes ({@code d003 p.12},
 * {@code d000 l.120-140}, {@code menukaart-v2 r.4}).
 */
public record Provenance(String sourceKey, String page, String lines, Integer row, String label) {

	private static final Pattern FORMAT = Pattern
		.compile("(\\S+?)(?: (?:p\\.(\\d+(?:-\\d+)?)|l\\.(\\d+-\\d+)|r\\.(\\d+)))?");

	public static Provenance parse(String text) {
		Matcher matcher = FORMAT.matcher(text);
		if (!matcher.matches()) {
			return new Provenance(text, null, null, null, text);
		}
		return new Provenance(matcher.group(1), matcher.group(2), matcher.group(3),
				(matcher.group(4) != null) ? Integer.valueOf(matcher.group(4)) : null, text);
	}

	public static List<Provenance> parseAll(List<String> texts) {
		return texts.stream().map(Provenance::parse).toList();
	}

}
