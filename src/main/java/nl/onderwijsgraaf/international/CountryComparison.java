package nl.onderwijsgraaf.international;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Countries side by side, one row per attribute key; values are kept as typed and as sourced, never converted. */
record CountryComparison(List<Country> countries, List<String> unknownCodes, List<Row> rows) {

	/**
	 * The comparison of {@code countries} (in column order) with their attributes; {@code keys} gives the rows in
	 * order, or, when empty, every key any of them has, by key.
	 */
	static CountryComparison of(List<Country> countries, List<String> unknownCodes,
			Map<Country, List<CountryAttribute>> attributes, List<String> keys) {
		List<String> rowKeys = keys;
		if (rowKeys.isEmpty()) {
			TreeSet<String> all = new TreeSet<>();
			attributes.values().forEach((list) -> list.forEach((a) -> all.add(a.key())));
			rowKeys = List.copyOf(all);
		}
		List<Row> rows = new ArrayList<>();
		for (String key : rowKeys) {
			rows.add(new Row(key, countries.stream()
				.map((country) -> new Cell(country, attributes.get(country).stream()
					.filter((a) -> a.key().equals(key))
					.findFirst()
					.orElse(null)))
				.toList()));
		}
		return new CountryComparison(countries, unknownCodes, rows);
	}

	/** One attribute across the compared countries. */
	record Row(String key, List<Cell> cells) {

	}

	/** One country's value of an attribute; null when the sources give it none. */
	record Cell(Country country, CountryAttribute value) {

	}

}
