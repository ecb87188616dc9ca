package nl.onderwijsgraaf.seed;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules every fact in the graph obeys, whether it arrives in a seed file or through a curator's mutation: key
 * format, provenance format with a known source, no contact details of people, and the typed fields of a country
 * attribute. {@link SeedCompiler} and the curation mutations both check with these, so the two never drift apart.
 */
public final class SeedRules {

	/** A stable key: a lower-case slug. */
	public static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	/** {@code <source>[ p.<page>[-<page>]]}, {@code <source> l.<from>-<to>} or {@code <source> r.<row>}. */
	public static final Pattern PROVENANCE = Pattern
		.compile("([a-z0-9]+(?:-[a-z0-9]+)*)(?: (?:p\\.(\\d+(?:-\\d+)?)|l\\.(\\d+-\\d+)|r\\.(\\d+)))?");

	private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.-]+");

	private static final Pattern PHONE = Pattern.compile("(\\+31|\\b0\\d{1,3})[\\s-]?\\d{6,8}\\b");

	/** The fields of a country attribute that hold its value; an attribute has exactly one. */
	public static final List<String> ATTRIBUTE_VALUES = List.of("amount", "number", "flag", "boolean", "text");

	/** Every field a country attribute may have besides {@code key} and {@code src}, with its type. */
	public static final Map<String, FieldType> ATTRIBUTE_FIELDS = Map.of("amount", FieldType.NUMBER, "currency",
			(v) -> (v instanceof String s && s.matches("[A-Z]{3}")) ? null : "must be an ISO 4217 code such as EUR",
			"period", FieldType.oneOf("YEAR", "MONTH"), "number", FieldType.NUMBER, "unit", FieldType.TEXT, "flag",
			FieldType.oneOf("YES", "NO", "NOT_STATED"), "boolean", FieldType.BOOLEAN, "text", FieldType.TEXT, "note",
			FieldType.TEXT);

	private SeedRules() {
	}

	/** What is wrong with a provenance string, or null when it is well formed and cites one of {@code sourceIds}. */
	public static String provenanceProblem(Object value, Set<String> sourceIds) {
		Matcher matcher = (value instanceof String text) ? PROVENANCE.matcher(text.strip()) : null;
		if (matcher == null || !matcher.matches()) {
			return "'" + value
					+ "' is not a provenance string (expected e.g. 'd003 p.12', 'd000 l.120-140' or 'menukaart-v2 r.4')";
		}
		return sourceIds.contains(matcher.group(1)) ? null : "unknown source '" + matcher.group(1) + "'";
	}

	/** The source id a well-formed provenance string cites. */
	public static String sourceOf(String provenance) {
		Matcher matcher = PROVENANCE.matcher(provenance);
		if (!matcher.matches()) {
			throw new IllegalArgumentException("not a provenance string: " + provenance);
		}
		return matcher.group(1);
	}

	/** Contact details of people never belong in the graph: what a text holds of them, if anything. */
	public static List<String> personalDataProblems(String text) {
		List<String> problems = new ArrayList<>();
		if (EMAIL.matcher(text).find()) {
			problems.add("contains an e-mail address");
		}
		if (PHONE.matcher(text).find()) {
			problems.add("contains a phone number");
		}
		return problems;
	}

}
