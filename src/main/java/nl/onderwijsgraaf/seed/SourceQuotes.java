package nl.onderwijsgraaf.seed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Proves that the graph invents nothing: every {@code quote} in the seed, on an entry or on a link mapping
 * ({@code {id, src, quote}}), occurs in the source it cites, at the place it cites, and carries the entry's figure.
 * <ul>
 * <li>A document quote is compared after normalising only whitespace, hyphenation at line ends and case. It must lie
 * within the cited line range ({@code l.120-140}), or within the page window of the cited page ({@code p.14}): from
 * the page anchor of the page before to the page anchor two pages on, anchors being the places where the text prints
 * a page number or a table-of-contents heading (the source's {@code pages} in {@code sources.yaml}; the text files
 * carry no page breaks).</li>
 * <li>A reference-table quote ({@code r.N}) is the row's cells from the first column to {@code number_of_studies},
 * joined by {@code " | "}, the empty cells at either end left off; a rating's figures must equal those cells.</li>
 * <li>An entry's {@code figureText} shows its figure as printed: every number in it appears in the quote.</li>
 * </ul>
 * Each problem reads {@code file: kind[id].field: what is wrong}, like every other seed problem.
 */
final class SourceQuotes {

	/** The longest quote: a passage that states the claim, not a page. */
	static final int MAX_LENGTH = 300;

	private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");

	private static final List<String> RATING_CELLS = List.of("impactMonths", "evidenceStrength", "costRating",
			"numberOfStudies");

	private final Map<String, SourceText> sources = new HashMap<>();

	private final List<String> problems = new ArrayList<>();

	private int verified;

	private SourceQuotes() {
	}

	/**
	 * Checks every quote of {@code files} against the sources they declare, read from {@code documents} (the source
	 * documents) and {@code reference} (the reference tables).
	 */
	static SourceQuotes check(List<SeedFile> files, Path documents, Path reference) {
		SourceQuotes check = new SourceQuotes();
		for (SeedFile file : files) {
			for (Map<?, ?> source : entries(file, SeedKind.SOURCES)) {
				check.read(file.name(), source, documents, reference);
			}
		}
		for (SeedFile file : files) {
			for (Map.Entry<?, ?> section : file.content().entrySet()) {
				if (section.getValue() instanceof List<?> list) {
					for (Object entry : list) {
						if (entry instanceof Map<?, ?> values) {
							check.entry(file.name() + ": " + section.getKey() + "[" + values.get("id") + "]", values);
						}
					}
				}
			}
		}
		return check;
	}

	/** Each quote that does not verify, as {@code file: kind[id].field: what is wrong}. */
	List<String> problems() {
		return List.copyOf(this.problems);
	}

	/** How many quotes verified. */
	int verified() {
		return this.verified;
	}

	private static List<Map<?, ?>> entries(SeedFile file, SeedKind kind) {
		Object list = file.content().get(kind.key());
		List<Map<?, ?>> entries = new ArrayList<>();
		if (list instanceof List<?> items) {
			items.stream().filter(Map.class::isInstance).forEach((e) -> entries.add((Map<?, ?>) e));
		}
		return entries;
	}

