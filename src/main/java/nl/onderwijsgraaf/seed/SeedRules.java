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

	/** A link to a code-hosting site: where a file was obtained, never what a reader cites. */
	private static final Pattern CODE_HOST = Pattern
		.compile("(?i)\\b(github\\.com|gitlab\\.com|bitbucket\\.org|raw\\.githubusercontent\\.com|codeberg\\.org)\\b");

	/** A commit or content hash: seven or more hex digits with at least one digit and one letter. */
	private static final Pattern HASH = Pattern.compile("(?<![\\w-])(?=[0-9a-f]*\\d)(?=[0-9a-f]*[a-f])[0-9a-f]{7,64}(?![\\w-])");

	/** A path of folders to a file, outside a web address (owner/repo/src/file.ts, packages/x/y.json). */
	private static final Pattern FILE_PATH = Pattern
		.compile("(?<![\\w.:/-])(?:[\\w.-]+/){2,}[\\w.-]+\\.(?:ts|js|java|json|ya?ml|tsv|csv|txt|md|py|xml)\\b");

	/** The stock phrases of cataloguing: how a fact was captured or linked, which belongs in a curator's note. */
	private static final List<String> CATALOGUING_PHRASES = List.of("stored copy", "stored text", "niet bevestigd",
			"onbevestigd", "redactioneel gekoppeld", "cel is leeg", "leeg gelaten", "bij het vastleggen", "snapshot");

	/**
	 * Fields written for curators rather than readers, and fields that hold a document's own words or a file name:
	 * the cataloguing rule does not apply to them.
	 */
	public static final Set<String> NOT_FOR_READERS = Set.of("note", "quote", "file");

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

	/**
	 * What in a text for readers is a cataloguing remark (a code-hosting URL, a hash, a file path, a stock phrase of
	 * how a fact was captured); such remarks belong in the entry's {@code note}. Empty when the text is clean.
	 */
	public static List<String> cataloguingProblems(String text) {
		List<String> problems = new ArrayList<>();
		String lower = text.toLowerCase(java.util.Locale.ROOT);
		foundIn(CODE_HOST, text, "a code-hosting address", problems);
		foundIn(HASH, text, "a hash", problems);
		foundIn(FILE_PATH, text, "a file path", problems);
		CATALOGUING_PHRASES.stream()
			.filter(lower::contains)
			.forEach((phrase) -> problems.add("holds the cataloguing remark '" + phrase + "' (move it to 'note')"));
		return problems;
	}

	private static void foundIn(Pattern pattern, String text, String what, List<String> problems) {
		Matcher matcher = pattern.matcher(text);
		if (matcher.find()) {
			problems.add("holds " + what + " '" + matcher.group() + "' (move it to 'note')");
		}
	}

	private static final Pattern PARENTHESES = Pattern.compile("\\([^)]*\\)");

	private static final Set<String> ARTICLES = Set.of("de", "het", "een", "'t", "the", "a", "an");

	/**
	 * What two names of one thing have in common when they differ only in case, diacritics, punctuation, articles or
	 * a parenthesised abbreviation ("Organisatie voor Economische Samenwerking (OESO)"): entries of a kind whose names
	 * share this key are near duplicates.
	 */
	public static String nameKey(String name) {
		String text = java.text.Normalizer.normalize(PARENTHESES.matcher(name).replaceAll(" "), java.text.Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(java.util.Locale.ROOT)
			.replaceAll("[^\\p{L}\\p{N}']+", " ");
		return java.util.Arrays.stream(text.split(" "))
			.filter((word) -> !word.isBlank() && !ARTICLES.contains(word))
			.map((word) -> word.replace("'", ""))
			.collect(java.util.stream.Collectors.joining(" "));
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
