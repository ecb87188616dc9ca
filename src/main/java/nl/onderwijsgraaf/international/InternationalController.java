package nl.onderwijsgraaf.international;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import nl.onderwijsgraaf.graph.GraphReads;
import nl.onderwijsgraaf.api.Connection;
import nl.onderwijsgraaf.api.InvalidInputException;
import nl.onderwijsgraaf.api.NodeKeys;
import nl.onderwijsgraaf.api.ListQuery;
import nl.onderwijsgraaf.api.NodeReader;
import nl.onderwijsgraaf.api.PageRequest;
import nl.onderwijsgraaf.model.GraphModel;
import nl.onderwijsgraaf.problem.Problem;
import org.neo4j.driver.Value;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class InternationalController {

	/** Most countries one comparison puts side by side. */
	private static final int MAX_COMPARED = 20;

	private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Za-z]{2}");

	/** Every attribute key with its countries, value types, units and currencies, each list sorted. */
	private static final String ATTRIBUTE_KEYS = """
			MATCH (c:Country)-[:HAS_ATTRIBUTE]->(a:CountryAttribute) WHERE c.retired IS NULL AND a.retired IS NULL
			WITH a.key AS key, count(DISTINCT c) AS countries,
			     collect(DISTINCT CASE WHEN a.amount IS NOT NULL THEN 'AMOUNT' WHEN a.number IS NOT NULL THEN 'NUMBER'
			                           WHEN a.flag IS NOT NULL THEN 'FLAG' ELSE 'TEXT' END) AS types,
			     collect(DISTINCT a.unit) AS units, collect(DISTINCT a.currency) AS currencies
			RETURN key, countries, types, units, currencies
			ORDER BY key
			""";

	private final NodeReader reader;

	private final GraphReads reads;

	InternationalController(NodeReader reader, GraphReads reads) {
		this.reader = reader;
		this.reads = reads;
	}

	@QueryMapping
	CountryComparison compareCountries(@Argument List<String> codes, @Argument List<String> attributes) {
		if (codes.isEmpty() || codes.size() > MAX_COMPARED) {
			throw new InvalidInputException("codes", "give 1 to " + MAX_COMPARED + " codes, was " + codes.size());
		}
		List<String> wanted = new ArrayList<>();
		for (int i = 0; i < codes.size(); i++) {
			if (!COUNTRY_CODE.matcher(codes.get(i)).matches()) {
				throw new InvalidInputException("codes[" + i + "]",
						"'" + codes.get(i) + "' is not an ISO 3166 alpha-2 code (two letters, e.g. fi)");
			}
			String code = codes.get(i).toLowerCase(Locale.ROOT);
			if (!wanted.contains(code)) {
				wanted.add(code);
			}
		}
		Map<String, Country> found = new HashMap<>();
		this.reader.all(Country.class, wanted).forEach((country) -> found.put(country.key(), country));
		List<Country> countries = wanted.stream().filter(found::containsKey).map(found::get).toList();
		List<String> unknown = wanted.stream().filter((code) -> !found.containsKey(code)).toList();
		return CountryComparison.of(countries, unknown, attributes(countries),
				(attributes != null) ? attributes.stream().distinct().toList() : List.of());
	}

	@QueryMapping
	List<CountryAttributeKey> countryAttributeKeys() {
		return this.reads.records(ATTRIBUTE_KEYS, Map.of()).stream()
			.map((record) -> new CountryAttributeKey(record.get("key").asString(),
					record.get("countries").asInt(), sorted(record.get("types").asList(Value::asString)),
					sorted(record.get("units").asList(Value::asString)),
					sorted(record.get("currencies").asList(Value::asString))))
			.toList();
	}

	private static List<String> sorted(List<String> values) {
		return values.stream().sorted().toList();
	}

	@QueryMapping
	Connection<InternationalPractice> practicesByProblem(@Argument String problem, @Argument Integer first,
			@Argument String after) {
		PageRequest request = PageRequest.of(first, after);
		String key = NodeKeys.keyOf("problem", problem, Problem.class);
		if (key == null) {
			return Connection.empty();
		}
		return this.reader.page(InternationalPractice.class,
				new ListQuery(Map.of("problems", Map.of("key", Map.of("eq", key))), null), request);
	}

	private Map<Country, List<CountryAttribute>> attributes(List<Country> countries) {
		return this.reader.related(countries, GraphModel.graph().field("Country", "attributes").pattern(),
				CountryAttribute.class);
	}

}