	private void read(String file, Map<?, ?> source, Path documents, Path reference) {
		String where = file + ": sources[" + source.get("id") + "]";
		Path path = ("REFERENCE_DATA".equals(source.get("kind")) ? reference : documents)
			.resolve(String.valueOf(source.get("file")));
		try {
			List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
			SourceText text = new SourceText(lines, normalise(String.join("\n", lines)), new TreeMap<>());
			if (source.get("pages") instanceof List<?> anchors) {
				anchors.forEach((anchor) -> anchor(where, text, anchor));
			}
			this.sources.put(String.valueOf(source.get("id")), text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the source " + path, ex);
		}
	}

	/** A page anchor {@code {page, line, printed}}: the text prints {@code printed} on {@code line} of that page. */
	private void anchor(String where, SourceText text, Object anchor) {
		if (!(anchor instanceof Map<?, ?> map) || !(map.get("page") instanceof Integer page)
				|| !(map.get("line") instanceof Integer line) || !(map.get("printed") instanceof String printed)) {
			this.problems.add(where + ".pages: '" + anchor + "' must be {page, line, printed}");
			return;
		}
		if (line < 1 || line > text.lines.size()
				|| !normalise(text.lines.get(line - 1)).text.contains(normalise(printed).text)) {
			this.problems.add(where + ".pages: line " + line + " does not print '" + printed + "'");
			return;
		}
		text.anchors.put(page, line);
	}

	private void entry(String where, Map<?, ?> values) {
		List<String> src = provenance(values.get("src"));
		if (values.get("quote") != null) {
			quote(where + ".quote", values.get("quote"), src, values);
		}
		values.forEach((field, value) -> {
			if (value instanceof List<?> links) {
				for (Object link : links) {
					if (link instanceof Map<?, ?> map && map.get("quote") != null) {
						List<String> cited = (map.get("src") != null) ? provenance(map.get("src")) : src;
						String target = String.valueOf(map.get(map.containsKey("id") ? "id" : "key"));
						quote(where + "." + field + "[" + target + "].quote", map.get("quote"), cited, map);
					}
				}
			}
		});
	}

	private static List<String> provenance(Object src) {
		return (src instanceof String single) ? List.of(single)
				: (src instanceof List<?> list) ? list.stream().map(String::valueOf).toList() : List.of();
	}

	private void quote(String where, Object value, List<String> cited, Map<?, ?> values) {
		if (!(value instanceof String quote) || quote.isBlank()) {
			this.problems.add(where + ": must be a non-empty text");
			return;
		}
		if (quote.length() > MAX_LENGTH) {
			this.problems.add(where + ": is " + quote.length() + " characters long (at most " + MAX_LENGTH + ")");
			return;
		}
		List<String> misses = new ArrayList<>();
		for (String place : cited) {
			String miss = missAt(quote, place, values);
			if (miss == null) {
				this.verified++;
				figure(where, quote, values);
				return;
			}
			misses.add(miss);
		}
		this.problems.add(where + ": " + (misses.isEmpty() ? "cites no source" : String.join("; ", misses)));
	}

	/** Why the quote is not at {@code place}, or null when it is. */
	private String missAt(String quote, String place, Map<?, ?> values) {
		Matcher matcher = SeedRules.PROVENANCE.matcher(place.strip());
		SourceText text = matcher.matches() ? this.sources.get(matcher.group(1)) : null;
		if (text == null) {
			return "'" + place + "' is not a source with a readable text";
		}
		if (matcher.group(4) != null) {
			return rowMiss(quote, text, Integer.parseInt(matcher.group(4)), place, values);
		}
		int[] window = (matcher.group(3) != null) ? range(matcher.group(3)) : (matcher.group(2) != null)
				? text.pageWindow(range(matcher.group(2))) : new int[] { 1, text.lines.size() };
		Normalised document = text.normalised;
		String wanted = normalise(quote).text.strip();
		List<String> foundAt = new ArrayList<>();
		for (int at = document.text.indexOf(wanted); at >= 0; at = document.text.indexOf(wanted, at + 1)) {
			int first = document.lines[at];
			int last = document.lines[at + wanted.length() - 1];
			if (first >= window[0] && last <= window[1]) {
				return null;
			}
			foundAt.add("l." + first + "-" + last);
		}
		return foundAt.isEmpty() ? "not found in " + place
				: "found at " + String.join(", ", foundAt) + ", outside " + place + " (lines " + window[0] + "-" + window[1]
						+ ")";
	}

	private static String rowMiss(String quote, SourceText table, int row, String place, Map<?, ?> values) {
		if (row < 1 || row >= table.lines.size()) {
			return place + " is not a row of the table";
		}
		List<String> cells = Arrays.asList(table.lines.get(row).split("\t", -1)).subList(0, 7);
		String expected = rowQuote(cells);
		if (!quote.strip().equals(expected)) {
			return "is not the cells of " + place + " ('" + expected + "')";
		}
		if (!values.containsKey("ratingScheme")) {
			return null;
		}
		for (int i = 0; i < RATING_CELLS.size(); i++) {
			String cell = cells.get(3 + i);
			Object rating = values.get(RATING_CELLS.get(i));
			if (!cell.equals((rating == null) ? "" : String.valueOf(rating))) {
				return RATING_CELLS.get(i) + " " + rating + " differs from the cell '" + cell + "' of " + place;
			}
		}
		return null;
	}

	/** The cells joined by {@code " | "}, without the empty cells at either end. */
	static String rowQuote(List<String> cells) {
		int from = 0;
		int to = cells.size();
		while (from < to && cells.get(from).isBlank()) {
			from++;
		}
		while (to > from && cells.get(to - 1).isBlank()) {
			to--;
		}
		return String.join(" | ", cells.subList(from, to));
	}

	/** The figure as printed appears in the quote: every number of {@code figureText}. */
	private void figure(String where, String quote, Map<?, ?> values) {
		if (!(values.get("figureText") instanceof String figureText)) {
			return;
		}
		String inQuote = normalise(quote).text;
		Matcher number = NUMBER.matcher(figureText);
		while (number.find()) {
			if (!Pattern.compile("(?<![\\d.,])" + Pattern.quote(number.group()) + "(?![\\d]|[.,]\\d)").matcher(inQuote).find()) {
				this.problems.add(where + ": does not show the figure '" + number.group() + "' of figureText '" + figureText
						+ "'");
				return;
			}
		}
	}

	private static int[] range(String range) {
		String[] parts = range.split("-");
		return new int[] { Integer.parseInt(parts[0]), Integer.parseInt(parts[parts.length - 1]) };
	}

	/**
	 * The text with whitespace runs as one space, a word split by a hyphen at a line end joined (a hyphen before a
	 * digit kept), soft hyphens dropped, lower case; {@code lines[i]} is the line of the original text that the
	 * {@code i}-th character comes from.
	 */
	static Normalised normalise(String original) {
		String text = Normalizer.normalize(original, Normalizer.Form.NFC);
		StringBuilder out = new StringBuilder(text.length());
		int[] lines = new int[text.length() + 1];
		int line = 1;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n') {
				line++;
			}
			if (c == '\u00AD') {
				continue;
			}
			// Why dropped between letters: a compound split at a line end ("OESO-" / "onderzoek") is joined below,
			// and the quote prints it whole, with its hyphen ("OESO-onderzoek"); both then read "oesoonderzoek"
			boolean betweenLetters = out.length() > 0 && Character.isLetter(out.charAt(out.length() - 1))
					&& i + 1 < text.length() && Character.isLetter(text.charAt(i + 1));
			if (c == '-' && betweenLetters) {
				continue;
			}
			if (c == '-' && i + 1 < text.length() && isSpace(text.charAt(i + 1))) {
				int next = i + 1;
				int breaks = 0;
				while (next < text.length() && isSpace(text.charAt(next))) {
					breaks += (text.charAt(next) == '\n') ? 1 : 0;
					next++;
				}
				boolean afterLetter = out.length() > 0 && Character.isLetter(out.charAt(out.length() - 1));
				if (next < text.length() && afterLetter && Character.isLowerCase(text.charAt(next))) {
					line += breaks;
					i = next - 1;
					continue;
				}
				if (next < text.length() && Character.isDigit(text.charAt(next))) {
					lines[out.length()] = line;
					out.append('-');
					line += breaks;
					i = next - 1;
					continue;
				}
			}
			if (isSpace(c)) {
				if (out.length() == 0 || out.charAt(out.length() - 1) == ' ') {
					continue;
				}
				c = ' ';
			}
			lines[out.length()] = line;
			out.append(Character.toLowerCase(c));
		}
		return new Normalised(out.toString(), lines);
	}

	/** White space, the no-break space that PDF extraction leaves between words among it. */
	private static boolean isSpace(char c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c);
	}

	record Normalised(String text, int[] lines) {
	}

	/** A source's lines, and its page anchors: page number to the line where that page is known to begin. */
	private record SourceText(List<String> lines, Normalised normalised, TreeMap<Integer, Integer> anchors) {

		/** Lines from the anchor of the page before {@code pages[0]} to the anchor two pages after {@code pages[1]}. */
		int[] pageWindow(int[] pages) {
			Map.Entry<Integer, Integer> before = this.anchors.floorEntry(pages[0] - 1);
			Map.Entry<Integer, Integer> after = this.anchors.ceilingEntry(pages[1] + 2);
			return new int[] { (before != null) ? before.getValue() : 1,
					(after != null) ? after.getValue() : this.lines.size() };
		}

	}

}
